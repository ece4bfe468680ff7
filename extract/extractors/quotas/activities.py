"""Activity words (what a quota counts, read from the words around its numeral), and the readers of quotas.yml's
``marks`` (``_marks_re``, ``_marks_words``) that every later step uses."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import load

from .lexicon import _Lexicon, _LIST_ITEM
from .clauses import _find_periods, _Period, _starts_with_any
from .candidates import _ends_with_any


def _strip_function_words(s: str, lex: _Lexicon) -> str:
    """Drop function words from both ends ("将…", "…等"), keeping words like 及时, 能力."""
    changed = True
    while changed and s:
        changed = False
        if not _starts_with_any(s, lex.keep_words):
            w = _starts_with_any(s, lex.function_words)
            if w:
                s, changed = s[len(w):], True
        w = _ends_with_any(s, lex.function_words)
        if w and not _ends_with_any(s, lex.keep_words):
            s, changed = s[: -len(w)], True
    return s.strip("、，, “”\"")


def _activity_before(pre: str, lex: _Lexicon) -> str:
    """The activity words before the numeral, or "" when they only carry it on.

    Words after the last period word win ("校长每学期至少听课30节" → 听课);
    with none there, the words before it count ("乡村教师培训每年每人不少于5天"
    → 乡村教师培训), from the last 、 on, since a list before the period names
    other things ("提交研修课过程材料、每学期不少于10节").
    """
    pre = _marks_re("activity_per_pupil_end").sub("", pre)  # "新增图书不少于生均" → 新增图书不少于
    # "校本研修学时占年度总学时的比例": the period word after 占 is the base's, not the activity's (marks.period_in_base)
    periods = [p for p in _activity_periods(pre, lex) if not _marks_re("period_in_base").search(pre, 0, p.start)]
    if periods:
        # "每月底前报送活动简报" → 报送活动简报: the point in the period is when, not what (marks.period_point)
        rest = pre[periods[-1].end:]
        within = _marks_re("period_within").match(rest)  # "每学年内开展…": 内 closes the period
        rest = rest[within.end():] if within else rest
        after = _activity_words(_marks_re("period_point").sub("", rest, count=1), lex)
        if after is not None:
            return after
        pre = pre[: periods[-1].start]
        pre = pre[: len(pre) - len(_ends_with_any(pre, lex.period_lead_words) or "")]  # "近5年累计…": 近 bounds the period
        pre = pre[pre.rfind("、") + 1:]
    return _activity_words(pre, lex) or ""


def _activity_periods(pre: str, lex: _Lexicon) -> list[_Period]:
    """The period words of ``pre`` that are not also the counted noun ("周课时量不超过12节"
    keeps 周课时: the week is its period and the weekly load what is counted)."""
    return [p for p in _find_periods(pre, lex) if pre[p.start: p.end] not in lex.period_nouns]


_CAP_HEAD = re.compile("^限额?")  # what a kept cap word drops before its verb (comparators.before_verb_kept)


@lru_cache(maxsize=1)
def _cmp_verbs_kept() -> frozenset[str]:
    """Cap words whose verb is what is counted (限主持 → 主持: comparators.before_verb_kept)."""
    return frozenset(load("quotas")["comparators"].get("before_verb_kept") or ())


def _cap_verb(cap: str, rest: str) -> str:
    """What a cap word before the numeral leaves of the activity: 限主持 → 主持, 限额推荐 → 推荐, 限报 → 申报
    (none when the words before already name it: "课题申报每人限报1项"), other comparators nothing."""
    named = _cmp_verbs_named().get(cap)
    if named is not None:
        return "" if named in rest else named
    return _CAP_HEAD.sub("", cap) if cap in _cmp_verbs_kept() else ""


@lru_cache(maxsize=1)
def _cmp_verbs_named() -> dict[str, str]:
    """Cap words that stand for a verb they do not spell out whole (限报 → 申报: comparators.before_verb_named)."""
    return dict(load("quotas")["comparators"].get("before_verb_named") or {})


@lru_cache(maxsize=4096)  # pure; read twice per quota (_measured, then the activity)
def _activity_words(pre: str, lex: _Lexicon) -> str | None:
    """Content words of ``pre``: None when there are none, "" when a carrier
    verb hands the activity on to the noun after the measure word."""
    pre = lex.pronoun_re.sub("", pre)
    pre = lex.cmp_before_re.sub(lambda m: _cap_verb(m.group(0), pre[: m.start()] + pre[m.end():]), pre)
    if _adjacent_cmp(pre, len(pre), lex):  # "连续任教满6年" → 连续任教
        pre = pre[:-1]
    for p in reversed(_activity_periods(pre, lex)):  # "每个周期" keeps its 周期
        # a look-back's 近 and a span's 内 go with the period they bound ("近5年累计…", "每个周期内培养…"):
        # alone they name nothing that is counted
        start = p.start - len(_ends_with_any(pre[: p.start], lex.period_lead_words) or "")
        within = _marks_re("period_within").match(pre, p.end)
        pre = pre[:start] + pre[within.end() if within else p.end:]
    pre = lex.year_lead_re.sub("", pre)
    pre = lex.activity_adjunct_re.sub("", pre)
    pre = _marks_re("bound_tail_lead").sub("", pre)  # "…45周岁以下的青年教师不少于…" → 青年教师
    pre = pre.strip("、，, “”\"")
    if pre in lex.tally_words:
        return ""
    for step in (0, 1):
        if not pre:
            return None
        if _ends_with_any(pre, lex.carrier_verbs) and not _ends_with_any(pre, lex.keep_words):
            return ""
        if step == 0:
            pre = _strip_function_words(pre, lex)
    lead = _starts_with_any(pre, lex.carrier_verbs)
    # a carrier verb stays on a lone suffix it forms a word with ("参加率", "开展率": no activity "率")
    if lead and len(pre) > len(lead) + 1:
        pre = _strip_function_words(pre[len(lead):], lex)
    return pre


_COORDINATED_NOUN = 2  # the longest item (but the last) of a 、-list read as nouns sharing what follows


def _coordinated_nouns(words: str) -> bool:
    """"学生、家长满意度调查", "教师、学生、家长座谈会": short nouns before the last item share it."""
    items = words.split("、")
    return len(items) > 1 and all(0 < len(x) <= _COORDINATED_NOUN for x in items[:-1])


def _activity_after(s: str, a: int, b: int, unit: str, lex: _Lexicon) -> tuple[str, int]:
    """The counted noun after the measure word and where it ends ("一次校长论坛" → 校长论坛)."""
    seg = s[a:b]
    pos = 0
    noun = lex.unit_nouns.get(unit)
    # "一节课的…" skips the 课 of 节课, but not one that opens a measure word of its own: in "12节课时工作量"
    # the 课时 heads what is counted (课时工作量), so the activity keeps it
    # (nor one opening a word of its own: "1节课题研究课", marks.unit_noun_words)
    if (noun and seg.startswith(noun) and not any(len(u) > len(noun) and seg.startswith(u) for u in lex.unit_kind)
            and not seg.startswith(_marks_words("unit_noun_words"))):
        pos = len(noun)
    if seg.startswith(lex.attributive, pos):
        pos += len(lex.attributive)
    if seg.startswith(("(", "（"), pos):
        # "每年不少于8本(以科普读物为主)": a gloss opened right after the measure word qualifies the
        # count; nothing after it is what is counted (no held-out gold activity or evidence reaches into one)
        return "", a
    theme = _marks_re("theme_after_count").match(seg, pos)
    if theme:
        # "2次以珍爱生命为主题的班会" → 珍爱生命主题班会: the theme names the act, its 为主 bounds nothing
        stop = lex.activity_stop_re.search(seg, theme.start("act"), theme.end("act"))
        act_end = stop.start() if stop else theme.end("act")
        act = seg[theme.start("act"):act_end]
        if act:
            return theme.group("theme") + "主题" + act, a + act_end
    stop = lex.activity_stop_re.search(seg, pos)
    while stop and lex.level_open_re.search(seg, pos, stop.start()):
        stop = lex.activity_stop_re.search(seg, stop.end())  # "1次州（市）级以上示范课": a level, not a bound
    end = stop.start() if stop else len(seg)
    # a list continues the activity only when its items are short verbs
    # ("一次考核、调整、增补"); otherwise 、 starts something else
    i = seg.find("、", pos, end)
    while i >= 0:
        nxt = _LIST_ITEM.match(seg[i + 1:end]).group(0)
        # "一次学生、家长满意度调查": a bare two-character noun first is coordinated with the next item
        if (len(nxt) > 4 or len(seg[pos:i]) > 6) and not _coordinated_nouns(seg[pos:end]):
            end = i
            break
        i = seg.find("、", i + 1, end)
    # a closing bracket that was never opened here ends the clause ("公需知识30学时)")
    depth = 0
    for k in range(pos, end):
        if seg[k] in "(（":
            depth += 1
        elif seg[k] in ")）":
            if depth == 0:
                end = k
                break
            depth -= 1
    words = seg[pos:end]
    suffix = _ends_with_any(words, lex.activity_suffixes)
    if suffix and len(words) > len(suffix) + 1:
        words = words[: -len(suffix)]
    stripped = _strip_function_words(words, lex)
    if not stripped:
        return "", a
    if _marks_re("activity_result_after").match(stripped):
        # "每周5天全覆盖": a coverage result after the measure word names nothing counted, but the evidence
        # states it (marks.activity_result_after)
        return "", a + pos + words.rfind(stripped[-1]) + 1
    tail = words.rfind(stripped[-1]) + 1 if stripped else 0
    return stripped, a + pos + tail


@lru_cache(maxsize=4096)  # pure; activities repeat ("听课", "培训")
def _activity_key(activity: str | None, unit: str, lex: _Lexicon) -> str | None:
    if activity:
        for key, words, units in lex.activity_res:
            if units is not None and unit not in units:
                continue
            if words.search(activity):
                return key
    return lex.activity_by_unit.get(unit)


def _adjacent_cmp(s: str, k: int, lex: _Lexicon) -> str | None:
    """The comparator of a one-character word ending at ``k`` ("满", "限"), unless it ends a longer word (期限)."""
    word = s[k - 1: k] if k else ""
    cmp = lex.cmp_adjacent.get(word)
    if cmp and k >= 2 and s[k - 2] in lex.cmp_adjacent_not_after.get(word, ()):
        return None
    return cmp


@lru_cache(maxsize=None)
def _marks_re(key: str) -> re.Pattern[str]:
    """A pattern of quotas.yml ``marks``, compiled once (it is tested at every candidate)."""
    return re.compile(load("quotas")["marks"][key])


@lru_cache(maxsize=None)
def _marks_words(key: str) -> tuple[str, ...]:
    """A word list of quotas.yml ``marks``, read once (it is tested at every candidate)."""
    return tuple(load("quotas")["marks"][key])
