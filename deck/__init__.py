"""Deck: a desktop control deck for live streamers."""
import sys

__version__ = "0.1.0"  # the one place the version is written; packaging and installers read it

# httpx loads its own command line (rich, click and pygments: 4 MiB) whenever they are installed;
# Deck never runs it, and the installers leave those packages out.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# httpcore asks for sniffio on every request; when it is not installed that is a failed import, a
# search of the whole path, each time. Not there once is not there for the session.
if "sniffio" not in sys.modules:
    import importlib.util

    if importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]
