"""Obligation precision on the samples judged by independent annotators must not regress.

Each ``tests/obligations*/judged.csv`` holds 90–200 obligations drawn at
random from the held-out sets and judged by an annotator who never saw the
rules (see each folder's README and tests/HELDOUT.md). The floors sit a
little under the figures of the current rules: a modality or actor change
that loses ground on sentences it was not written for fails here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench.obligation_precision import corpus, current, report

HERE = Path(__file__).resolve().parent

# sample folder → {figure: floor}
FLOORS = {
    "obligations": {"precision": 0.98, "modality_precision": 0.98, "actor_precision": 0.93},
    "obligations2": {"precision": 0.98, "modality_precision": 0.98, "actor_precision": 0.83},
    "obligations3": {"precision": 0.98, "modality_precision": 0.98, "actor_precision": 0.90},
    "obligations4": {"precision": 0.96, "modality_precision": 0.96, "actor_precision": 0.87},
    "obligations5": {"precision": 0.97, "modality_precision": 0.97, "actor_precision": 0.88},
    "obligations6": {"precision": 0.97, "modality_precision": 0.97, "actor_precision": 0.91},
    "obligations7": {"precision": 0.98, "modality_precision": 0.97, "actor_precision": 0.81},
    "obligations8": {"precision": 0.95, "modality_precision": 0.95, "actor_precision": 0.89},
    "obligations9": {"precision": 0.95, "modality_precision": 0.95, "actor_precision": 0.88},
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds and every held-out set built once, named the way the samples were drawn."""
    from click.testing import CliRunner

    from extract.cli import cli

    tmp = tmp_path_factory.mktemp("obligations")
    src = corpus(tmp / "corpus")
    db = tmp / "o.db"
    result = CliRunner().invoke(cli, ["build", str(src), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_every_sample_has_floors():
    assert sorted(p.parent.name for p in HERE.glob("obligations*/judged.csv")) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_judged_sample_does_not_regress(name, built):
    with (HERE / name / "judged.csv").open(encoding="utf-8") as f:
        judged = list(csv.DictReader(f))
    figures = report(judged, current(judged, built))
    # a judged obligation the rules no longer find is a loss too, not a way to raise precision
    assert figures["true_lost"] <= 2, figures
    for measure, floor in FLOORS[name].items():
        assert figures[measure] >= floor, f"{name} {measure} {figures[measure]:.3f} < floor {floor} ({figures})"
