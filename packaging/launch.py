"""Entry point of the packaged app: the same ``main`` as the ``deck`` command."""
import sys

from deck.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
