"""``python -m cleantext``: the command-line filter."""

from .cli import command

command()
