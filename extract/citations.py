"""Corpus-level citation linking: which stored document each reference cites.

The references extractor finds citations in one notice (《…》 titles and
发文字号); whether the cited notice is in the corpus is known only once the
corpus is stored, so this runs after the documents are written, reads them
back, and hands the links to the store to save.
"""

from __future__ import annotations

import sqlite_utils

from . import store


def link_references(db: sqlite_utils.Database, changed: set[int] | None = None) -> None:
    """Point each reference at the corpus document it cites, where that document is here.

    ``match_reference`` compares a title with every document (fuzzy ratio);
    with thousands of documents that is quadratic, so candidates are first
    narrowed with rapidfuzz's vectorised ``cdist`` (the same ``fuzz.ratio``,
    any score ≥ 80) and by 发文字号; ``match_reference`` then decides among
    the survivors, in the original order.

    With ``changed`` (ids of documents written by this build), only the work
    a change can affect is done: references of changed documents and
    references whose target changed or went are matched against the whole
    corpus; the other references only against the changed documents.
    """
    candidates = [(r[0], r[1], r[2]) for r in db.execute("select id, title, doc_number from documents order by id")]
    refs = db.execute('select id, document_id, title, doc_number, cited_document_id from "references"').fetchall()
    if changed is None:
        full, partial = refs, []
    else:
        ids = {c[0] for c in candidates}
        full = [r for r in refs if r[1] in changed or (r[4] is not None and (r[4] in changed or r[4] not in ids))]
        in_full = {r[0] for r in full}  # a set: `r not in full` scanned the list once per reference
        partial = [r for r in refs if r[0] not in in_full and r[4] is None] if changed else []
    updates = _match_refs(full, candidates)
    fresh = [c for c in candidates if changed and c[0] in changed]
    if fresh and partial:
        updates += [(t, i) for t, i in _match_refs(partial, fresh) if t is not None]
    store.save_citation_links(db, updates)


def warm_up() -> None:
    """Import what :func:`link_references` needs (the references extractor, its lexicons, rapidfuzz).

    A writer whose documents are processed in other processes would
    otherwise pay this (~1.5 s) at the end of the build, when nothing else runs.
    """
    from rapidfuzz import process  # noqa: F401

    from .extractors import references  # noqa: F401


def _match_refs(refs: list[tuple], candidates: list[tuple[int, str | None, str | None]]) -> list[tuple[int | None, int]]:
    """(target, reference id) for each reference whose target differs from the stored one."""
    from .extractors.references import core_title, match_reference, normalise_number

    by_number: dict[str, list[int]] = {}
    for i, (_id, _title, number) in enumerate(candidates):
        if number:
            by_number.setdefault(normalise_number(number), []).append(i)
    titled = [i for i, c in enumerate(candidates) if c[1]]
    titles = [candidates[i][1] for i in titled]
    cores = [core_title(t) for t in titles]
    titled_refs = [r[2] for r in refs if r[2]] if titles else []
    similar = iter(_similar(titled_refs, [core_title(t) for t in titled_refs], titles, cores))
    updates = []
    for ref_id, doc_id, title, number, current in refs:
        keep: set[int] = set()
        if number:
            keep.update(by_number.get(normalise_number(number), ()))
        if title and titles:
            keep.update(titled[j] for j in next(similar))
        pool = [candidates[i] for i in sorted(keep) if candidates[i][0] != doc_id]
        target = match_reference(title, number, pool) if pool else None
        if target != current:
            updates.append((target, ref_id))
    return updates


def _similar(queries: list[str], query_cores: list[str], titles: list[str], cores: list[str]) -> list[list[int]]:
    """For each query title, the indexes of titles within reach (a superset of what match_reference accepts).

    One ``cdist`` per block of queries rather than per query: each call
    prepares all the titles again, which cost more than the comparisons.
    Blocks of at most ~4M cells keep the score matrix small.
    """
    from rapidfuzz import fuzz, process

    out: list[list[int]] = []
    step = max(1, 4_000_000 // max(1, len(titles)))
    for i in range(0, len(queries), step):
        a = process.cdist(queries[i:i + step], titles, scorer=fuzz.ratio, score_cutoff=80)
        b = process.cdist(query_cores[i:i + step], cores, scorer=fuzz.ratio, score_cutoff=80)
        out.extend([int(j) for j in row.nonzero()[0]] for row in (a > 0) | (b > 0))
    return out
