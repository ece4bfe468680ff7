"""The benchmark scripts run end to end at a tiny size and print their figures (no timing asserted)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


def run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_build_speed_prints_its_figures(tmp_path):
    out = run("build_speed.py", "--mb", "0.03", "--pdf", "1", "--docx", "1", "--html", "1", "--out", str(tmp_path))
    for figure in ("MB/s", "documents/s", "pages/s", "peak RSS", "per stage", "extract", "store",
                   "--workers 2", "speed-up", "naive pipeline", "RATIO", "CPU"):
        assert figure in out, (figure, out)


def test_rebuild_prints_its_figures(tmp_path):
    out = run("rebuild.py", "--docs", "20", "--runs", "1", "--out", str(tmp_path))
    assert "no-op rebuild of 20 documents" in out
    assert "1 unchanged" not in out  # the counts come from the build's own summary
    assert "after editing 1 files" in out and "1 updated" in out


@pytest.mark.parametrize("page", ["principal_observation", "_facet=activity_key", "_search=听课", "/notice/", "quotas.csv"])
def test_serve_latency_prints_its_figures(page, serve_output):
    line = next((ln for ln in serve_output.splitlines() if page in ln), None)
    assert line is not None and "p50" in line and "p95" in line, serve_output


@pytest.fixture(scope="module")
def serve_output(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("serve")
    return run("serve_latency.py", "--docs", "30", "--template", "10", "--chars", "600", "--requests", "2",
               "--out", str(out_dir))


def test_serve_latency_against_another_checkout_alternates_both_servers(tmp_path):
    """--against serves a copy of the database with another checkout (here this one) and shows both sides."""
    out = run("serve_latency.py", "--docs", "20", "--template", "10", "--chars", "600", "--requests", "1",
              "--out", str(tmp_path), "--against", str(ROOT))
    assert "[against] home page: p50" in out and "[this] home page: p50" in out, out
    assert "| this p50 / p95 / first ms |" in out and "| dashboards index |" in out, out
    assert (tmp_path / "docs-20-against" / "policy.db").exists()


def test_big_notice_prints_its_figures(tmp_path):
    out = run("big_notice.py", "--mb", "2", "--part-kb", "20", "--sizes", "1", "--write", "--out", str(tmp_path))
    for figure in ("one notice of 1 x 20 kB:", "2 notices of 1 x 20 kB:", "one notice of 2 x 20 kB:", "CPU", "extract",
                   "ratio one notice of 2 x 20 kB / 2 notices of 1 x 20 kB:"):
        assert figure in out, (figure, out)
    parts = sorted((tmp_path / "parts").glob("*.txt"))
    big = (tmp_path / "big" / "big_2.txt").read_text(encoding="utf-8")
    assert len(parts) == 2 and big == "\n".join(p.read_text(encoding="utf-8") for p in parts)


def test_groups_prints_its_figures(tmp_path):
    out = run("groups.py", "--docs", "60", "--runs", "1", "--chars", "800", "--out", str(tmp_path))
    assert "grouping 60 documents cold" in out and "documents/s" in out and "CPU" in out
    assert "6/6 copies grouped with their original, 0 other documents grouped" in out, out
    assert "after editing 1%" in out and "nothing changed" in out


def test_agreement_scores_a_second_annotator_as_eval_scores_the_rules(tmp_path):
    import json
    import shutil

    gold = ROOT / "tests" / "heldout46" / "gold"
    same = run("agreement.py", str(gold), str(gold))
    assert "12 documents annotated by both" in same and "quotas      1.000  1.000  1.000" in same
    # a second annotator who names another actor for one quota and leaves one body out
    other = tmp_path / "gold"
    shutil.copytree(gold, other)
    path = other / "01.html.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["quotas"][0]["actor"] = "某个别的角色"
    dropped = data["bodies"].pop()
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = run("agreement.py", str(gold), str(other), "--verbose")
    total = sum(len(json.loads(p.read_text(encoding="utf-8"))["quotas"]) for p in gold.glob("*.json"))
    assert f"actor {(total - 1) / total:.3f}" in out, out
    assert "某个别的角色" in out and str(dropped if isinstance(dropped, str) else dropped.get("name")) in out
