"""Optional integrations with other engines, one module each, each behind its own extra.

Importing this package imports none of them: ``from cleantext.integrations import ray`` loads the Ray
integration (``pip install 'cleantext-news[ray]'``).
"""

__all__: list[str] = []
