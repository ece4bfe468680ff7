"""Copies of one notice: near-duplicates, reposts and wrappers, grouped once per corpus.

The same bureau notice is published by the bureau, reposted by every county
site (other page chrome), forwarded by schools (转发…的通知 followed by the
whole notice) and quoted whole in news items (…发布《…的通知》，全文如下).
Counting every copy makes one notice's quotas look like several regions'
rules, so the copies are grouped in ``document_groups`` and the comparison
views count each group's requirements once (``schema/views.sql``).

How:

1. Each document's cleaned text, whitespace dropped, is cut into character
   5-grams (shingles), hashed to 64 bits. Its MinHash signature is a
   one-permutation MinHash (one hash, 128 bins, the minimum of each bin,
   empty bins filled from the next one): as good a Jaccard estimate as 128
   separate permutations at 1/128 of the cost. Signatures are kept in
   ``document_signatures`` so an unchanged document is never hashed again.
2. Locality-sensitive hashing over all signatures (:class:`Bands`: 25 bands
   of 5 values, what ``datasketch.MinHashLSH`` picks for a threshold of 0.5)
   gives, for each document to (re)group, the documents likely to share half
   its shingles or more;
   the estimate from the signatures prunes them, and the exact shingle sets
   decide (:func:`compare`).
3. Two documents are copies when the smaller one's shingles are mostly in
   the bigger one (containment ≥ ``CONTAINMENT``) or their Jaccard is ≥
   ``JACCARD``, *and* every quota and deadline of each, in the text they
   share, is stated in the other's words (:func:`same_requirements`): a
   county plan made from the provincial template with other numbers is a
   different requirement, though its text is 90% the same.
4. What the bigger one adds outside the copied text says what it is
   (``schema/lexicons/groups.yml``): a news lead (全文如下) → ``quoted-in``, a
   forwarding note (转发) → ``wraps``, page chrome only → ``repost``.
5. Reposts form the group's core; the canonical is the issuing body's own
   version (:func:`choose_canonical`). Wrappers join the group of the notice
   they contain, with the span of the copied text, so that their own
   sentences still count and the copied ones do not.

Only documents whose (sha256, pipeline) changed, and the groups they were
or become part of, are regrouped.

Example:
    >>> from extract.store import open_db
    >>> update_groups(open_db("db/policy.db"))   # doctest: +SKIP
    GroupStats(hashed=5, regrouped=7, groups=1, members=5)
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import numpy as np
import sqlite_utils

from . import fingerprint, store
from .lexicons import load

SHINGLE = 5  # characters per shingle: 5-grams of Chinese are rarely shared by chance
NUM_PERM = 128  # signature length (bins of the one-permutation MinHash)
# Candidate pairs: bands for this Jaccard; pairs well above it (copies: ≥ 0.8,
# or a short wrapper around a notice: ≥ ~0.6) are found with near certainty,
# pairs far below rarely come up.
LSH_THRESHOLD = 0.5
# The bands datasketch.MinHashLSH(threshold=0.5, num_perm=128) chooses (its
# _optimal_param, equal false positive and negative weights): 25 bands of 5
# signature values. Fixed here, so grouping needs neither datasketch nor the
# scipy it imports to choose them (~0.3 s per build); tests/test_groups.py
# checks the values against datasketch where it is installed.
LSH_BANDS, LSH_ROWS = 25, 5
# Signature estimates below these are not checked exactly (the estimate of
# 128 bins is within ~0.1 of the truth in 99% of pairs).
ESTIMATE_MIN_JACCARD = 0.4
ESTIMATE_MIN_CONTAINMENT = 0.7
# Two documents are copies when the smaller one's shingles are this much inside
# the bigger one. Measured (README, "Copies of one notice"): different notices
# of the seed and held-out corpora (49 notices, 1,176 pairs) reach at most
# 0.24 containment and 0.10 Jaccard; copies with other page chrome, a
# forwarding note or a news lead ≥ 0.95.
CONTAINMENT = 0.9
# ... or when the two have this Jaccard (each with text the other lacks, e.g.
# both with their own chrome); still subject to the quota check.
JACCARD = 0.8
# Copied text of a wrapper: unbroken runs of at least SPAN_MIN_RUN shared
# shingles (shorter ones, like 2023年3月 in the wrapper's own date, are
# chance), with gaps of at most SPAN_GAP shingles between them, are one span.
SPAN_MIN_RUN = 8
SPAN_GAP = 20
# Context kept around a quota's or deadline's evidence (within its sentence)
# when checking that the other copy states it: the actor before the number,
# the unit after it.
QUOTA_CONTEXT = 8
# A bigger document that adds no cue words but more than this many
# characters around the notice is taken as a wrapper, not a repost.
REPOST_MAX_EXTRA = 300
# Documents kept in memory while comparing, least recently used out first
# (~130 kB each for 5,000 characters: text and shingle arrays).
CACHE_DOCS = 512
# build_state key: the fingerprint of the grouping code that made document_groups.
GROUPED_BY = "grouped_by"
RELATIONS = ("canonical", "identical", "repost", "wraps", "quoted-in")
_MASK57 = np.uint64((1 << 57) - 1)
_EMPTY = np.uint64(np.iinfo(np.uint64).max)


@dataclass
class GroupStats:
    """What :func:`update_groups` did."""

    hashed: int = 0  # documents whose signature was computed
    regrouped: int = 0  # documents whose group rows were recomputed
    groups: int = 0  # groups of two or more among them
    members: int = 0  # documents in those groups


@dataclass
class Shingles:
    """A text's shingles: sorted unique hashes, and per shingle position its hash and span in the text."""

    unique: np.ndarray  # sorted unique uint64 hashes
    hashes: np.ndarray  # hash of the shingle at each position of the whitespace-free text
    offsets: np.ndarray  # offset in the original text of each whitespace-free character
    text: str
    digest: str  # of the whitespace-free text: two copies with the same digest are identical

    @property
    def size(self) -> int:
        return len(self.unique)

    @cached_property
    def norm(self) -> str:
        """The text without whitespace (what the shingles were cut from)."""
        return "".join(self.text.split())


