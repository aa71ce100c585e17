"""`pip install` puts the man page where `man twiliocli` finds it, in a fresh venv (share/man/man1)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("man") is None, reason="needs man (CI installs man-db)")
def test_man_finds_the_page_after_pip_install_in_a_fresh_venv(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k not in ("MANPATH", "VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin"
    installed = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps",
                                "--disable-pip-version-check", str(ROOT)],
                               env=env, capture_output=True, text=True, timeout=600)
    if installed.returncode and "setuptools" in installed.stderr and "No matching distribution" in installed.stderr:
        pytest.skip("building needs setuptools from the package index, which is not reachable")
    assert installed.returncode == 0, installed.stderr
    page = venv / "share" / "man" / "man1" / "twiliocli.1"
    assert page.read_bytes() == (ROOT / "man" / "twiliocli.1").read_bytes()
    found = subprocess.run(["man", "-w", "twiliocli"], env=env, capture_output=True, text=True, timeout=60)
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()).resolve() == page.resolve()
