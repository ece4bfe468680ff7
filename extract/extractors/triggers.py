"""Trigger scans: each extractor reads only the provisions that hold what it needs.

Every extractor but bodies finds nothing in a provision that holds none of
its trigger characters: a numeral for quotas, the first character of a
modality word for obligations, a character of each deadline rule's
narrowest ``requires`` for deadlines, 《 or 号 for references. Each module
says which in its ``trigger()``, made from its lexicon, so a new rule entry
changes the trigger without an edit here. The document text is scanned once
per extractor for that character class, jumping from each hit to the end of
its provision (:func:`triggered`), and
:func:`~extract.extractors.base.per_provision` calls the extractor only on
the provisions found. The extractors keep their own finer gates (deadlines'
per-rule bits, bodies' cue openers) for the provisions that pass.

One combined scan for all extractors (one alternation of every trigger) was
measured slower: a hit of one extractor's trigger hides no other's only if the
scan stops at every trigger character and sorts it out in Python, while the
per-extractor class scans stay in C and loop once per provision found.

A trigger must be necessary, never merely likely: ``tests/test_triggers.py``
runs every rule example through the extractors with and without the scans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module

from ..types import Provision


@dataclass(frozen=True)
class Trigger:
    """What a provision must hold for an extractor to find anything in it: one of ``chars``, or (``digit``) a digit.

    Example: quotas' ``Trigger(frozenset("零〇一二两三四五六七八九十百千万"), digit=True)``.
    """

    chars: frozenset[str]
    digit: bool = False

    @classmethod
    def of_words(cls, words: Iterable[str], digit: bool = False) -> "Trigger":
        """The trigger of a word list: a word is present only where its first character is."""
        return cls(frozenset(w[0] for w in words if w), digit)


# The extractors that may declare a trigger, by module name (a module without ``trigger()``, or whose
# ``trigger()`` gives None, runs on every provision).
_MODULES = ("references", "quotas", "obligations", "deadlines", "bodies")


def pattern(name: str) -> re.Pattern[str] | None:
    """The character class of extractor ``name``'s trigger; None when it has none.

    Asked once per document and extractor: the module's ``trigger()`` is
    read each time (a test that reloads a lexicon gets its new trigger), the
    class is compiled once per trigger.

    Example: ``pattern("references").pattern`` → ``"[《号]"``.
    """
    if name not in _MODULES:
        return None
    trigger = getattr(import_module(f"{__package__}.{name}"), "trigger", None)
    return _class(trigger()) if trigger is not None else None


@lru_cache(maxsize=64)
def _class(trigger: Trigger | None) -> re.Pattern[str] | None:
    if trigger is None or not (trigger.chars or trigger.digit):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(trigger.chars)) + ("\\d" if trigger.digit else "") + "]")


def triggered(text: str, provisions: Sequence[Provision], pat: re.Pattern[str]) -> list[Provision]:
    """The provisions of ``text`` (in order, not overlapping) that hold a match of ``pat``: one scan of the text.

    From each hit the scan goes on at the end of the provision that holds it
    (or at the start of the next one, for a hit between provisions), so it
    looks at each character at most once and loops once per provision found.

    Example: with ``pattern("references")``, of "开展教研。依据《意见》执行。" only the second sentence.
    """
    out: list[Provision] = []
    n = len(provisions)
    if not n:
        return out
    ends = [p.end for p in provisions]
    i = 0
    pos = provisions[0].start
    search = pat.search
    while True:
        m = search(text, pos, ends[-1])
        if m is None:
            return out
        at = m.start()
        i = bisect_right(ends, at, i)  # the first provision ending after the hit
        if i >= n:
            return out
        prov = provisions[i]
        if at >= prov.start:
            out.append(prov)
            pos = prov.end
            i += 1
            if i >= n:
                return out
        else:
            pos = prov.start  # between two provisions: go on from the next one


_last: tuple[str, object, dict[str, list[Provision]]] | None = None


def provisions_for(name: str, text: str, provisions: Sequence[Provision]) -> Sequence[Provision]:
    """The provisions extractor ``name`` should read: those holding its trigger, or all when it has none.

    The result for the document last asked about is kept, so each extractor's
    scan runs once per document whatever reads it.
    """
    pat = pattern(name)
    if pat is None:
        return provisions
    global _last
    last = _last
    if last is None or last[0] is not text or last[1] is not provisions:
        last = _last = (text, provisions, {})
    found = last[2].get(name)
    if found is None:
        found = last[2][name] = triggered(text, provisions, pat)
    return found
