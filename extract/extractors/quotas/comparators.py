"""Comparators (至少, 不超过, 以上 …), a clause's bounds around a numeral, groups defined in it, and the candidate
(``_Cand``) the later steps read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ...lexicons import load
from ...zh import CLAUSE_BREAK

from .lexicon import _Lexicon, _need
from .clauses import _Period, _starts_with_any
from .candidates import _ends_with_any, _Hit
from .activities import _adjacent_cmp, _marks_re
from .actors import _Actor, _BRACKET_AFTER_ACTOR, _Found, _HAS_NUMERAL, _last_term, _role_of


#
# The comparator of a quota is the first answer of these steps, in order; each
# reads the hit, the words before it (s[left:hit.start]) and the comparator
# word after its measure word (the longest of comparators.after).


class _CmpSite(NamedTuple):
    s: str
    hit: _Hit
    left: int
    post: str | None  # the comparator of the word right after the measure word
    lex: _Lexicon


def _cmp_range(c: _CmpSite) -> str | None:
    """A range has both ends ("1到2所", "300元至1000元")."""
    return "range" if c.hit.value_max is not None else None


def _cmp_after_word(c: _CmpSite) -> str | None:
    """A word right after the measure word ("20节以上", "5人以内", "30分钟左右")."""
    return c.post


def _cmp_age_list_next(c: _CmpSite) -> str | None:
    """"男55周岁、女50周岁以上": a bare age before the next bounded age of its list takes that bound
    (patterns.age_list_after)."""
    if c.post is not None or c.lex.unit_kind.get(c.hit.unit) != "age":
        return None
    m = _age_list_after().match(c.s, c.hit.end)
    word = m and c.lex.cmp_after_re.match(c.s, m.end())
    return c.lex.cmp_after_of[word.group(0)] if word else None


@lru_cache(maxsize=1)
def _age_list_after() -> re.Pattern[str]:
    """patterns.age_list_after of quotas.yml."""
    return re.compile(_need(load("quotas")["patterns"], "age_list_after", "patterns"))


def _cmp_before_word(c: _CmpSite) -> str | None:
    """The last bounding word before the numeral in its stretch ("至少", "不超过"), else 达到 ("=")."""
    found = [c.lex.cmp_before[m.group(0)] for m in c.lex.cmp_before_re.finditer(c.s, c.left, c.hit.start)
             if not c.lex.shortfall_re.match(c.s, m.start())]  # "不足3人的按3人计": 不足 bounds its own group
    bounding = [x for x in found if x != "="]
    return (bounding or found)[-1] if found else None


def _cmp_adjacent(c: _CmpSite) -> str | None:
    """A one-character word right before the numeral ("满5年", "逾千人", "限1人" but not "期限3年")."""
    if c.hit.start > c.left:
        return _adjacent_cmp(c.s, c.hit.start, c.lex)
    return None


def _cmp_approx_more(c: _CmpSite) -> str | None:
    """余/多 after the numeral ("十余名", "100多人")."""
    return ">=" if c.hit.more else None


_SHARED_LEAD_REACH = 40  # a 、-list of a few short items after its leading 至少


def _cmp_shared_lead(c: _CmpSite) -> str | None:
    """"至少上示范课2节、做专题讲座1次": a leading 至少 bounds each item of its 、-list (marks.shared_lead_bound)."""
    stretch = c.s[c.left: c.hit.start]
    cut = stretch.find("、")
    upto = c.left + cut + 1 if cut >= 0 else c.left
    before = c.s[max(0, upto - _SHARED_LEAD_REACH): upto]
    return ">=" if _marks_re("shared_lead_bound").search(before) else None


def _cmp_bare(c: _CmpSite) -> str | None:
    """A bare value is exact (SCHEMA.md "Comparator of a bare target")."""
    return "="


_COMPARATOR_STEPS = (_cmp_range, _cmp_after_word, _cmp_age_list_next, _cmp_before_word, _cmp_adjacent, _cmp_approx_more,
                     _cmp_shared_lead, _cmp_bare)


def _comparator(s: str, hit: _Hit, left: int, lex: _Lexicon) -> tuple[str, int]:
    """The comparator of ``hit`` (the first answer of ``_COMPARATOR_STEPS``) and the end of its trailing word (以上 …) if any."""
    end = hit.end
    noun = lex.unit_nouns.get(hit.unit)
    skip = len(noun) if noun and s.startswith(noun, end) else 0  # "30节课以上"
    post = None
    # the longest word of cmp_after written right after the measure word
    word_m = lex.cmp_after_re.match(s, hit.end + skip)
    if word_m:
        post = lex.cmp_after_of[word_m.group(0)]
        end = word_m.end()
    elif lex.unit_kind.get(hit.unit) == "time" and (within := lex.within_re.match(s, hit.end)):
        post, end = lex.within_of[within.group(0)], within.end()  # "在90分钟内完成"
    site = _CmpSite(s, hit, left, post, lex)
    return next(c for step in _COMPARATOR_STEPS if (c := step(site)) is not None), end


def _sanction_flip(s: str, bounds: list[tuple[int, int]], ci: int, cmp_end: int, lex: _Lexicon) -> dict[str, str] | None:
    """The comparator swap for a threshold stated on its forbidden side
    ("缺勤超过4学时的，不予结业" → at most 4; "考勤不足80%的，不予认定" → at least 80%)."""
    _, c_end = bounds[ci]
    rest = s[cmp_end:c_end].strip()
    if ci + 1 >= len(bounds) or not rest.startswith(lex.attributive):
        return None
    if rest != lex.attributive and not lex.sanction_judged_re.fullmatch(rest, len(lex.attributive)):
        return None  # "…的学校，由县教育局约谈校长": the thing judged before the comma
    a, b = bounds[ci + 1]
    # "…的，不予结业", "…的，当年年度考核不得确定为优秀", "…的，须重新参加"
    if not lex.sanction_re.search(s, a, min(b, a + 14)):
        return None
    if _unmet_opener().match(s[a:b].lstrip()):
        return None  # "…不少于120学时的岗前培训，未完成者不得…": the bound is the requirement
    return {">=": "<=", "<=": ">="}


@lru_cache(maxsize=1)
def _unmet_opener() -> re.Pattern[str]:
    return re.compile(load("quotas").get("unmet_opener") or "(?!)")


def _sanction_flip_in_clause(s: str, cmp_end: int, lex: _Lexicon) -> dict[str, str] | None:
    """The same swap when the sanction follows 的 in the same clause
    ("成绩低于60分的不得参加复试" → at least 60; "缺课超过3天的须重新参加培训" → at most 3)."""
    if not s.startswith(lex.attributive, cmp_end):
        return None
    a = cmp_end + len(lex.attributive)
    m = lex.sanction_re.search(s, a, a + int(load("quotas").get("sanction_reach", 8)))
    if m and m.start() > a + 2 and not lex.sanction_judged_re.fullmatch(s, a, m.start()):
        m = None  # "…的食堂须限期整改": the thing judged (and a modal), then the sanction
    if not m or CLAUSE_BREAK.search(s, cmp_end, m.start()):
        return None
    return {">=": "<=", "<=": ">="}


def _is_weak(hit: _Hit, has_period: bool, cmp: str) -> bool:
    """Whether a Chinese-numeral count has nothing to show it is a requirement."""
    return hit.chinese and not hit.share and not has_period and cmp == "=" and hit.freq_period is None


def _accept_weak(s: str, hit: _Hit, prev_hit: _Hit | None, clause_start: int, lex: _Lexicon) -> bool:
    """Accept a bare Chinese count only after a target verb ("举办一次", "培养选拔十名")
    or as the next item of a list of counts ("十名…、百名…和千名…")."""
    rest = s[hit.end:]
    if _starts_with_any(rest, lex.enum_nouns) or rest[:1] in ("：", ":"):
        return False
    before = s[clause_start: hit.start]
    if _postposed_count(s, hit, before):
        return True
    if before.endswith(("”", "》", "'", '"')):
        return False
    if _ends_with_any(before, lex.target_verbs):
        return True
    scope = lex.verb_scope_re.search(before)  # "覆盖全市三万名教职工": a scope between verb and count
    if scope and _ends_with_any(before[: scope.start()], lex.target_verbs):
        return True
    if prev_hit is not None and prev_hit.end >= clause_start:
        between = s[prev_hit.end: hit.start]
        if len(between) <= 14 and between.endswith(lex.separators + lex.conjunctions):
            return True
    return False


@lru_cache(maxsize=1)
def _postposed_marks() -> tuple[frozenset[str], tuple[str, ...]]:
    """marks: postposed_count_units, postposed_count_ends."""
    marks = load("quotas")["marks"]
    return frozenset(_need(marks, "postposed_count_units", "marks")), tuple(_need(marks, "postposed_count_ends", "marks"))


def _postposed_count(s: str, hit: _Hit, before: str) -> bool:
    """Copies written after the thing they are of, closing the clause or list item
    ("提交诊断证明一份。", "每生一份，…"): a count of what is handed in or out."""
    units, ends = _postposed_marks()
    if hit.unit not in units or not before or not "\u4e00" <= before[-1] <= "\u9fff":
        return False
    rest = s[hit.end: hit.end + 1]
    return rest == "" or rest in ends


def _list_cut(gap: str, lex: _Lexicon) -> tuple[int, int]:
    """Where a list of counts is cut between two quotas (the first 、, else the first 和/及/与) and the cut's length."""
    cut = min((i for w in lex.separators if (i := gap.find(w)) >= 0), default=-1)
    if cut < 0:
        cut = min((gap.find(w) for w in lex.conjunctions if w in gap), default=-1)
    if cut < 0:
        return -1, 0
    return cut, next((len(w) for w in lex.list_cut_words if gap.startswith(w, cut)), 1)