def shingles(text: str) -> Shingles:
    """Hash every 5-character shingle of ``text`` with whitespace removed (line breaks and indents differ between copies).

    A polynomial rolling hash over code points, mixed by splitmix64's
    finaliser: stable across processes (Python's ``hash`` is not) and
    vectorised, ~0.1 ms for a 5,000-character notice.

    Example: ``shingles("校长每学期 听课").size`` → 3 (校长每学期, 长每学期听, 每学期听课).
    """
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    # Whitespace (what str.split() splits on) and ASCII controls are dropped.
    keep = (cp > 32) & (cp != 0xA0) & (cp != 0x3000) & ~((cp >= 0x2000) & (cp <= 0x200A)) \
        & (cp != 0x85) & (cp != 0x1680) & (cp != 0x2028) & (cp != 0x2029) & (cp != 0x202F) & (cp != 0x205F)
    offsets = np.flatnonzero(keep)
    kept = cp[offsets]
    digest = hashlib.blake2b(kept.tobytes(), digest_size=12).hexdigest()
    cp = kept.astype(np.uint64)
    n = len(cp) - SHINGLE + 1
    if n <= 0:
        empty = np.zeros(0, np.uint64)
        return Shingles(empty, empty, offsets, text, digest)
    h = np.zeros(n, np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE):
            h = h * np.uint64(1_000_003) + cp[j:j + n]
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    s = np.sort(h)
    unique = s[np.concatenate(([True], s[1:] != s[:-1]))]
    return Shingles(unique, h, offsets, text, digest)


def signature(unique: np.ndarray) -> np.ndarray:
    """One-permutation MinHash of a set of 64-bit hashes: ``NUM_PERM`` bins, the least value of each.

    A bin is picked by the top 7 bits, the value is the other 57; an empty bin
    takes the value of the next non-empty one (circularly) plus its distance
    × 2^57 ("rotation" densification, Shrivastava & Li 2014), so two sets
    agree in a bin with probability equal to their Jaccard.

    Example: ``signature(shingles("校长每学期至少听课30节").unique).shape`` → ``(128,)``.
    """
    sig = np.full(NUM_PERM, _EMPTY, dtype=np.uint64)
    if len(unique) == 0:
        return sig
    np.minimum.at(sig, (unique >> np.uint64(57)).astype(np.intp), unique & _MASK57)
    full = np.flatnonzero(sig != _EMPTY)
    if len(full) < NUM_PERM:
        empty = np.flatnonzero(sig == _EMPTY)
        nxt = np.searchsorted(full, empty) % len(full)
        distance = (full[nxt] - empty) % NUM_PERM
        sig[empty] = sig[full[nxt]] + distance.astype(np.uint64) * np.uint64(1 << 57)
    return sig


