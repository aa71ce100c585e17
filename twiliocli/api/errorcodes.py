"""Twilio error codes in words, from Twilio's public error dictionary (error_meanings.py, generated
by scripts/gen_error_codes.py): each code's title, product and log level, and its docs page."""

from __future__ import annotations

from dataclasses import dataclass

from twiliocli.api.error_meanings import ERRORS, SOURCE

__all__ = ["ERRORS", "MEANINGS", "SOURCE", "ErrorCode", "explain", "link", "lookup", "meaning", "search"]

DOCS = "https://www.twilio.com/docs/errors/{code}"


MEANINGS: dict[int, str] = {code: entry[0] for code, entry in ERRORS.items()}  # code -> title


@dataclass(frozen=True)
class ErrorCode:
    code: int
    title: str
    product: str
    level: str

    @property
    def link(self) -> str:
        return link(self.code)

    def record(self) -> dict[str, object]:
        return {"code": self.code, "title": self.title, "product": self.product, "level": self.level.lower(),
                "link": self.link}


def link(code: int | str) -> str:
    return DOCS.format(code=code)


def lookup(code: int | str) -> ErrorCode | None:
    text = str(code).strip()
    if not text.isdigit():
        return None
    entry = ERRORS.get(int(text))
    return ErrorCode(int(text), *entry) if entry else None


def meaning(code: int | str | None) -> str | None:
    """The code's title, or None when the dictionary does not have it."""
    found = lookup(code) if code is not None else None
    return found.title if found else None


def explain(code: int | str | None) -> str:
    """`30003 Unreachable destination handset`; an unknown code as its number and link; "" for none."""
    if code is None or str(code).strip() in ("", "0"):
        return ""
    text = str(code).strip()
    title = meaning(text)
    return f"{text} {title}" if title else f"{text} {link(text)}"


def search(words: list[str] | tuple[str, ...]) -> list[ErrorCode]:
    """Codes whose title (or product) holds every word, case-insensitively; titles first, by code."""
    wanted = [w.casefold() for w in " ".join(words).split()]
    if not wanted:
        return []
    in_title, in_product = [], []
    for code in sorted(ERRORS):
        title, product, level = ERRORS[code]
        words_of_title = title.casefold()
        if all(w in words_of_title for w in wanted):
            in_title.append(ErrorCode(code, title, product, level))
        elif all(w in f"{words_of_title} {product.casefold()}" for w in wanted):
            in_product.append(ErrorCode(code, title, product, level))
    return in_title + in_product
