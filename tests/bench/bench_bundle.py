"""The packaged app against a bare PySide6-Essentials window bundled the same way, same run.

Builds both with PyInstaller (onedir, windowed, the same excludes), then reports
  * bundle size: Deck / bare (target <= 1.15x),
  * start to first frame: the frozen Deck / Deck from the venv (target <= 1.1x),
    alternating runs, median of BENCH_RUNS.
Run: python tests/bench/bench_bundle.py   (takes about a minute; needs the [package] extra)
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(HERE))
from _common import SMOKE, judged  # noqa: E402
from bench_startup import measure  # noqa: E402
from options import EXCLUDES  # noqa: E402

RUNS = 1 if SMOKE else int(os.environ.get("BENCH_RUNS", "15"))


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def build_bare(work: Path) -> Path:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR", "--onedir",
           "--windowed", "--name", "Bare", "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
           "--specpath", str(work)]
    for module in EXCLUDES:
        cmd += ["--exclude-module", module]
    subprocess.run(cmd + [str(HERE / "bare_window.py")], check=True)
    return work / "dist" / "Bare"


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="deck-bundle-bench-"))
    if SMOKE:  # no builds (a minute each; CI builds the bundle and runs its self-test): the venv stands in
        deck_dir = bare_dir = Path(sys.executable).resolve().parent
    else:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
        deck_dir = ROOT / "dist" / ("Deck.app" if sys.platform == "darwin" else "Deck")
        bare_dir = build_bare(work)
    deck_size, bare_size = size_mb(deck_dir), size_mb(bare_dir)
    size_ratio = deck_size / bare_size
    print(f"bundle size : deck {deck_size:.1f} MB, bare {bare_size:.1f} MB -> {size_ratio:.3f}x (target <= 1.15)")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECK_HOME": str(work / "home")}
    venv = [sys.executable, "-m", "deck", "--quit-after-first-frame"]
    frozen = venv if SMOKE else [str(deck_dir / ("Contents/MacOS/Deck" if sys.platform == "darwin" else "Deck")),
                                 "--quit-after-first-frame"]
    if not SMOKE:
        measure(frozen, env), measure(venv, env)  # warm the page cache
    times: dict[str, list[float]] = {"frozen": [], "venv": []}
    for _ in range(RUNS):
        times["frozen"].append(measure(frozen, env)[0])
        times["venv"].append(measure(venv, env)[0])
    t = {k: statistics.median(v) for k, v in times.items()}
    start_ratio = t["frozen"] / t["venv"]
    print(f"start       : frozen {t['frozen'] * 1000:.0f} ms, venv {t['venv'] * 1000:.0f} ms -> {start_ratio:.2f}x "
          f"(target <= 1.1, median of {RUNS})")
    return judged(size_ratio <= 1.15 and start_ratio <= 1.1)


if __name__ == "__main__":
    sys.exit(main())