def _left_bound(s: str, prev: _Hit | None, hit: _Hit, c_start: int, lex: _Lexicon) -> int:
    """Start of a quota's stretch: its clause, or just after the previous quota of the clause."""
    if prev is None or prev.end < c_start:
        return c_start
    cut, width = _list_cut(s[prev.end: hit.start], lex)
    return prev.end if cut < 0 else prev.end + cut + width


def _right_bound(s: str, hit: _Hit, nxt: _Hit | None, c_end: int, lex: _Lexicon) -> int:
    """End of a quota's stretch: its clause end, or the list cut before the next quota."""
    if nxt is None:
        return c_end
    cut, _ = _list_cut(s[hit.end: nxt.start], lex)
    return hit.end + cut if cut >= 0 else nxt.start


def _group_actor(
    s: str, bounds: list[tuple[int, int]], ci: int, lex: _Lexicon, memo: dict[int, _Actor | None] | None = None
) -> _Actor | None:
    """A group set up at the end of an earlier clause of the sentence (…讲师团队，…，每学年…).

    ``memo`` keeps each clause's answer for the other hits of the provision.
    """
    for j in range(ci - 1, -1, -1):
        if memo is not None and j in memo:
            found = memo[j]
        else:
            found = _group_at_end(s, bounds[j], lex)
            if memo is not None:
                memo[j] = found
        if found is not None:
            return found
    return None


