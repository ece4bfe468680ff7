"""notebooks/compare_regions.ipynb runs top to bottom on a fresh build of the bundled corpus.

The notebook is executed with nbclient in a kernel of this interpreter (the
venv's ipykernel), reading the database named by POLICYKB_DB and writing to
POLICYKB_OUT, so the committed db/policy.db and notebooks/output/ are not touched.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

NOTEBOOK = ROOT / "notebooks" / "compare_regions.ipynb"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@pytest.fixture(scope="module")
def built_db(seed_db_path) -> Path:
    """The session's database built from the bundled seed notices."""
    return seed_db_path


def _outputs(nb, kind: str) -> str:
    """All text a kind of output (stdout, stderr, text/plain) of the executed notebook holds."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out["output_type"] == "stream" and out["name"] == kind:
                parts.append(out["text"])
            elif kind == "text/plain" and "data" in out:
                parts.append(out["data"].get("text/plain", ""))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def executed(built_db, tmp_path_factory):
    """The notebook after a full run, and the folder it exported to."""
    out = tmp_path_factory.mktemp("notebook-out")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    env = {
        "POLICYKB_DB": str(built_db),
        "POLICYKB_OUT": str(out),
        # The kernel is "python3" from this interpreter's prefix (the venv's
        # ipykernel): jupyter_client runs a kernelspec's "python" as sys.executable,
        # and the venv's bin first on PATH covers anything that looks python up.
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
        "MPLBACKEND": "Agg",
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        client = nbclient.NotebookClient(
            nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
        )
        client.execute()  # raises CellExecutionError naming the failing cell
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return nb, out


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)
    assert sum(c.cell_type == "markdown" for c in nb.cells) >= 6


def test_every_cell_runs(executed):
    nb, _ = executed
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors
    stdout = _outputs(nb, "stdout")
    assert "database: " in stdout


def test_lesson_observation_numbers(executed):
    nb, _ = executed
    tables = _outputs(nb, "text/plain")
    assert "校长每学期至少听课30节" in tables
    assert "业务副校长和教导主任每学期听课至少40节" in tables


def test_chinese_labels_have_a_font(executed):
    nb, out = executed
    stdout = _outputs(nb, "stdout")
    stderr = _outputs(nb, "stderr")
    if not NOTO_CJK.exists():
        assert "CJK font:" in stdout or "WARNING: no CJK font" in stdout
        pytest.skip("fonts-noto-cjk is not installed; the notebook warned and drew boxes")
    assert "CJK font: Noto Sans CJK" in stdout
    assert "missing from font" not in stderr  # matplotlib's warning for a glyph drawn as a box
    for chart in ("principal_observation.png", "training_hours.png", "restriction_intensity.png"):
        assert (out / chart).stat().st_size > 10_000, chart


def test_exported_csv_is_excel_safe(executed):
    _, out = executed
    csv = out / "region_comparison.csv"
    assert csv.is_file()
    data = csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "大兴安岭地区" in text
    header, *rows = text.splitlines()
    assert header.startswith("region,province,level,documents,校长 per_semester,校长 per_year")
    daxinganling = next(r for r in rows if r.startswith("大兴安岭地区,"))
    assert ",30.0,60.0,40.0,80.0," in daxinganling
    observation = (out / "principal_observation.csv").read_bytes()
    assert observation.startswith(b"\xef\xbb\xbf") and "校长".encode() in observation
