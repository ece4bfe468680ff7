"""Reading a provision: every candidate resolved into quotas, and a list item's quota read from the one before."""

from __future__ import annotations

from collections.abc import Iterator

from ...lexicons import load
from ...types import Context, Provision, Quota

from .lexicon import _Lexicon, _lexicon
from .clauses import _clause_bounds, _starts_with_any
from .candidates import Drops, _find_hits
from .activities import _activity_key, _marks_re, _marks_words
from .actors import (
    _actor_at_head, _antecedent, _Found, _label_actor, _lead_length, _marker_kind, _members_counted,
    _intro_text, _obliged_subject, _provision_before, _role_of, _Site, _subject_before, _subject_before_semicolon,
)
from .comparators import _right_bound
from .actor_steps import _CONTEXT_ACTOR_STEPS, _first, _lead_part_end, _per_head_cap, _SENTENCE_ACTOR_STEPS
from .exclusions import (
    _bracket_after_role, _in_ten_thousand_chars, _join_bound_pairs, _last_counted, _resolve, _sampled_unit,
)
from .activity_steps import (
    _act_before_object, _activity_around, _ACTIVITY_STEPS, _after_age_cutoff, _carried_words, _HAS_AMOUNT,
    _named_activity, _occasion_length, _scope_marks, _Span, _topic_of_clause_before, _weighted_topic_start,
    _with_paired_quotes, _without_broken_ends, _without_linking_de, _without_share_count, _without_unit_scope,
    _without_writing_verb,
)


def _quota_before_semicolon(text: str, p: _Site, f: _Found) -> Quota | None:
    """The last quota of the provision before, closed by a semicolon, when this provision opens with a bare
    group of pupils and its bound in the same measure word: "三至六年级书面作业平均完成时间不超过60分钟；初中不超过
    90分钟" → the second counts 书面作业平均完成时间 per day too, as a comma between them would say
    (_activity_of_previous). A list item or a clause with words of its own before the bound keeps its own."""
    s, lex, prov, ctx = p.s, p.lex, p.prov, p.ctx
    actor = f.actor
    if actor is None or f.clause != 0 or actor.start != p.head or lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    if not _scope_marks()[0].match(actor.text) or not lex.cmp_before_re.fullmatch(s[actor.end: f.hit.start]):
        return None
    before = _provision_before(prov, ctx)
    if before is None or not before.text.rstrip().endswith(tuple(load("quotas")["marks"]["pronoun_sentence_separators"])) \
            or before.end != prov.start:
        return None
    last = _last_quota_of(text, before, ctx)
    return last if last is not None and last.unit == f.hit.unit and last.activity else None


def _last_quota_of(text: str, prov: Provision, ctx: Context) -> Quota | None:
    """The last quota ``prov`` states, read again (a provision's quotas may hand their act on to the next one)."""
    last = None
    for last in _extract(text, prov, ctx, None):
        pass
    return last


def _quota_of_previous_item(text: str, p: _Site, f: _Found) -> Quota | None:
    """The last quota of the list item before, when this item names nothing counted before its bound:
    "1.校长每学期听课不少于20节；2.教导主任每学期不少于30节" → the second counts 听课 too, in the same
    measure word. Only sibling items (the same kind of marker, right before) that name someone hand it on."""
    s, lex, prov, ctx = p.s, p.lex, p.prov, p.ctx
    if f.clause != 0 or not lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    actor = f.actor
    if actor is None or actor.start < 0:
        return None
    rest = lex.period_re.sub("", s[actor.end: f.hit.start])
    if rest and not lex.cmp_before_re.fullmatch(rest):
        return None  # words of its own before the bound: it names what it counts, or something else
    before = _provision_before(prov, ctx)
    kind = _marker_kind(prov.text, lex)
    if before is None or kind is None or _marker_kind(before.text, lex) != kind:
        return None
    last = _last_quota_of(text, before, ctx)
    # the item before names whose amount it is, as this one does: a bare stage after an item naming no one
    # ("（一）每天户外活动不少于2小时；（二）初中不少于1小时") is left to its own words
    return last if last is not None and last.unit == f.hit.unit and last.activity and last.actor else None


