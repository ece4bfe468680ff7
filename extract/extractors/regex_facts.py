"""What every match of a regex must contain, read off its parse tree.

The bodies extractor's prefilters use these facts (deadlines declare theirs
in each rule's ``requires``, see deadlines.yml) to skip a pattern on a sentence
that lacks a character (or word) every match would consume, so the skip
never changes a result. They read Python's private ``re._parser``; should it
be missing or change, :func:`requirements` and :func:`first_chars` report
nothing and every pattern simply runs.
"""

from __future__ import annotations

import re
from typing import Any

# A requirement: a set of literal characters, plus whether any Unicode
# decimal digit (``\d``) also satisfies it.
Need = tuple[frozenset[str], bool]
_MAX_NEED = 2000  # a requirement wider than this (e.g. every CJK character) gates nothing
_MAX_STRINGS = 64


def _parse(pat: re.Pattern[str]) -> Any | None:
    """The parse tree of a case-sensitive pattern, or None (case-blind literals stand for more characters)."""
    if pat.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # private, but stable since 3.11

        return _parser.parse(pat.pattern, pat.flags)
    except Exception:  # noqa: BLE001  an unreadable pattern is simply not prefiltered
        return None


def requirements(pat: re.Pattern[str]) -> tuple[list[Need], frozenset[str] | None]:
    """``needs`` and ``strings`` of a compiled pattern; nothing when they cannot be read."""
    parsed = _parse(pat)
    if parsed is None:
        return [], None
    return needs(parsed), strings(parsed)


def first_chars(pat: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pat`` can start with, or None when that is not a plain set.

    Example: ``first_chars(re.compile("(?:由|请)各校"))`` → ``frozenset({"由", "请"})``.
    """
    parsed = _parse(pat)
    return None if parsed is None else _first_chars(list(parsed))


def needs(seq: Any) -> list[Need]:
    """Character sets of which every match of the parsed pattern ``seq`` consumes one each.

    Read off the parse tree: a literal or a class is required where it is not
    optional, and so is everything a required group requires; a branch
    requires the union of its alternatives' narrowest requirements.
    Lookarounds are skipped (a lookbehind may read before the searched
    range), and so are classes too wide to tell anything.

    Example: ``([\u4e00-\u9fff]{2,4})期间`` → [({"期"}, False), ({"间"}, False)].
    """
    from re import _constants as c  # the parse tree's opcodes, stable within a Python version

    out: list[Need] = []
    for op, av in seq:
        if op is c.LITERAL:
            out.append((frozenset(chr(av)), False))
        elif op is c.IN:
            chars: set[str] = set()
            digit = False
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] < _MAX_NEED:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                elif iop is c.CATEGORY and iav in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                    digit = True
                else:
                    break  # a negated or wide class, another category: not a usable requirement
            else:
                out.append((frozenset(chars), digit))
        elif op is c.SUBPATTERN:
            out += needs(av[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += needs(av[2])
        elif op is c.ATOMIC_GROUP:
            out += needs(av)
        elif op is c.BRANCH:
            alts = [min(needs(b), key=_width, default=None) for b in av[1]]
            if all(a is not None for a in alts):
                out.append((frozenset().union(*(a[0] for a in alts)), any(a[1] for a in alts)))  # type: ignore[index]
    return list(dict.fromkeys(n for n in out if _width(n) <= _MAX_NEED))


def _width(need: Need) -> int:
    return len(need[0]) + (1000 if need[1] else 0)


_MAX_STRINGS = 64


def strings(seq: Any) -> frozenset[str] | None:
    """Strings of which every match of the parsed pattern ``seq`` contains one.

    A stretch of required literals (and small literal classes) spells its
    strings; a required group gives its own; a branch the union of its
    alternatives'. Of these the set whose shortest string is longest is kept.
    Anything else (lookarounds, optional parts) just ends a stretch.

    Example: ``为期|任期`` → {"为期", "任期"}.
    """
    from re import _constants as c

    best: frozenset[str] | None = None
    run = {""}

    def keep(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    for op, av in seq:
        if op is c.LITERAL:
            run = {r + chr(av) for r in run}
            continue
        if op is c.IN and all(iop is c.LITERAL for iop, _ in av) and len(run) * len(av) <= _MAX_STRINGS:
            run = {r + chr(iav) for r in run for _, iav in av}
            continue
        keep(frozenset(run) if run != {""} else None)
        run = {""}
        if op is c.SUBPATTERN:
            keep(strings(av[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(strings(av[2]))
        elif op is c.BRANCH:
            alts = [strings(b) for b in av[1]]
            if all(alts):
                keep(frozenset().union(*alts))  # type: ignore[arg-type]
    keep(frozenset(run) if run != {""} else None)
    return best


def _first_chars(items: list[Any]) -> frozenset[str] | None:
    """The characters a parsed regex can start a match with, or None when that is not a plain set.

    None (no prefilter) for anything but literals, classes of literals,
    groups, alternations and repeats of at least one: a pattern that may
    match empty or start with a range stays unfiltered.
    """
    from re import _constants as c  # noqa: PLC0415  the parser's opcodes, as ``re`` names them

    if not items:
        return None
    op, av = items[0]
    if op is c.LITERAL:
        return frozenset(chr(av))
    if op is c.IN:
        if any(o is not c.LITERAL for o, _a in av):
            return None
        return frozenset(chr(a) for _o, a in av)
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first_chars(list(sub))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            first = _first_chars(list(branch))
            if first is None:
                return None
            out |= first
        return frozenset(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(list(av[2]))
    return None
