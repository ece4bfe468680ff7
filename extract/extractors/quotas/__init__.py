"""Quotas: numeric or countable requirements (每学期至少听课30节, 不少于72课时, 1到2所, 85%以上).

A quota is found from its numeral and measure word ("30节", "一次", "1到2所",
"百分之三十"), then read from the clause around it: the comparator (至少,
不少于, 以上 …), the period (每学期, 每年 …), the actor heading the clause or
the sentence, and the activity counted. All words, patterns and exclusions
live in ``schema/lexicons/quotas.yml``, ``roles.yml`` and ``activities.yml``.

Example:
    >>> from extract.types import Context, Provision
    >>> s = "校长每学期至少听课30节，业务副校长和教导主任每学期听课至少40节。"
    >>> [(q.actor, q.value, q.unit) for q in extract_quotas(s, Provision(0, None, s, 0, len(s)), Context())]
    [('校长', 30.0, '节'), ('业务副校长和教导主任', 40.0, '节')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ...zh import CN_DIGITS
from ...types import Context, Provision, Quota
from ..base import AnyDoc, per_provision
from ..triggers import Trigger

from .lexicon import _HALF
from .reading import _extract
from .table_rows import table_row_quotas


class Excluded(NamedTuple):
    """A candidate an exclusion rule dropped (``trace_quotas``): which rule, and where."""

    rule: str
    evidence: str
    start: int
    end: int


def extract_quotas(text: str, prov: Provision, ctx: Context) -> Iterator[Quota]:
    """Quotas stated in one provision, with offsets into the whole ``text``.

    Example:
        >>> s = "每位教研员联系1到2所学校。"
        >>> q = next(extract_quotas(s, Provision(0, None, s, 0, len(s)), Context()))
        >>> (q.actor, q.activity, q.comparator, q.value, q.value_max, q.unit, q.evidence, q.rule)
        ('每位教研员', '联系学校', 'range', 1.0, 2.0, '所', '每位教研员联系1到2所学校', 'quota.count')
    """
    # a row of bare numbers under a header declaring their measure word is read by its columns
    rows = table_row_quotas(text, prov, ctx)
    return iter(rows) if rows else _extract(text, prov, ctx, None)


def trace_quotas(text: str, prov: Provision, ctx: Context) -> Iterator[Quota | Excluded]:
    """:func:`extract_quotas`, and an :class:`Excluded` for each candidate an exclusion rule dropped.

    Example:
        >>> s = "荣获第一名，每学期听课20节。"
        >>> [r.rule for r in trace_quotas(s, Provision(0, None, s, 0, len(s)), Context())]
        ['quota.count', 'quota.not.before_numeral']
    """
    drops: list[tuple[str, int, int]] = []
    yield from _extract(text, prov, ctx, drops)
    for rule, a, b in drops:
        yield Excluded(rule, text[prov.start + a: prov.start + b], prov.start + a, prov.start + b)


def get_quotas(doc: AnyDoc) -> Iterator[Quota]:
    """Quotas of every provision of a processed ``doc``.

    Example: for "校长每学期至少听课30节。" → one Quota (校长, 听课, semester, >=, 30, 节).
    """
    return per_provision(doc, "quotas", extract_quotas)


def trigger() -> Trigger:
    """What a provision needs to hold a quota (see :mod:`.triggers`): a numeral or 半, as ``_HAS_AMOUNT``."""
    return Trigger(frozenset(CN_DIGITS + _HALF), digit=True)