def document_signature(text: str) -> tuple[int, bytes]:
    """(distinct shingles, MinHash signature as bytes) of a document's text: a ``document_signatures`` row's values.

    The build computes it where the document is processed (a pool or dask
    worker, :func:`extract.build.process_one`), so grouping reads 1 kB per
    new document instead of hashing its text in the single writing process.

    Example: ``document_signature("校长每学期至少听课30节")[0]`` → 8.
    """
    sh = shingles(text)
    return sh.size, signature(sh.unique).tobytes()


@dataclass
class Doc:
    """What grouping needs of one document."""

    id: int
    issuer: str | None
    date: str | None
    published: str | None
    text: str
    shingles: Shingles
    requirements: list[Requirement]  # its quotas and deadlines


class Requirement(NamedTuple):
    """A quota or deadline of a document: where it is, and its evidence with some context, whitespace removed."""

    kind: str  # quota or deadline
    start: int
    context: str


@dataclass(frozen=True)
class Edge:
    """Two documents found to be copies: ``big`` contains ``small`` (or both are reposts of each other)."""

    small: int
    big: int
    kind: str  # repost, wraps or quoted-in (said of big)
    jaccard: float
    containment: float  # of small in big
    span: tuple[int, int] | None  # the copied text in big


def compare(a: Doc, b: Doc) -> Edge | None:
    """Whether ``a`` and ``b`` are copies of one notice, and how; None when they are not.

    Example: a school's 转发 note followed by a bureau notice, against that
    notice → ``Edge(small=<notice>, big=<school>, kind="wraps", …)``.
    """
    small, big = (a, b) if (a.shingles.size, a.id) <= (b.shingles.size, b.id) else (b, a)
    if small.shingles.size == 0:
        return None
    common = len(np.intersect1d(small.shingles.unique, big.shingles.unique, assume_unique=True))
    containment = common / small.shingles.size
    jaccard = common / (small.shingles.size + big.shingles.size - common)
    if containment < CONTAINMENT and jaccard < JACCARD:
        return None
    span = copied_span(big.shingles, small.shingles.unique)
    if span is None:
        return None
    inside = [r for r in big.requirements if span[0] <= r.start < span[1]]
    if not same_requirements(small.requirements, big) or not same_requirements(inside, small):
        return None
    kind = copy_kind(big.text, span)
    if kind == "repost" and any(r.kind == "quota" and not span[0] <= r.start < span[1] for r in big.requirements):
        kind = "wraps"  # it adds a quota of its own: that one must count, so it cannot be a mere repost
    return Edge(small.id, big.id, kind, jaccard, containment, span)


def same_requirements(requirements: list[Requirement], other: Doc) -> bool:
    """Every one of ``requirements`` is stated in ``other`` in the same words (the number with its actor and unit).

    Example: 校长每学期听课不少于20节 is not in a text that says 不少于30节, so a
    county plan with the provincial template's sentences and its own numbers
    (or its own dates: 3月31日前 against 4月15日前) is not a copy of it.
    """
    return all(r.context in other.shingles.norm for r in requirements)


def copied_span(big: Shingles, small_unique: np.ndarray) -> tuple[int, int] | None:
    """(start, end) in ``big``'s text of the longest run of shingles it shares with the smaller document.

    Unbroken runs shorter than ``SPAN_MIN_RUN`` are ignored; runs separated
    by at most ``SPAN_GAP`` shingles (a changed character) are one stretch;
    the stretch with the most shared shingles wins, so the title quoted in a
    forwarding note does not stretch the span over the note.
    """
    if len(big.hashes) == 0 or len(small_unique) == 0:
        return None
    i = np.searchsorted(small_unique, big.hashes)
    i[i == len(small_unique)] = 0
    shared = np.flatnonzero(small_unique[i] == big.hashes)
    if len(shared) == 0:
        return None
    # Unbroken runs of shared shingles; short ones (a date, a common phrase) are chance.
    cut = np.flatnonzero(np.diff(shared) > 1)
    run_start, run_end = np.concatenate(([0], cut + 1)), np.concatenate((cut, [len(shared) - 1]))
    long = run_end - run_start + 1 >= SPAN_MIN_RUN
    if not long.any():
        return None
    firsts, lasts = shared[run_start[long]], shared[run_end[long]]
    counts = (run_end - run_start + 1)[long]
    # Long runs close to each other are one copy (a changed character breaks a run).
    joined = np.flatnonzero(firsts[1:] - lasts[:-1] > SPAN_GAP)
    group_start, group_end = np.concatenate(([0], joined + 1)), np.concatenate((joined, [len(firsts) - 1]))
    totals = np.add.reduceat(counts, group_start)
    best = int(np.argmax(totals))
    first, last = firsts[group_start[best]], lasts[group_end[best]]
    return int(big.offsets[first]), int(big.offsets[last + SHINGLE - 1]) + 1


