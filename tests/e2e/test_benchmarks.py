"""Every benchmark runs, for seconds, in its smoke mode: each step of it still works against
today's code and it prints its figures (targets are judged only in a real run)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize("name", sorted(p.name for p in BENCH.glob("bench_*.py")))
def test_each_benchmark_runs_in_its_smoke_mode(name, tmp_path):
    env = {**os.environ, "BENCH_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "DECK_HOME": str(tmp_path)}
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, str(BENCH / name)], env=env, capture_output=True, text=True,
                            timeout=110, cwd=tmp_path)
    assert result.returncode == 0, (result.stdout[-1500:], result.stderr[-1500:])
    assert any(ch.isdigit() for ch in result.stdout), result.stdout  # its figures
