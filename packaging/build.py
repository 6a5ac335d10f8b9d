"""Build the Deck bundle with PyInstaller, check its size budget and run its self-test.

    python packaging/build.py              # build, check the budget, self-test
    python packaging/build.py --archive    # also pack dist/Deck-<version>-<os>.tar.gz / .zip

Exit 0 when the bundle builds, fits its budget and passes ``--self-test``; 1 otherwise.
Installers are made from the bundle by packaging/windows/deck.iss and packaging/macos/make-dmg.sh.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
# Budget per OS in MB (10^6 bytes) of the unpacked bundle. A bare PySide6-Essentials window
# bundled the same way is ~165-177 MB on Linux; Deck may add at most 15 % on top.
BUDGET_MB = {"linux": 205, "win32": 190, "darwin": 240}


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "deck" / "__init__.py").read_text()).group(1)


def bundle_path() -> Path:
    return DIST / ("Deck.app" if sys.platform == "darwin" else "Deck")


def executable() -> Path:
    if sys.platform == "darwin":
        return bundle_path() / "Contents" / "MacOS" / "Deck"
    return bundle_path() / ("Deck.exe" if sys.platform == "win32" else "Deck")


def size_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "packaging" / "deck.spec")],
                   check=True, cwd=ROOT)


def self_test() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return subprocess.run([str(executable()), "--self-test"], env=env, timeout=120).returncode


def archive() -> Path:
    base = DIST / f"Deck-{version()}-{ {'win32': 'windows', 'darwin': 'macos'}.get(sys.platform, 'linux')}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=DIST, base_dir=bundle_path().name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check an existing dist/ bundle")
    parser.add_argument("--archive", action="store_true", help="pack the bundle for upload")
    args = parser.parse_args()
    if not args.skip_build:
        build()
    size = size_bytes(bundle_path()) / 1e6
    budget = BUDGET_MB.get(sys.platform, BUDGET_MB["linux"])
    print(f"bundle: {bundle_path()} {size:.1f} MB (budget {budget} MB)")
    if size > budget:
        print(f"The bundle is {size - budget:.1f} MB over its budget.", file=sys.stderr)
        return 1
    if self_test() != 0:
        print("The bundle's self-test failed.", file=sys.stderr)
        return 1
    if args.archive:
        print(f"archive: {archive()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
