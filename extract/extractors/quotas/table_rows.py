"""Table rows of bare numbers: the header names what each column counts and in what measure word.

A table the page flattens into lines keeps its cells apart with spaces; when its rows hold only a name and
numbers ("碑林区 40 10"), the measure word stands in the header ("名额(名)") or in the line that introduces the
table ("部分区县推荐名额(单位:名)如下:"), and each number column is a quota of the row's first cell, counted in
what the column's header names (marks.table_bare_row, table_header_cell, table_cell_unit, table_lead_unit in
quotas.yml). Without a declared measure word the numbers may be scores, years or phone numbers: nothing is read.

Example:
    >>> from extract.types import Context, Provision
    >>> lines = ["各县(区)名额分配如下:", "县(区) 名额(名)", "乐都区 38"]
    >>> text = "\\n".join(lines)
    >>> provs, at = [], 0
    >>> for i, line in enumerate(lines):
    ...     provs.append(Provision(i, None, line, at, at + len(line)))
    ...     at += len(line) + 1
    >>> [(q.actor, q.activity, q.value, q.unit, q.evidence) for q in table_row_quotas(text, provs[2], Context(provisions=provs))]
    [('乐都区', '名额', 38.0, '名', '乐都区 38')]
"""

from __future__ import annotations

from ...types import Context, Provision, Quota

from .activities import _marks_re
from .actors import _prov_index


def _row(text: str) -> tuple[str, list[str]] | None:
    """The first cell and the number cells of a row of bare numbers, None for any other line."""
    m = _marks_re("table_bare_row").fullmatch(text.strip())
    return (m.group("cell"), m.group("nums").split()) if m else None


def _header_cells(text: str, width: int) -> list[str] | None:
    """The cells of a header line with ``width`` cells, none holding a numeral or punctuation."""
    cells = text.split()
    if len(cells) != width or not all(_marks_re("table_header_cell").fullmatch(c) for c in cells):
        return None
    return cells


def _cell_unit(cell: str) -> tuple[str, str | None]:
    """A header cell without its measure word, and the measure word ("名额(名)" → 名额, 名)."""
    m = _marks_re("table_cell_unit").search(cell)
    return (cell[: m.start()], m.group("unit")) if m else (cell, None)


def table_row_quotas(text: str, prov: Provision, ctx: Context) -> list[Quota]:
    """The quotas of a row of bare numbers under a header that declares their measure word (module doc)."""
    row = _row(prov.text)
    if row is None:
        return []  # every other provision: only the one fullmatch on the hot path
    idx = _prov_index(prov, ctx)
    if idx is None:
        return []
    cell, nums = row
    k = idx - 1
    while k >= 0 and (before := _row(ctx.provisions[k].text)) is not None and len(before[1]) == len(nums):
        k -= 1  # the rows above this one, down to the header
    header = _header_cells(ctx.provisions[k].text, len(nums) + 1) if k >= 0 else None
    if header is None:
        return []
    lead = _marks_re("table_lead_unit").search(ctx.provisions[k - 1].text) if k >= 1 else None
    a = prov.start + prov.text.index(prov.text.strip())
    evidence = prov.text.strip()
    quotas = []
    for column, number in zip(header[1:], nums):
        activity, unit = _cell_unit(column)
        unit = unit or (lead.group("unit") if lead else None)
        if unit is None or not activity:
            continue
        quotas.append(Quota(
            actor=cell, actor_role=None, activity=activity, activity_key=None, period="total", comparator="=",
            value=float(number), value_max=None, unit=unit, per_year=None, evidence=evidence,
            start=a, end=a + len(evidence), rule="quota.count",
        ))
    return quotas