def copy_kind(text: str, span: tuple[int, int] | None) -> str:
    """What a document that contains a notice at ``span`` is, from what it adds around it.

    Example: ``copy_kind("3月5日，市教育局发布通知，全文如下：" + notice, (19, …))`` → ``"quoted-in"``.
    """
    outside = text if span is None else text[:span[0]] + "\n" + text[span[1]:]
    cues = _cues()
    if cues["news"].search(outside):
        return "quoted-in"
    if cues["wrapper"].search(outside):
        return "wraps"
    if len("".join(outside.split())) > REPOST_MAX_EXTRA:
        return "wraps"
    return "repost"


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    from .lexicons import alternation

    lex = load("groups")
    return {"news": re.compile(alternation(lex["news_cues"])), "wrapper": re.compile(alternation(lex["wrapper_cues"]))}


@dataclass(frozen=True)
class Member:
    """One row of ``document_groups``."""

    document_id: int
    group_id: int
    canonical_id: int
    similarity: float
    relation: str
    start: int | None = None
    end: int | None = None


def choose_canonical(core: list[Doc]) -> Doc:
    """The issuing body's own version among copies of one notice, else the earliest.

    The notice's issuer is the ``documents.issuer`` of a copy that the most
    copies name in their text (its signature or title is in every copy; a
    county site's own name is only in its chrome). Among the copies signed by
    it, or among all when none is, the earliest by date, publication date,
    then id.

    Example: the 市教育局's notice and two county reposts that kept its
    signature → the one whose issuer is 市教育局 and was published first.
    """
    issuers = {d.issuer for d in core if d.issuer}
    best: list[Doc] = []
    if issuers:
        named = {i: sum(1 for d in core if i.replace(" ", "") in d.shingles.norm) for i in issuers}
        top = max(named.values())
        if top:
            chosen = {i for i, n in named.items() if n == top}
            best = [d for d in core if d.issuer in chosen]
    return min(best or core, key=lambda d: (d.date or "9999", d.published or "9999", d.id))


def assign(docs: dict[int, Doc], edges: list[Edge]) -> list[Member]:
    """Group documents linked by ``edges`` and say what each is; rows only for groups of two or more.

    Reposts (and identical copies) are linked into cores. A core that wraps
    another core belongs to that core's group (to the biggest notice it
    contains, so a school forwarding a county's forward of a city notice
    joins the city notice's group through the county's). A document is in
    one group only: a digest quoting two notices joins the bigger one's.
    """
    parent = {d: d for d in docs}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in edges:
        if e.kind == "repost":
            parent[find(e.small)] = find(e.big)
    cores: dict[int, list[int]] = {}
    for d in docs:
        cores.setdefault(find(d), []).append(d)
    # core → (wrapped core, the edge): the biggest wrapped document wins.
    wraps: dict[int, Edge] = {}
    for e in edges:
        if e.kind == "repost":
            continue
        cb, cs = find(e.big), find(e.small)
        if cb == cs:
            continue
        old = wraps.get(cb)
        if old is None or (docs[e.small].shingles.size, -e.small) > (docs[old.small].shingles.size, -old.small):
            wraps[cb] = e

    def root(core: int) -> int:
        seen = {core}
        while core in wraps and find(wraps[core].small) not in seen:
            core = find(wraps[core].small)
            seen.add(core)
        return core

    groups: dict[int, list[int]] = {}
    for core in cores:
        groups.setdefault(root(core), []).append(core)
    rows: list[Member] = []
    for top, members in groups.items():
        if len(members) == 1 and len(cores[top]) == 1:
            continue
        core_docs = [docs[i] for i in cores[top]]
        canonical = choose_canonical(core_docs)
        group_id = min(i for c in members for i in cores[c])
        for d in core_docs:
            if d is canonical:
                rows.append(Member(d.id, group_id, canonical.id, 1.0, "canonical"))
                continue
            j = _jaccard(d.shingles.unique, canonical.shingles.unique)
            relation = "identical" if d.shingles.digest == canonical.shingles.digest else "repost"
            rows.append(Member(d.id, group_id, canonical.id, round(j, 4), relation))
        for c in members:
            if c == top:
                continue
            e = wraps[c]
            # The copied span is measured against the wrapped notice's barest copy
            # (the fewest shingles: no page chrome of its own to match by chance).
            target = min((docs[i] for i in cores[find(e.small)]), key=lambda d: (d.shingles.size, d.id))
            for i in cores[c]:
                d = docs[i]
                common = len(np.intersect1d(target.shingles.unique, d.shingles.unique, assume_unique=True))
                span = copied_span(d.shingles, target.shingles.unique)
                start, end = span if span else (None, None)
                containment = common / max(1, target.shingles.size)
                rows.append(Member(i, group_id, canonical.id, round(containment, 4), e.kind, start, end))
    return rows


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    common = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - common
    return common / union if union else 1.0


