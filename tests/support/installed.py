"""Programs the real-counterpart tests need: skipped with the reason where they are missing,
a failure where CI installs them (its ``DECK_REQUIRE_…`` variable set)."""
import os
import shutil

import pytest


def installed(names: tuple[str, ...], also: tuple[str, ...], require: str, what: str) -> str:
    """The first of ``names`` found (with every one of ``also``), or skip / fail saying ``what`` is missing."""
    found = next((shutil.which(n) for n in names if shutil.which(n)), None)
    if found and all(shutil.which(a) for a in also):
        return found
    reason = f"{what} not installed here; CI installs it"
    if os.environ.get(require) == "1":
        pytest.fail(reason)
    pytest.skip(reason)