def _intro_bound(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The bound an introduction sets on every line under it ("各类人员每学期听课不少于以下节数：" → >=, then
    "校长20节；" is at least 20; marks.intro_shared_bound), None where it sets none ("须达到以下要求：")."""
    intro = _intro_text(prov, ctx, lex)
    m = _marks_re("intro_shared_bound").search(intro) if intro else None
    if m is None:
        return None
    return ">=" if m.group("ge") else "<="


def _extract(text: str, prov: Provision, ctx: Context, drops: Drops) -> Iterator[Quota]:
    # cheap prefilter: no digit and no Chinese numeral → no quota (every
    # candidate of _find_hits starts with one; see test_prefilter_is_necessary)
    if not _HAS_AMOUNT.search(text, prov.start, prov.end):
        return
    if prov.start < ctx.notice_start:
        return  # a news page's headline or lead paragraph over the notice it quotes
    s = text[prov.start: prov.end]
    lex = _lexicon()
    hits = _find_hits(s, lex, drops)
    if not hits:
        return
    bounds = _clause_bounds(s, lex)
    # heading and list markers are never part of evidence, actor or activity
    lead = _lead_length(s, prov, ctx, lex)
    if lead:
        hits = [h for h in hits if h.start >= lead]
        bounds = [(max(a, lead), b) for a, b in bounds if b > lead]
        if not hits or not bounds:
            return
    site = _Site(s, bounds, hits, lex, prov, ctx)
    found = _join_bound_pairs(s, _resolve(site, drops), lex)

    prev_activity: str | None = None
    meant: dict[int, str] = {}  # where a 每人 stands → whom _subject_before found it means
    for n, f in enumerate(found):
        hit, ci = f.hit, f.clause
        c_start, c_end = bounds[ci]
        prev = _last_counted(found[:n])
        nxt = found[n + 1].hit if n + 1 < len(found) and found[n + 1].clause == ci else None
        # as _resolve found them: the same previous quota, the same clause
        left, unit_end = f.left, f.cmp_end
        right = _right_bound(s, hit, nxt, c_end, lex)

        actor = f.actor
        actor_text = actor.text if actor else None
        if actor_text in lex.pronouns and actor is not None and actor.start in meant:
            actor_text = meant[actor.start]  # the 每人 of a clause before, already resolved
        elif actor_text in lex.pronouns and not (actor is not None and _per_head_cap(s, actor)):
            actor_text = (_label_actor(s, bounds, ci, lex) or _antecedent(s, c_start, lex)
                          or _subject_before(s, bounds, ci, prev, lex) or _obliged_subject(s, bounds, ci, lex)
                          or (_subject_before_semicolon(site, actor) if actor is not None else None)
                          or actor_text)
            if actor is not None and actor_text not in lex.pronouns:
                meant[actor.start] = actor_text
        if actor_text is None and not f.nobody and not f.rate:
            actor_text = _first(_SENTENCE_ACTOR_STEPS if f.sentence_only else _CONTEXT_ACTOR_STEPS, site)

        carried = ""
        if hit.freq_period:
            around, ev_start, ev_end = "", hit.start, hit.end
        else:
            pre_start = left
            band = actor is not None and any(w in s[pre_start: actor.start] for w in load("quotas")["marks"]["band_measure_words"])
            if actor and c_start <= actor.start and actor.end <= hit.start and not band:
                pre_start = max(pre_start, actor.end)
                close = _bracket_after_role(s, c_start, actor.end + 1, lex) if actor.end < hit.start else None
                if close is not None and close < hit.start:
                    pre_start = close + 1  # "青年教师（35周岁以下）不少于20节": the qualifier is no activity
            elif actor is not None and ci > 0 and (unit := _actor_at_head(s, c_start, hit.start, lex)) is not None \
                    and unit.text.startswith(tuple(lex.every)) and _role_of(unit.text, lex) in lex.non_person_roles:
                pre_start = max(pre_start, unit.end)  # "每个机构检查不少于2次": the unit inspected or paid is no activity
            elif actor is None and (stage_end := _lead_part_end(s, c_start, hit, lex, "system_course_hours", "stage")) is not None:
                pre_start = max(pre_start, stage_end)  # "中小学劳动教育课每周…": the stage is no activity
            elif actor is None and (unit_end_at := _lead_part_end(s, c_start, hit, lex, "inclusive_class_cap", "unit")) is not None:
                pre_start = max(pre_start, unit_end_at)  # "每班随班就读学生…": the class capped is no activity
            elif (unit := _sampled_unit(s, c_start, hit.start, lex)) is not None:
                pre_start = max(pre_start, unit.end)  # "每个设区市抽查学校不少于10所": the unit sampled is no activity
            around, after_end = _activity_around(s, hit, pre_start, unit_end, right, lex)
            if not around:
                carried = _carried_words(s[pre_start: hit.start], lex)
            ev_end = max(unit_end, after_end)
            if f.threshold:  # "学生规模在1000人以上": not 的学校
                ev_end = unit_end - len(lex.attributive) if s.endswith(lex.attributive, hit.end, unit_end) else unit_end
            ev_start = left
            m = lex.evidence_head_re.match(s, ev_start, hit.start)
            if m and not _starts_with_any(s[ev_start:], lex.keep_words):  # 在校学生 keeps its 在
                ev_start = m.end()
            if hit.unit in _marks_words("admitted_age_units"):
                ev_start = _after_age_cutoff(s, ev_start, hit.start)
        activity = _named_activity(_with_paired_quotes(_without_broken_ends(_without_unit_scope(
            _first(_ACTIVITY_STEPS, _Span(site, f, around, carried, prev, prev_activity))))))
        activity = _act_before_object(s, c_start, c_end, activity)
        if (topic_start := _weighted_topic_start(site, f, activity)) is not None:
            ev_start = min(ev_start, topic_start)
        period = f.period
        if activity is None and n == 0 and (same := _quota_before_semicolon(text, site, f)) is not None:
            activity, period = same.activity, same.period if period == "total" else period
        if activity and (hit.share or hit.unit in lex.share_units):
            activity = _without_share_count(activity)
        if activity is None and all(g.threshold for g in found[:n]) and not around and not carried \
                and (same := _quota_of_previous_item(text, site, f)) is not None:
            activity = same.activity
        if activity is None and actor_text:
            activity = _members_counted(actor_text, hit.unit)
        if activity is None:
            activity = _with_paired_quotes(_topic_of_clause_before(_Span(site, f, around, carried, prev, prev_activity)))
        closer = actor or f.closing
        if closer and closer.start >= ev_end and (s[ev_end: closer.start] == lex.attributive
                                                  or (closer.start == ev_end and s.endswith(lex.attributive, 0, ev_end))):
            ev_end = closer.end  # "连续任职满6年的校长、副校长": the group the condition defines closes the evidence
        hit = _in_ten_thousand_chars(s, hit)
        while ev_start < hit.start and s[ev_start] in " \u3000、":
            ev_start += 1
        while ev_end > ev_start and s[ev_end - 1] in " \u3000、，,":
            ev_end -= 1
        if not f.threshold:
            prev_activity = activity
        # after prev_activity: a further quota of the same clause counts the act, not its length
        activity = _occasion_length(s, ev_start, hit, activity)
        activity = _without_linking_de(_without_writing_verb(hit, activity))
        if activity and hit.unit == "分" and activity.endswith(_marks_words("points_verbs")):
            activity += hit.unit  # "每项加2分": the points added are 加分, not a bare 加
        # the gap between the cells of a table row set out with spaces is no part of what is counted
        activity = activity.strip(" \u3000\t") or None if activity else activity

        if actor_text is not None and (hit.share or hit.unit in lex.share_units) \
                and _marks_re("stage_of_share").fullmatch(actor_text):
            # "初中三年巩固率保持在98%以上": a rate of the stage, a standard; its words and evidence stay as read
            actor_text = None
        comparator = f.comparator
        # no bounding word of its own, after any amount before it ("任教不满3年的青年教师20节": 不满 bounds the 3年)
        since = max([c_start, *(h.end for h in hits if h.end <= hit.start)])
        if comparator == "=" and not lex.cmp_before_re.search(s, since, hit.start):
            comparator = _intro_bound(prov, ctx, lex) or comparator
        factor = lex.per_year.get(period)
        per_year = None
        if factor is not None and hit.value is not None and not hit.share and hit.unit not in lex.share_units:
            # a range counts at its lower bound, the minimum actually required
            per_year = hit.value * factor
        yield Quota(
            rule=hit.rule,
            actor=actor_text,
            actor_role=_role_of(actor_text, lex) if actor_text else None,
            activity=activity,
            activity_key=_activity_key(activity, hit.unit, lex),
            period=period,
            comparator=comparator,
            value=hit.value,
            value_max=hit.value_max,
            unit=hit.unit,
            per_year=per_year,
            evidence=text[prov.start + ev_start: prov.start + ev_end],
            start=prov.start + ev_start,
            end=prov.start + ev_end,
        )