def update_groups(db: sqlite_utils.Database, *, full: bool = False) -> GroupStats:
    """Bring ``document_groups`` and ``document_signatures`` in line with ``documents``.

    Documents added or changed since the last run (their sha256 or pipeline
    differs from the signature's), and those whose group lost or gained a
    member, are regrouped; the rest is left alone. Safe to run after any
    build, however it ended: what is stale is read from the tables, and both
    tables are written in one transaction. ``full`` regroups everything, as
    does a change to this module or its lexicon (``fingerprint``'s "groups"
    stage, kept in ``build_state``).

    Example: ``update_groups(open_db("db/policy.db"))`` after ``build``.
    """
    stats = GroupStats()
    conn = db.conn
    made_by = fingerprint.current()["groups"]
    # The grouping code or its lexicon changed (or never ran here): everything again.
    code_changed = conn.execute("select value from build_state where key = ?", [GROUPED_BY]).fetchone() != (made_by,)
    full = full or code_changed
    current = {r[0]: (r[1], r[2]) for r in conn.execute("select id, sha256, pipeline from documents")}
    keys = {r[0]: (r[1], r[2]) for r in conn.execute("select document_id, sha256, pipeline from document_signatures")}
    gone = set(keys) - set(current)
    stale = list(current) if full else [i for i, key in current.items() if keys.get(i) != key]
    stale_set = set(stale)
    old = {r[0]: r[1] for r in conn.execute("select document_id, group_id from document_groups")}
    ghost_rows = set(old) - set(current)
    if not stale and not gone and not ghost_rows:
        if code_changed:  # an empty corpus: nothing to group, but by this code
            with conn:
                conn.execute("insert or replace into build_state (key, value) values (?, ?)", [GROUPED_BY, made_by])
        return stats  # a no-op rebuild stops here: four narrow reads

    # Signatures of unchanged documents; and those the build's workers computed for the documents it
    # just wrote (store.Writer keeps them under a pending key: signing is done where the text was made).
    pending_key = store.SIGNATURE_PENDING.format(groups=made_by, pipeline="{}")
    stored: dict[int, tuple[int, bytes]] = {}
    pending: dict[int, tuple[int, bytes]] = {}
    for doc_id, sha, pipeline, size, minhash in conn.execute(
            "select document_id, sha256, pipeline, shingles, minhash from document_signatures"):
        if doc_id not in current:
            continue
        if doc_id not in stale_set:
            stored[doc_id] = (size, minhash)
        elif (sha, pipeline) == (current[doc_id][0], pending_key.format(current[doc_id][1])):
            pending[doc_id] = (size, minhash)
    cache: dict[int, Doc] = {}
    new_sigs: list[tuple] = []
    sizes: dict[int, int] = {i: s[0] for i, s in stored.items()}
    sigs: dict[int, np.ndarray] = {i: np.frombuffer(s[1], dtype=np.uint64) for i, s in stored.items()}
    for chunk in _chunks(stale, 500):
        need = [i for i in chunk if i not in pending]
        texts: dict[int, str] = {}
        if need:
            marks = ", ".join("?" * len(need))
            texts = dict(conn.execute(f"select id, text from documents where id in ({marks})", need))
        for doc_id in sorted(chunk):  # the order `where id in (…)` returns them (Bands lists candidates in it)
            if doc_id in pending:
                size, minhash = pending[doc_id]
                sigs[doc_id] = np.frombuffer(minhash, dtype=np.uint64)
            elif doc_id in texts:
                size, minhash = document_signature(texts[doc_id] or "")
                sigs[doc_id] = np.frombuffer(minhash, dtype=np.uint64)
            else:
                continue  # gone since `current` was read
            sizes[doc_id] = size
            new_sigs.append((doc_id, *current[doc_id], size, minhash))
    stats.hashed = len(new_sigs)

    members_of: dict[int, list[int]] = {}
    for doc_id, group_id in old.items():
        members_of.setdefault(group_id, []).append(doc_id)

    def mates(i: int) -> list[int]:
        return members_of.get(old[i], []) if i in old else []

    ids = [i for i in sigs if sizes.get(i)]
    bands = Bands(ids, sigs)

    region: set[int] = set()
    frontier: list[int] = []

    def visit(i: int) -> None:
        if i in current and i not in region:
            region.add(i)
            frontier.append(i)

    for i in stale:
        visit(i)
        for m in mates(i):
            visit(m)
    for i in gone | ghost_rows:
        for m in mates(i):
            visit(m)

    edges: dict[tuple[int, int], Edge] = {}
    while frontier:
        i = frontier.pop()
        if not sizes.get(i):
            continue
        found = [c for c in bands.query(i) if c != i]
        if not found:
            continue
        est = (np.stack([sigs[c] for c in found]) == sigs[i]).mean(axis=1)
        for c, j in zip(found, est):
            key = (min(i, c), max(i, c))
            if key in edges or not _worth_checking(float(j), sizes[i], sizes[c]):
                continue
            a, b = _doc(conn, cache, i), _doc(conn, cache, c)
            edge = compare(a, b)
            if edge is not None:
                edges[key] = edge
                visit(c)
                for m in mates(c):
                    visit(m)

    # One connected set of copies at a time: only its documents are in memory.
    link = {i: i for k in edges for i in k}

    def top(x: int) -> int:
        while link[x] != x:
            link[x] = link[link[x]]
            x = link[x]
        return x

    for a, b in edges:
        link[top(a)] = top(b)
    components: dict[int, list[Edge]] = {}
    for key, edge in edges.items():
        components.setdefault(top(key[0]), []).append(edge)
    rows: list[Member] = []
    for component in components.values():
        ids = {i for e in component for i in (e.small, e.big)}
        rows.extend(assign({i: _doc(conn, cache, i) for i in sorted(ids)}, component))
    stats.regrouped = len(region)
    stats.members = len(rows)
    stats.groups = len({r.group_id for r in rows})
    with conn:
        conn.executemany("delete from document_signatures where document_id = ?", [(i,) for i in gone])
        conn.executemany(
            "insert or replace into document_signatures (document_id, sha256, pipeline, shingles, minhash) "
            "values (?, ?, ?, ?, ?)",
            new_sigs,
        )
        conn.executemany("delete from document_groups where document_id = ?", [(i,) for i in region | gone | ghost_rows])
        conn.executemany(
            'insert or replace into document_groups (document_id, group_id, canonical_id, similarity, relation, start, "end") '
            "values (?, ?, ?, ?, ?, ?, ?)",
            [(r.document_id, r.group_id, r.canonical_id, r.similarity, r.relation, r.start, r.end) for r in rows],
        )
        conn.execute("insert or replace into build_state (key, value) values (?, ?)", [GROUPED_BY, made_by])
        # The comparison views' summary rows of every document regrouped (counted, relation) are out of date.
        store.mark_summaries(conn, region | gone | ghost_rows | {r.document_id for r in rows})
    store.refresh_summaries(db)
    return stats


