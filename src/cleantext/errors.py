"""The exceptions cleantext raises: one family, rooted at :class:`CleantextError`; and its warnings."""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "CleantextError",
    "CleantextWarning",
    "DecodeError",
    "FormatError",
    "FtfyInternalsWarning",
    "HTMLError",
    "InputTypeError",
    "MissingExtraError",
    "OptionError",
    "PipelineError",
    "ProfileError",
    "UndecodableInputError",
]


class CleantextError(Exception):
    """Base class of every error cleantext raises on purpose."""


class DecodeError(CleantextError, ValueError):
    """Bytes that cannot be turned into text."""


class BinaryInputError(DecodeError):
    """Bytes that look like a binary file (NUL bytes, control-heavy), not text."""


class UndecodableInputError(DecodeError):
    """Bytes that are not UTF-8 and that no legacy encoding reads as text."""


class PipelineError(CleantextError, TypeError):
    """A pipeline built from something that is not a text step."""


class HTMLError(CleantextError, ValueError):
    """An HTML page that cannot be extracted: too large, nested too deeply, or not parseable."""


class OptionError(CleantextError, ValueError):
    """An option given a value that cleantext does not know, such as ``kind="pdf"``."""


class FormatError(CleantextError, ValueError):
    """An input that cannot be read in its format: truncated or corrupt compressed data, a WARC record
    whose HTTP header is broken, a Parquet column of the wrong type."""


class ProfileError(CleantextError, ValueError):
    """A profile file that cannot be read: not a profile, damaged, or of an unknown format version."""


class MissingExtraError(CleantextError, ImportError):
    """An optional part of cleantext whose extra is not installed, e.g. ``cleantext-news[scrapy]``."""


class InputTypeError(CleantextError, TypeError):
    """An input of the wrong type: bytes given where text is taken (decode them first), or the reverse."""


def require_text(text: object, function: str) -> None:
    """Raise :class:`InputTypeError` unless ``text`` is a ``str``, saying what to call first.

    >>> require_text(b"Hello", "clean")
    Traceback (most recent call last):
    ...
    cleantext.errors.InputTypeError: clean() takes text (str), not bytes: decode bytes first with cleantext.decode(data), or pass an HTML page to cleantext.from_html
    """
    if not isinstance(text, str):
        raise InputTypeError(
            f"{function}() takes text (str), not {type(text).__name__}: decode bytes first with "
            "cleantext.decode(data), or pass an HTML page to cleantext.from_html"
        )


class CleantextWarning(UserWarning):
    """Base class of every warning cleantext gives."""


class FtfyInternalsWarning(CleantextWarning, RuntimeWarning):
    """The installed ftfy lacks the internals repair's fast path reads: every damaged line goes to ftfy.

    Given once per process; the results are the same, only slower.
    """


def require_module(name: str, extra: str, purpose: str):
    """Import the optional module ``name``, or raise :class:`MissingExtraError` saying which extra brings it.

    >>> require_module("json", "none", "reading JSON").__name__
    'json'
    >>> require_module("no_such_module_here", "warc", "reading WARC files")
    Traceback (most recent call last):
    ...
    cleantext.errors.MissingExtraError: reading WARC files needs no_such_module_here: install cleantext-news[warc]
    """
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingExtraError(f"{purpose} needs {name.split('.')[0]}: install cleantext-news[{extra}]") from None
