"""cleantext: turn messy scraped web text into clean article bodies.

Every step is a plain ``str -> str`` function with keyword-only options; steps compose with
:func:`pipeline`; :func:`clean` is the default pipeline and :func:`explain` says which step removed
or changed which line, and why. :class:`Config` holds every step's options, for :func:`clean` and
:func:`explain`; :func:`route` decides whether a document is cleaned as an HTML page or as text.

>>> import cleantext
>>> print(cleantext.clean("The border reopened on Friday, officials said.Â\\nShare\\nLog In"), end="")
The border reopened on Friday, officials said.
"""

from .chrome import strip_chrome
from .cleaner import DEFAULT_PIPELINE, LEARNED_PIPELINE, RULES_PIPELINE, clean, clean_pieces, explain
from .config import KINDS, Config, parse_steps, route
from .decision import keep_article
from .decode import decode, normalize_newlines
from .duplicates import drop_duplicates
from .errors import (
    BinaryInputError,
    CleantextError,
    CleantextWarning,
    DecodeError,
    FormatError,
    FtfyInternalsWarning,
    HTMLError,
    InputTypeError,
    MissingExtraError,
    OptionError,
    PipelineError,
    ProfileError,
    UndecodableInputError,
)
from .html import PageReport, decode_html, explain_html, from_html, is_markup
from .layout import tidy
from .model import Edit, registered_steps
from .options import BoilerplateOptions, ChromeOptions, DecisionOptions, DuplicateOptions, SiteThresholds
from .pipeline import Pipeline, Report, pipeline
from .profile import Profile, ProfileBuilder, learn, site_key
from .repair import repair
from .rules import DEFAULT_RULES, Rule
from .shapes import DEFAULT_NOTICES, DEFAULT_TEASERS, DEFAULT_THREADS, Notice, Teasers, Thread
from .sitechrome import strip_site_chrome
from .structure import strip_boilerplate

__all__ = [
    "DEFAULT_NOTICES",
    "DEFAULT_PIPELINE",
    "DEFAULT_RULES",
    "DEFAULT_TEASERS",
    "DEFAULT_THREADS",
    "KINDS",
    "LEARNED_PIPELINE",
    "RULES_PIPELINE",
    "BinaryInputError",
    "BoilerplateOptions",
    "ChromeOptions",
    "CleantextError",
    "CleantextWarning",
    "Config",
    "DecisionOptions",
    "DecodeError",
    "DuplicateOptions",
    "Edit",
    "FormatError",
    "FtfyInternalsWarning",
    "HTMLError",
    "InputTypeError",
    "MissingExtraError",
    "Notice",
    "OptionError",
    "PageReport",
    "Pipeline",
    "PipelineError",
    "Profile",
    "ProfileBuilder",
    "ProfileError",
    "Report",
    "Rule",
    "SiteThresholds",
    "Teasers",
    "Thread",
    "UndecodableInputError",
    "clean",
    "clean_pieces",
    "decode",
    "decode_html",
    "drop_duplicates",
    "explain",
    "explain_html",
    "from_html",
    "is_markup",
    "keep_article",
    "learn",
    "normalize_newlines",
    "parse_steps",
    "pipeline",
    "registered_steps",
    "repair",
    "route",
    "site_key",
    "strip_boilerplate",
    "strip_chrome",
    "strip_site_chrome",
    "tidy",
]

__version__ = "0.1.0"
