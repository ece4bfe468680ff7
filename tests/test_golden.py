"""Golden check: whole held-out documents scored with the eval command must not regress.

The floors sit a little under the figures measured when each set was last
scored (see tests/HELDOUT.md); a rule change that loses ground on notices it
was not written for fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli

HERE = Path(__file__).resolve().parent

# set folder → {measure: floor}; measures are the eval report's target values
FLOORS = {
    "heldout": {"quotas F1": 0.96, "quotas actor": 0.94, "quotas activity": 0.96, "deadlines F1": 0.97, "deadlines dates": 0.97, "bodies F1": 0.99, "metadata title": 0.99, "metadata date": 0.99},
    "heldout2": {"quotas F1": 0.95, "quotas actor": 0.95, "quotas activity": 0.96, "deadlines F1": 0.98, "deadlines dates": 0.97, "bodies F1": 0.98, "metadata title": 0.99, "metadata region": 0.99},
    "heldout3": {"quotas F1": 0.91, "quotas actor": 0.95, "quotas activity": 0.96, "deadlines F1": 0.96, "deadlines dates": 0.99, "bodies F1": 0.98, "metadata title": 0.99, "metadata region": 0.99},
    "heldout4": {"quotas F1": 0.94, "quotas actor": 0.88, "quotas activity": 0.86, "deadlines F1": 0.93, "deadlines dates": 0.94, "bodies F1": 0.96, "metadata title": 0.99, "metadata doc_number": 0.99},
    "heldout5": {"quotas F1": 0.94, "quotas actor": 0.9, "quotas activity": 0.88, "deadlines F1": 0.91, "deadlines dates": 0.81, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # Issue 11's messy-container sets: floors just under the figures after the issue 11 fixes.
    "heldout6": {"quotas F1": 0.94, "quotas actor": 0.9, "quotas activity": 0.87, "deadlines F1": 0.93, "deadlines dates": 0.95, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout7": {"quotas F1": 0.95, "quotas actor": 0.83, "quotas activity": 0.87, "deadlines F1": 0.9, "deadlines dates": 0.93, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # Written after the issue 11 fixes and scored once, untuned (tests/HELDOUT.md): floors under those figures.
    # deadlines dates 0.98: 考前一周 is now found (F1 up), undated; its gold dates it from the exam
    "heldout8": {"quotas F1": 0.99, "quotas actor": 0.87, "quotas activity": 0.92, "deadlines F1": 0.95, "deadlines dates": 0.98, "bodies F1": 0.99, "metadata title": 0.92, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout10": {"quotas F1": 0.93, "quotas actor": 0.85, "quotas activity": 0.9, "deadlines F1": 0.9, "deadlines dates": 0.94, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout11": {"quotas F1": 0.96, "quotas actor": 0.85, "quotas activity": 0.93, "deadlines F1": 0.91, "deadlines dates": 0.96, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout12": {"quotas F1": 0.94, "quotas actor": 0.84, "quotas activity": 0.9, "deadlines F1": 0.92, "deadlines dates": 0.9, "bodies F1": 0.95, "metadata title": 0.89, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout13": {"quotas F1": 0.94, "quotas actor": 0.88, "quotas activity": 0.86, "deadlines F1": 0.94, "deadlines dates": 0.98, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout9": {"quotas F1": 0.94, "quotas actor": 0.9, "quotas activity": 0.94, "deadlines F1": 0.95, "deadlines dates": 0.97, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.92},
    # Session 5: heldout14/15 scored untuned on the round-3 rules, heldout16/17 after round 4,
    # heldout18/19 after round 5 (tests/HELDOUT.md); floors just under the figures after round 5.
    "heldout14": {"quotas F1": 0.95, "quotas actor": 0.89, "quotas activity": 0.87, "deadlines F1": 0.95, "deadlines dates": 0.92, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout15": {"quotas F1": 0.92, "quotas actor": 0.84, "quotas activity": 0.84, "deadlines F1": 0.91, "deadlines dates": 0.87, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout16": {"quotas F1": 0.9, "quotas actor": 0.85, "quotas activity": 0.85, "deadlines F1": 0.93, "deadlines dates": 0.92, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout17": {"quotas F1": 0.92, "quotas actor": 0.84, "quotas activity": 0.86, "deadlines F1": 0.93, "deadlines dates": 0.96, "bodies F1": 0.94, "metadata title": 0.91, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout18": {"quotas F1": 0.93, "quotas actor": 0.85, "quotas activity": 0.9, "deadlines F1": 0.93, "deadlines dates": 0.89, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout19": {"quotas F1": 0.92, "quotas actor": 0.85, "quotas activity": 0.89, "deadlines F1": 0.92, "deadlines dates": 0.96, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # Sessions 6 and 7: heldout20–25 after the rounds that learnt from them; heldout26/27 at their
    # untuned first score (tests/HELDOUT.md).
    "heldout20": {"quotas F1": 0.9, "quotas actor": 0.85, "quotas activity": 0.9, "deadlines F1": 0.89, "deadlines dates": 0.94, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout21": {"quotas F1": 0.92, "quotas actor": 0.88, "quotas activity": 0.91, "deadlines F1": 0.95, "deadlines dates": 0.95, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout22": {"quotas F1": 0.89, "quotas actor": 0.79, "quotas activity": 0.88, "deadlines F1": 0.9, "deadlines dates": 0.91, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout23": {"quotas F1": 0.93, "quotas actor": 0.84, "quotas activity": 0.86, "deadlines F1": 0.91, "deadlines dates": 0.94, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout24": {"quotas F1": 0.93, "quotas actor": 0.77, "quotas activity": 0.91, "deadlines F1": 0.9, "deadlines dates": 0.95, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout25": {"quotas F1": 0.92, "quotas actor": 0.83, "quotas activity": 0.87, "deadlines F1": 0.9, "deadlines dates": 0.94, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.91, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.91},
    "heldout26": {"quotas F1": 0.92, "quotas actor": 0.81, "quotas activity": 0.88, "deadlines F1": 0.92, "deadlines dates": 0.95, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout27": {"quotas F1": 0.94, "quotas actor": 0.8, "quotas activity": 0.91, "deadlines F1": 0.94, "deadlines dates": 0.96, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # Session 8: heldout28/29 at their untuned first score after round 10 (tests/HELDOUT.md).
    "heldout28": {"quotas F1": 0.96, "quotas actor": 0.92, "quotas activity": 0.92, "deadlines F1": 0.96, "deadlines dates": 0.9, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout29": {"quotas F1": 0.96, "quotas actor": 0.91, "quotas activity": 0.96, "deadlines F1": 0.95, "deadlines dates": 0.99, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # heldout30/31 at their untuned first score after round 11 (tests/HELDOUT.md).
    "heldout30": {"quotas F1": 0.96, "quotas actor": 0.9, "quotas activity": 0.92, "deadlines F1": 0.96, "deadlines dates": 0.98, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout31": {"quotas F1": 0.96, "quotas actor": 0.87, "quotas activity": 0.88, "deadlines F1": 0.91, "deadlines dates": 0.92, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # heldout32/33 at their untuned first score after round 12 (tests/HELDOUT.md).
    "heldout32": {"quotas F1": 0.96, "quotas actor": 0.87, "quotas activity": 0.96, "deadlines F1": 0.97, "deadlines dates": 0.97, "bodies F1": 0.99, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout33": {"quotas F1": 0.96, "quotas actor": 0.86, "quotas activity": 0.88, "deadlines F1": 0.93, "deadlines dates": 0.98, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # Session 9: heldout34–37 (untuned first scores in tests/HELDOUT.md), raised to ~0.01 under their
    # figures after rounds 14–15 like every set above.
    "heldout34": {"quotas F1": 0.95, "quotas actor": 0.87, "quotas activity": 0.95, "deadlines F1": 0.96, "deadlines dates": 0.96, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout35": {"quotas F1": 0.98, "quotas actor": 0.84, "quotas activity": 0.91, "deadlines F1": 0.94, "deadlines dates": 0.97, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # heldout37's region floor sits under one gold adcode written from memory (印江 is 520625, the gold
    # says 520626).
    "heldout36": {"quotas F1": 0.96, "quotas actor": 0.89, "quotas activity": 0.92, "deadlines F1": 0.93, "deadlines dates": 0.91, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout37": {"quotas F1": 0.95, "quotas actor": 0.87, "quotas activity": 0.96, "deadlines F1": 0.92, "deadlines dates": 0.98, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.91},
    # heldout38/39 at their untuned first score after round 15 (tests/HELDOUT.md).
    "heldout38": {"quotas F1": 0.95, "quotas actor": 0.84, "quotas activity": 0.97, "deadlines F1": 0.94, "deadlines dates": 0.99, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout39": {"quotas F1": 0.95, "quotas actor": 0.87, "quotas activity": 0.95, "deadlines F1": 0.97, "deadlines dates": 0.99, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # heldout40/41 at their untuned first score, on the same round-15 rules as heldout38/39.
    "heldout40": {"quotas F1": 0.93, "quotas actor": 0.85, "quotas activity": 0.9, "deadlines F1": 0.9, "deadlines dates": 0.96, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout41": {"quotas F1": 0.93, "quotas actor": 0.86, "quotas activity": 0.95, "deadlines F1": 0.95, "deadlines dates": 0.94, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout42": {"quotas F1": 0.95, "quotas actor": 0.9, "quotas activity": 0.93, "deadlines F1": 0.96, "deadlines dates": 0.98, "bodies F1": 0.91, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout43": {"quotas F1": 0.96, "quotas actor": 0.87, "quotas activity": 0.95, "deadlines F1": 0.95, "deadlines dates": 0.94, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout44": {"quotas F1": 0.92, "quotas actor": 0.87, "quotas activity": 0.91, "deadlines F1": 0.95, "deadlines dates": 0.92, "bodies F1": 0.91, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout45": {"quotas F1": 0.94, "quotas actor": 0.89, "quotas activity": 0.9, "deadlines F1": 0.96, "deadlines dates": 0.98, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout46": {"quotas F1": 0.95, "quotas actor": 0.9, "quotas activity": 0.92, "deadlines F1": 0.96, "deadlines dates": 0.99, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout47": {"quotas F1": 0.93, "quotas actor": 0.9, "quotas activity": 0.9, "deadlines F1": 0.92, "deadlines dates": 0.95, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout48": {"quotas F1": 0.94, "quotas actor": 0.84, "quotas activity": 0.92, "deadlines F1": 0.94, "deadlines dates": 0.98, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout49": {"quotas F1": 0.93, "quotas actor": 0.87, "quotas activity": 0.92, "deadlines F1": 0.92, "deadlines dates": 0.95, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout50": {"quotas F1": 0.95, "quotas actor": 0.87, "quotas activity": 0.95, "deadlines F1": 0.96, "deadlines dates": 0.96, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout51": {"quotas F1": 0.95, "quotas actor": 0.86, "quotas activity": 0.91, "deadlines F1": 0.94, "deadlines dates": 0.93, "bodies F1": 0.99, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout52": {"quotas F1": 0.95, "quotas actor": 0.92, "quotas activity": 0.87, "deadlines F1": 0.94, "deadlines dates": 0.96, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout53": {"quotas F1": 0.97, "quotas actor": 0.88, "quotas activity": 0.93, "deadlines F1": 0.97, "deadlines dates": 0.98, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout54": {"quotas F1": 0.97, "quotas actor": 0.82, "quotas activity": 0.91, "deadlines F1": 0.96, "deadlines dates": 0.96, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout55": {"quotas F1": 0.98, "quotas actor": 0.89, "quotas activity": 0.9, "deadlines F1": 0.97, "deadlines dates": 0.96, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout56": {"quotas F1": 0.94, "quotas actor": 0.86, "quotas activity": 0.95, "deadlines F1": 0.93, "deadlines dates": 0.94, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout57": {"quotas F1": 0.93, "quotas actor": 0.88, "quotas activity": 0.93, "deadlines F1": 0.94, "deadlines dates": 0.92, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout58": {"quotas F1": 0.96, "quotas actor": 0.92, "quotas activity": 0.94, "deadlines F1": 0.94, "deadlines dates": 0.94, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout59": {"quotas F1": 0.94, "quotas actor": 0.88, "quotas activity": 0.93, "deadlines F1": 0.96, "deadlines dates": 0.99, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout60": {"quotas F1": 0.96, "quotas actor": 0.88, "quotas activity": 0.95, "deadlines F1": 0.97, "deadlines dates": 0.99, "bodies F1": 0.9, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout61": {"quotas F1": 0.95, "quotas actor": 0.92, "quotas activity": 0.9, "deadlines F1": 0.93, "deadlines dates": 0.96, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout62": {"quotas F1": 0.95, "quotas actor": 0.86, "quotas activity": 0.93, "deadlines F1": 0.94, "deadlines dates": 0.96, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout63": {"quotas F1": 0.95, "quotas actor": 0.87, "quotas activity": 0.88, "deadlines F1": 0.96, "deadlines dates": 0.97, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout64": {"quotas F1": 0.95, "quotas actor": 0.89, "quotas activity": 0.9, "deadlines F1": 0.93, "deadlines dates": 0.98, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout65": {"quotas F1": 0.96, "quotas actor": 0.84, "quotas activity": 0.96, "deadlines F1": 0.94, "deadlines dates": 0.97, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout66": {"quotas F1": 0.96, "quotas actor": 0.85, "quotas activity": 0.9, "deadlines F1": 0.94, "deadlines dates": 0.96, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    "heldout67": {"quotas F1": 0.94, "quotas actor": 0.88, "quotas activity": 0.95, "deadlines F1": 0.93, "deadlines dates": 0.94, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout68": {"quotas F1": 0.97, "quotas actor": 0.86, "quotas activity": 0.91, "deadlines F1": 0.97, "deadlines dates": 0.95, "bodies F1": 0.91, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout69": {"quotas F1": 0.96, "quotas actor": 0.85, "quotas activity": 0.88, "deadlines F1": 0.94, "deadlines dates": 0.98, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout70": {"quotas F1": 0.97, "quotas actor": 0.87, "quotas activity": 0.93, "deadlines F1": 0.95, "deadlines dates": 0.97, "bodies F1": 0.9, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout71": {"quotas F1": 0.96, "quotas actor": 0.87, "quotas activity": 0.87, "deadlines F1": 0.96, "deadlines dates": 0.94, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout72": {"quotas F1": 0.95, "quotas actor": 0.84, "quotas activity": 0.92, "deadlines F1": 0.94, "deadlines dates": 0.92, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout73": {"quotas F1": 0.95, "quotas actor": 0.86, "quotas activity": 0.91, "deadlines F1": 0.92, "deadlines dates": 0.93, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout74": {"quotas F1": 0.93, "quotas actor": 0.84, "quotas activity": 0.94, "deadlines F1": 0.98, "deadlines dates": 0.96, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout75": {"quotas F1": 0.95, "quotas actor": 0.79, "quotas activity": 0.95, "deadlines F1": 0.92, "deadlines dates": 0.97, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout76": {"quotas F1": 0.94, "quotas actor": 0.85, "quotas activity": 0.87, "deadlines F1": 0.94, "deadlines dates": 0.92, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout77": {"quotas F1": 0.96, "quotas actor": 0.9, "quotas activity": 0.92, "deadlines F1": 0.94, "deadlines dates": 0.94, "bodies F1": 0.91, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout78": {"quotas F1": 0.97, "quotas actor": 0.88, "quotas activity": 0.92, "deadlines F1": 0.91, "deadlines dates": 0.98, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout79": {"quotas F1": 0.94, "quotas actor": 0.87, "quotas activity": 0.91, "deadlines F1": 0.95, "deadlines dates": 0.95, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout80": {"quotas F1": 0.95, "quotas actor": 0.78, "quotas activity": 0.92, "deadlines F1": 0.95, "deadlines dates": 0.93, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout81": {"quotas F1": 0.97, "quotas actor": 0.89, "quotas activity": 0.91, "deadlines F1": 0.96, "deadlines dates": 0.95, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout82": {"quotas F1": 0.97, "quotas actor": 0.88, "quotas activity": 0.94, "deadlines F1": 0.95, "deadlines dates": 0.97, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout83": {"quotas F1": 0.96, "quotas actor": 0.84, "quotas activity": 0.92, "deadlines F1": 0.93, "deadlines dates": 0.89, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.91, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout84": {"quotas F1": 0.93, "quotas actor": 0.81, "quotas activity": 0.94, "deadlines F1": 0.95, "deadlines dates": 0.96, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout85": {"quotas F1": 0.97, "quotas actor": 0.82, "quotas activity": 0.92, "deadlines F1": 0.96, "deadlines dates": 0.99, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout86": {"quotas F1": 0.96, "quotas actor": 0.86, "quotas activity": 0.95, "deadlines F1": 0.97, "deadlines dates": 0.93, "bodies F1": 0.97, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout87": {"quotas F1": 0.93, "quotas actor": 0.86, "quotas activity": 0.94, "deadlines F1": 0.94, "deadlines dates": 0.9, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout88": {"quotas F1": 0.96, "quotas actor": 0.91, "quotas activity": 0.93, "deadlines F1": 0.93, "deadlines dates": 0.97, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout89": {"quotas F1": 0.95, "quotas actor": 0.87, "quotas activity": 0.9, "deadlines F1": 0.94, "deadlines dates": 0.93, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout90": {"quotas F1": 0.89, "quotas actor": 0.8, "quotas activity": 0.91, "deadlines F1": 0.94, "deadlines dates": 0.92, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout91": {"quotas F1": 0.96, "quotas actor": 0.91, "quotas activity": 0.93, "deadlines F1": 0.95, "deadlines dates": 0.94, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout92": {"quotas F1": 0.94, "quotas actor": 0.88, "quotas activity": 0.91, "deadlines F1": 0.96, "deadlines dates": 0.9, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout93": {"quotas F1": 0.97, "quotas actor": 0.91, "quotas activity": 0.87, "deadlines F1": 0.95, "deadlines dates": 0.96, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout94": {"quotas F1": 0.98, "quotas actor": 0.83, "quotas activity": 0.92, "deadlines F1": 0.93, "deadlines dates": 0.96, "bodies F1": 0.98, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout95": {"quotas F1": 0.88, "quotas actor": 0.91, "quotas activity": 0.89, "deadlines F1": 0.9, "deadlines dates": 0.97, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout96": {"quotas F1": 0.95, "quotas actor": 0.83, "quotas activity": 0.97, "deadlines F1": 0.92, "deadlines dates": 0.95, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout97": {"quotas F1": 0.98, "quotas actor": 0.86, "quotas activity": 0.88, "deadlines F1": 0.94, "deadlines dates": 0.98, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout98": {"quotas F1": 0.92, "quotas actor": 0.88, "quotas activity": 0.92, "deadlines F1": 0.92, "deadlines dates": 0.91, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout99": {"quotas F1": 0.92, "quotas actor": 0.85, "quotas activity": 0.95, "deadlines F1": 0.95, "deadlines dates": 0.98, "bodies F1": 0.96, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # Session 15: heldout100–103 scored once untuned on 42a90b4 (after round 29; their JSON exports then unread),
    # heldout104–107 on 4c826dd (after the JSON reader and round 30); floors ~0.01 under the figures after round 30.
    "heldout100": {"quotas F1": 0.88, "quotas actor": 0.87, "quotas activity": 0.91, "deadlines F1": 0.93, "deadlines dates": 0.99, "bodies F1": 0.91, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout101": {"quotas F1": 0.95, "quotas actor": 0.74, "quotas activity": 0.86, "deadlines F1": 0.93, "deadlines dates": 0.93, "bodies F1": 0.9, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout102": {"quotas F1": 0.94, "quotas actor": 0.83, "quotas activity": 0.89, "deadlines F1": 0.9, "deadlines dates": 0.92, "bodies F1": 0.89, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.91},
    "heldout103": {"quotas F1": 0.9, "quotas actor": 0.87, "quotas activity": 0.84, "deadlines F1": 0.86, "deadlines dates": 0.94, "bodies F1": 0.82, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout104": {"quotas F1": 0.91, "quotas actor": 0.86, "quotas activity": 0.9, "deadlines F1": 0.91, "deadlines dates": 0.95, "bodies F1": 0.91, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout105": {"quotas F1": 0.91, "quotas actor": 0.79, "quotas activity": 0.92, "deadlines F1": 0.92, "deadlines dates": 0.98, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout106": {"quotas F1": 0.88, "quotas actor": 0.87, "quotas activity": 0.93, "deadlines F1": 0.92, "deadlines dates": 0.91, "bodies F1": 0.95, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.91},
    "heldout107": {"quotas F1": 0.89, "quotas actor": 0.81, "quotas activity": 0.94, "deadlines F1": 0.93, "deadlines dates": 0.94, "bodies F1": 0.9, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # heldout108–111 scored once untuned on ec2d129 (after round 31); floors ~0.01 under those figures.
    "heldout108": {"quotas F1": 0.9, "quotas actor": 0.9, "quotas activity": 0.86, "deadlines F1": 0.92, "deadlines dates": 0.93, "bodies F1": 0.79, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.91, "metadata region": 0.99},
    # heldout109 activity 0.89: its .sql notice, read since, adds ten matched pairs at a lower activity rate
    "heldout109": {"quotas F1": 0.91, "quotas actor": 0.82, "quotas activity": 0.89, "deadlines F1": 0.94, "deadlines dates": 0.96, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.91},
    "heldout110": {"quotas F1": 0.92, "quotas actor": 0.83, "quotas activity": 0.88, "deadlines F1": 0.92, "deadlines dates": 0.97, "bodies F1": 0.9, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout111": {"quotas F1": 0.95, "quotas actor": 0.91, "quotas activity": 0.9, "deadlines F1": 0.93, "deadlines dates": 0.94, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    # heldout112–115 scored once untuned on 801dd2f (after round 31 and the SQL reader); floors ~0.01 under.
    "heldout112": {"quotas F1": 0.9, "quotas actor": 0.86, "quotas activity": 0.93, "deadlines F1": 0.94, "deadlines dates": 0.96, "bodies F1": 0.93, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout113": {"quotas F1": 0.87, "quotas actor": 0.84, "quotas activity": 0.89, "deadlines F1": 0.9, "deadlines dates": 0.96, "bodies F1": 0.94, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout114": {"quotas F1": 0.92, "quotas actor": 0.89, "quotas activity": 0.92, "deadlines F1": 0.93, "deadlines dates": 0.97, "bodies F1": 0.92, "metadata title": 0.99, "metadata issuer": 0.99, "metadata doc_number": 0.99, "metadata date": 0.99, "metadata region": 0.99},
    "heldout115": {"quotas F1": 0.93, "quotas actor": 0.83, "quotas activity": 0.9, "deadlines F1": 0.93, "deadlines dates": 0.94, "bodies F1": 0.96, "metadata title": 0.91, "metadata issuer": 0.91, "metadata doc_number": 0.91, "metadata date": 0.91, "metadata region": 0.91},
}


def _report(folder: Path) -> dict:
    result = CliRunner().invoke(cli, ["eval", "--gold", str(folder / "gold"), "--sources", str(folder / "docs"), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_set_does_not_regress(name):
    folder = HERE / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not present")
    values = {t["label"]: t["value"] for t in _report(folder)["targets"]}
    low = {m: (values.get(m), floor) for m, floor in FLOORS[name].items() if (values.get(m) or 0) < floor}
    assert low == {}, low