def _group_at_end(s: str, bound: tuple[int, int], lex: _Lexicon) -> _Actor | None:
    """A group role closing the clause ``s[bound]``, if any."""
    a, b = bound
    seg = s[a:b].rstrip()
    for m in lex.role_re.finditer(seg):
        if m.end() == len(seg) and lex.role_of.get(_last_term(m.group(0), lex)) in lex.group_roles:
            return _Actor(m.group(0), a + m.start(), a + m.end())
    return None


def _defined_group(s: str, bound: tuple[int, int], hit: _Hit, lex: _Lexicon) -> _Actor | None:
    """A clause that ends by naming the group its own count defines
    ("连续任职满两届的校长，原则上应当交流" → 校长)."""
    a, b = bound
    seg = s[hit.end:b].rstrip()
    # a gloss in brackets right after the count ("满2届(每届3年)的校长") stands outside the gap before 的
    gloss = _BRACKET_AFTER_ACTOR.match(seg)
    gap = _DEFINED_GAP + (gloss.end() if gloss else 0)
    k = seg.find(lex.attributive)
    first = lex.actor_re.match(seg, k + 1) if 0 <= k <= gap else None
    if first is not None and seg.startswith("、", first.end()) and _HAS_NUMERAL.search(seg, first.end()):
        # "满2届的校长、连续任教满6年的专任教师": the next group has a count of its own defining it
        return _Actor(first.group(0), hit.end + first.start(), hit.end + first.end())
    m = None
    for m in lex.role_re.finditer(seg):
        pass
    if m is not None and m.end() == len(seg) and seg[: m.start()].endswith(lex.attributive):
        return _Actor(m.group(0), hit.end + m.start(), hit.end + m.end())
    if m is not None and m.end() == len(seg) and 0 <= k <= gap and k + 1 < m.start() and (
        lex.topic_prefix_re.fullmatch(seg[k + 1: m.start()])
    ) and _role_of(m.group(0), lex) not in lex.non_person_roles:
        # "满6年的公办义务教育学校在编在岗教师，原则上应当交流": the schools qualify the people the count defines,
        # and the qualified role closing the clause is the group (r72b: of the gold quotas so worded, 43 name the
        # people, 18 none); a studio or school so defined ("运行满两年的省级中小学名师工作室") stays unnamed
        return _Actor(seg[k + 1: m.end()], hit.end + k + 1, hit.end + m.end())
    # "满9年的专任教师应当交流": the role the condition defines heads the rest of the clause
    # (several roles joined: "满6年的校长、副校长原则上应进行交流"; ``first`` read above)
    if first is None:
        return None
    rest = seg[first.end():]
    # "满2届的校长、副校长，原则上应当交流": several roles joined close the clause as one role does
    if not rest or lex.subject_modal_re.match(rest) or _starts_with_any(rest, _defined_role_then()):
        return _Actor(first.group(0), hit.end + first.start(), hit.end + first.end())
    return None


_DEFINED_GAP = 2  # "满9年的", "不足5年的": the measure word (年) is in the hit; at most a word before 的


@lru_cache(maxsize=1)
def _defined_role_then() -> tuple[str, ...]:
    """defined_role_then of quotas.yml: words after a role defined by a condition that make it the subject."""
    return tuple(load("quotas")["marks"]["defined_role_then"])


@dataclass
class _Cand:
    """A hit under resolution: what the steps have settled so far."""

    hit: _Hit
    ci: int
    c_start: int
    c_end: int
    prev: _Found | None  # the quota kept before it in the provision
    left: int = 0
    cmp: str = "="
    cmp_end: int = 0
    restated: _Found | None = None  # "…不少于360学时，折合36学分": the quota it restates
    own: list[_Period] | None = None  # period words of its own clause before it
    period: str = ""
    own_period: bool = False
    actor: _Actor | None = None
    own_actor: _Actor | None = None  # the actor its own clause names (before inheriting)
    measured: bool = False  # its words name a measure of a group ("合格率"), not a duty
    adjacent: bool = False  # the previous quota is in its clause or the one before