class Bands:
    """Banded LSH over MinHash signatures: the documents that agree with one in every value of some band.

    The same candidates, in the same order, as ``datasketch.MinHashLSH``
    (threshold 0.5, 128 values) given the same keys in the same order: a
    band's bucket is a set filled in insertion order, and a query adds the
    members of the document's bucket in each band, band by band, to one set.
    The order matters only where two edges tie in :func:`assign`, but a
    rebuild must never regroup differently for it. Buckets are found with
    numpy (one ``np.unique`` per band); only buckets of two or more
    documents become Python sets (a document alone in its bucket finds
    only itself), so memory stays ~25 × 16 bytes per document.

    Example: ``Bands([1, 2], {1: sig, 2: sig}).query(1)`` → ``[1, 2]``.
    """

    def __init__(self, ids: list[int], sigs: dict[int, np.ndarray]) -> None:
        self.row = {i: k for k, i in enumerate(ids)}
        self.buckets: list[np.ndarray] = []  # per band: bucket number of each document (by row)
        self.shared: list[dict[int, set[int]]] = []  # per band: bucket number → its documents, if two or more
        if not ids:
            return
        matrix = np.stack([sigs[i][:LSH_BANDS * LSH_ROWS] for i in ids])
        for b in range(LSH_BANDS):
            band = np.ascontiguousarray(matrix[:, b * LSH_ROWS:(b + 1) * LSH_ROWS]).view(
                np.dtype((np.void, 8 * LSH_ROWS))).ravel()
            _values, inverse, counts = np.unique(band, return_inverse=True, return_counts=True)
            inverse = inverse.ravel()
            shared: dict[int, set[int]] = {}
            for k in np.flatnonzero(counts[inverse] > 1):
                shared.setdefault(int(inverse[k]), set()).add(ids[k])
            self.buckets.append(inverse)
            self.shared.append(shared)

    def query(self, i: int) -> list[int]:
        """The documents sharing a band with ``i`` (``i`` among them), as ``MinHashLSH.query`` lists them."""
        k = self.row[i]
        found: set[int] = set()
        for inverse, shared in zip(self.buckets, self.shared):
            members = shared.get(int(inverse[k]))
            if members is None:
                found.add(i)
            else:
                for c in members:  # one by one, as MinHashLSH adds them (set.update(set) may lay the set out otherwise)
                    found.add(c)
        return list(found)


