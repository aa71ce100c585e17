"""The package's imports run one way: no module reaches, however indirectly, back to itself.

Every import that runs counts, including those inside functions (made lazily for start-up time): a
cycle that is merely deferred is still a knot the next change must untie. Imports for type checkers
only (`if TYPE_CHECKING:`) are left out: they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import twiliocli

PACKAGE = Path(twiliocli.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that `path` imports (`from a import b` counts `a.b` when that is a module)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
                 for n in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [base])])
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return {m for m in found if m in modules and m != name}


def test_no_import_cycle() -> None:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: imports(path, set(files)) for name, path in files.items()}
    graph = {name: {m for m in deps if not name.startswith(m + ".")} for name, deps in graph.items()}  # a parent package is not a cycle

    def cycle_from(start: str) -> list[str] | None:
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for dep in sorted(graph[node]):
                if dep == start:
                    return path + [start]
                if dep not in seen:
                    seen.add(dep)
                    stack.append((dep, path + [dep]))
        return None

    cycles = {" -> ".join(c) for c in map(cycle_from, sorted(graph)) if c}
    assert not cycles, "import cycles:\n" + "\n".join(sorted(cycles))


PRIVATE_TYPER = ("typer._click", "get_command_from_info")


def test_private_library_names_only_behind_compat() -> None:
    """Typer's private names are used through cli/framework/compat.py alone (what to check on upgrade is
    written there); requests' private response attributes are not written at all."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "cli" / "framework" / "compat.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or "", *(a.name for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.Attribute):
                names = [] if isinstance(node.value, ast.Name) and node.value.id == "compat" else [node.attr]
                if isinstance(node.ctx, ast.Store) and node.attr.startswith("_content"):
                    found.append(f"{path.name}:{node.lineno} writes .{node.attr}")
            found += [f"{path.name}:{node.lineno} uses {n}" for n in names if n.startswith(PRIVATE_TYPER)]
    assert not found, "\n".join(found)
