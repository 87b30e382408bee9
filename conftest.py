"""pytest: the Ray integration's module is only collected (for its doctests) where the ray extra is installed."""

import importlib.util

collect_ignore = [] if importlib.util.find_spec("ray") else ["src/cleantext/integrations/ray.py"]