def _worth_checking(jaccard: float, a: int, b: int) -> bool:
    """Whether the signature estimate leaves a chance of a copy (exact check follows)."""
    if jaccard >= ESTIMATE_MIN_JACCARD:
        return True
    small, big = min(a, b), max(a, b)
    containment = jaccard * (small + big) / (small * (1 + jaccard)) if small else 0.0
    return containment >= ESTIMATE_MIN_CONTAINMENT


def _chunks(items: list[int], n: int) -> Iterable[list[int]]:
    for k in range(0, len(items), n):
        yield items[k:k + n]


_DOC_SQL = "select id, issuer, date, published, text from documents where id in ({})"
# The rules' rows only: a row a researcher added (rule 'manual', extract/reviews.py) is there or not
# depending on when reviews were last applied, and must not make a repost a wrapper of its own.
_REQUIREMENT_SQL = (
    """select 'quota', q.document_id, q.start, q."end", p.start, p."end" from quotas q
       left join provisions p on p.id = q.provision_id where q.document_id in ({0}) and q.rule is not 'manual'
       union all
       select 'deadline', d.document_id, d.start, d."end", p.start, p."end" from deadlines d
       left join provisions p on p.id = d.provision_id where d.document_id in ({0}) and d.rule is not 'manual'"""
)


def _load(conn, ids: list[int]) -> list[Doc]:
    marks = ", ".join("?" * len(ids))
    found: dict[int, list[tuple]] = {}
    for kind, doc_id, qs, qe, ps, pe in conn.execute(_REQUIREMENT_SQL.format(marks), ids + ids):
        found.setdefault(doc_id, []).append((kind, qs, qe, ps, pe))
    out = []
    for doc_id, issuer, date, published, text in conn.execute(_DOC_SQL.format(marks), ids):
        text = text or ""
        requirements = []
        for kind, qs, qe, ps, pe in found.get(doc_id, ()):
            lo = max(qs - QUOTA_CONTEXT, ps if ps is not None else 0)
            hi = min(qe + QUOTA_CONTEXT, pe if pe is not None else len(text))
            requirements.append(Requirement(kind, qs, "".join(text[lo:hi].split())))
        out.append(Doc(doc_id, issuer, date, published, text, shingles(text), requirements))
    return out


def _doc(conn, cache: dict[int, Doc], i: int) -> Doc:
    d = cache.pop(i, None)  # re-inserted below: the dict's order is the order of use
    if d is None:
        d = _load(conn, [i])[0]
        if len(cache) >= CACHE_DOCS:
            cache.pop(next(iter(cache)))
    cache[i] = d
    return d
