"""Resolve an issuer's jurisdiction to a GB/T 2260 adcode using cpca's packaged table.

cpca (MIT) ships ``resources/adcodes.csv`` (adcode, name, longitude,
latitude; 3,512 units down to county level). We read the table, not cpca's
matcher: the matcher maps "各县(市、区)教育局" to 重庆市 (FIELD-NOTES.md).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from .dialling import dialled_places
from .lexicons import load, schema_dir
from .zh import CJK
from .types import Region


@dataclass(frozen=True)
class Unit:
    """One row of the adcode table."""

    adcode: str
    name: str
    level: str
    longitude: float | None
    latitude: float | None


def _level(adcode: str) -> str:
    if adcode.endswith("0000"):
        return "province"
    if adcode.endswith("00"):
        return "prefecture"
    return "county"


def _table_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("cpca is not installed: pip install cpca==0.5.5")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """All units by six-digit adcode (the table stores twelve digits)."""
    out: dict[str, Unit] = {}
    with _table_path().open(encoding="utf-8") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        # columns by name, as csv.DictReader would read them, without a dict per row
        a, n, lon, lat = (header.index(c) for c in ("adcode", "name", "longitude", "latitude"))
        for row in rows:
            if not row:  # DictReader skips blank lines too
                continue
            code = row[a][:6]
            out[code] = Unit(
                code,
                row[n],
                _level(code),
                float(row[lon]) if row[lon] else None,
                float(row[lat]) if row[lat] else None,
            )
    for code, name, lon_, lat_ in added_units():
        out.setdefault(code, Unit(code, name, _level(code), lon_, lat_))
    return out


@lru_cache(maxsize=1)
def added_units() -> tuple[tuple[str, str, float | None, float | None], ...]:
    """regions.yml ``units_added``: units set up after cpca's table (湟中区 630106), with their coordinates."""
    return tuple((str(c), n, lon, lat) for c, n, lon, lat in load("regions").get("units_added", ()))


@lru_cache(maxsize=1)
def _added_codes() -> frozenset[str]:
    return frozenset(code for code, *_ in added_units())


def _newest(units_: list[Unit]) -> list[Unit]:
    """One name's units without those an added unit of the same province replaced (湟中 → 湟中区, not 湟中县)."""
    added = _added_codes()  # asked for each of the ~6,000 names: the set is made once
    new = {u.adcode[:2] for u in units_ if u.adcode in added}
    return [u for u in units_ if u.adcode in added or u.adcode[:2] not in new]


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, list[Unit]], dict[str, list[Unit]], dict[str, tuple[int, ...]]]:
    """Units by full name and by short name, and the lengths of the names by their first two characters."""
    lex = load("regions")
    suffixes = sorted(lex["suffixes"], key=len, reverse=True)
    full: dict[str, list[Unit]] = {}
    short: dict[str, list[Unit]] = {}
    for unit in units().values():
        if len(unit.name) < 2:  # the table has a bare "县" row (重庆市县 500200)
            continue
        full.setdefault(unit.name, []).append(unit)
        for suffix in suffixes:
            if unit.name.endswith(suffix) and len(unit.name) - len(suffix) >= 2:
                short.setdefault(unit.name[: -len(suffix)], []).append(unit)
                break
    for name, units_ in _unit_word_names().items():
        if name not in short and name not in full:  # 本溪 stays 本溪市
            short[name] = list(units_)
    for word in lex["not_short_names"]:
        short.pop(word, None)
    full = {name: _newest(units_) for name, units_ in full.items()}
    short = {name: _newest(units_) for name, units_ in short.items()}
    lengths: dict[str, set[int]] = {}
    for name in set(full) | set(short):  # every name has two characters at least
        lengths.setdefault(name[:2], set()).add(len(name))
    return full, short, {prefix: tuple(sorted(ls, reverse=True)) for prefix, ls in lengths.items()}


@lru_cache(maxsize=1)
def _autonomous() -> re.Pattern[str]:
    peoples = "|".join(sorted(map(re.escape, load("regions")["autonomous_peoples"]), key=len, reverse=True))
    return re.compile(rf"(?:(?:{peoples})族?)+自治([县旗州])$")


@lru_cache(maxsize=1)
def _unit_word_names() -> dict[str, list[Unit]]:
    """Autonomous units by place name without the peoples (互助 for 互助土族自治县): they count only before 县 / 旗 / 州."""
    out: dict[str, list[Unit]] = {}
    for unit in units().values():
        m = _autonomous().search(unit.name)
        if m and m.start() >= 2:
            out.setdefault(unit.name[: m.start()], []).append(unit)
    return out


def _unit_word(units_: list[Unit]) -> str:
    """The unit word an autonomous unit's short form needs after it: 县, 旗 or 州."""
    return _autonomous().search(units_[0].name).group(1)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """All names, longest first: a place name is the longest name starting at its position."""
    full, short, _ = _names()
    names = sorted(set(full) | set(short), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


# Compiling the pattern of ~6,000 names takes ~0.07 s, more than matching all the
# issuers and titles of a large build by looking names up; long texts use it.
_LOOKUP_CHARS = 400


def _name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each place name in ``text``, left to right, as ``_pattern().finditer`` finds them."""
    if len(text) > _LOOKUP_CHARS:
        for m in _pattern().finditer(text):
            yield m.span()
        return
    full, short, lengths = _names()
    i, n = 0, len(text)
    while i < n - 1:
        for size in lengths.get(text[i : i + 2], ()):
            end = i + size
            if end <= n and ((name := text[i:end]) in full or name in short):
                yield i, end
                i = end
                break
        else:
            i += 1


def _parent(code: str, level: str) -> str:
    return code[:2] + "0000" if level == "province" else code[:4] + "00"


def _contains(outer: Unit, inner: Unit) -> bool:
    if outer.level == "province":
        return inner.adcode[:2] == outer.adcode[:2]
    if outer.level == "prefecture":
        return inner.adcode[:4] == outer.adcode[:4]
    return outer.adcode == inner.adcode


@lru_cache(maxsize=1)
def town_organ() -> re.Pattern[str]:
    """A town's name followed by a town organ or school (regions.yml town_organs); group 1 is the town.

    A school's ordinal (第三) or 中心 may stand between: 某某镇中心小学, 某某乡第二中学.

    Example: ``town_organ().search("西樵镇第三初级中学教务处").group(1)`` → ``"西樵镇"``; a one-character
    town the table of towns lists reads only where no name runs into it: ``侯镇中心学校`` → ``"侯镇"``.
    """
    organs = "|".join(sorted(map(re.escape, load("regions")["town_organs"]), key=len, reverse=True))
    # a one-character town (侯镇, 乌镇) only as the table of towns writes it, and standing alone
    short = "|".join(sorted(re.escape(name) for name in _townships() if len(name) == 2))
    short = rf"(?<![{CJK}])(?:{short})|" if short else ""
    return re.compile(rf"({short}[{CJK}]{{2,5}}?[镇乡])(?:第[一二三四五六七八九十\d]{{1,3}}|中心)?(?:{organs}|$)")


def _inside(outer: list[Unit], inner: list[Unit]) -> list[Unit]:
    """The units of ``inner`` that lie in one of ``outer``'s.

    Example: Anhui and the units named 霍山 (霍山县, Anhui) → ``[Unit("341525", "霍山县", …)]``.
    """
    return [unit for unit in inner if any(_contains(o, unit) for o in outer)]


def _town_reading(text: str, start: int, end: int) -> bool:
    """The short name at ``text[start:end]`` is a town's own name: 威远 in 威远镇, not 威远县."""
    return text[start:end] not in _names()[0] and text[end:].startswith(tuple(load("regions")["town_words"]))


def _town(text: str) -> str | None:
    """The town or township named in ``text`` once county and higher names are blanked."""
    parts, last = [], 0
    for start, end in _name_spans(text):
        if _town_reading(text, start, end):  # 威远镇中心学校: 威远 is the town's name, kept
            continue
        parts += [text[last:start], " "]
        last = end
    parts.append(text[last:])
    if m := town_organ().search("".join(parts)):
        return m.group(1)
    if m := town_organ().search(text):
        # a town whose name begins with a county's short name (黄龙溪镇: 黄龙 is 黄龙县's,
        # blanked above): the table of towns knows it, with or without a county before it
        name = m.group(1)
        return next((name[i:] for i in range(len(name) - 1) if name[i:] in _townships()), None)
    return None


@lru_cache(maxsize=1)
def _guarded_followers() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """regions.yml ``guarded_followers``: (rule id, follower, the form it must take)."""
    return tuple((r["id"], r["follower"], re.compile(r["pattern"]))
                 for r in load("regions").get("guarded_followers") or ())


def _followed(rest: str, follow: tuple[str, ...]) -> bool:
    """``rest`` (the text after a short name) opens with a follower that makes the name a place.

    Example: ``_followed("第一中学", ("第",))`` → True; ``_followed("第18周", ("第",))`` → False.
    """
    if not rest.startswith(follow):
        return False
    guard = next((pattern for _rule, word, pattern in _guarded_followers() if rest.startswith(word)), None)
    return guard is None or bool(guard.match(rest))


def _by_unit_word(name: str, options: list[Unit], word: str) -> list[Unit]:
    """The units a short name denotes with the unit word after it (regions.yml ``unit_words``).

    Example: 大通 before 县 → 大通回族土族自治县 (青海), not 大通区 (安徽); before 教育局 → as found.
    """
    if word not in load("regions").get("unit_words", ()):
        return options
    autonomous = [u for u in _unit_word_names().get(name, ()) if u not in options]
    fit = [u for u in options if u.name.endswith(word)]
    fit += [u for u in autonomous if _unit_word([u]) == word]
    return fit or options


def full_name_at(text: str, pos: int = 0) -> int:
    """The length of the unit's full name opening ``text`` at ``pos`` (如皋市, 将乐县), else 0.

    Example: ``full_name_at("如皋市教师发展中心负责研发")`` → 3; ``full_name_at("如有问题")`` → 0.
    """
    full, _, lengths = _names()
    for n in lengths.get(text[pos : pos + 2], ()):
        if text[pos : pos + n] in full:
            return n
    return 0


# closing marks after which a conjunction name's first character joins what comes before it (《…》和县教育局)
_CLOSING_MARKS = "》〉」』”’）)】"


@lru_cache(maxsize=1)
def _conjunction_names() -> frozenset[str]:
    """regions.yml ``conjunction_names``: full names that are a conjunction and a word after another word (和县)."""
    return frozenset(load("regions").get("conjunction_names") or ())


def find_units(text: str, town_names: bool = False) -> list[list[Unit]]:
    """Every place name in ``text``, each with the units it may denote.

    A short name (清流 for 清流县) counts only where an organisation word
    follows or another unit directly precedes it, so 和平 in 和平发展 is not
    和平区 and 资源 in 人力资源和社会保障局 is not 资源县. A short name that is
    a town's own name (威远镇: regions.yml town_words) counts only with
    ``town_names``: the town may lie in another county (威远镇 is in 互助县).

    Example: ``find_units("中共清流县教育局党组")`` → ``[[Unit("350423", "清流县", …)]]``.
    """
    full, short, _ = _names()
    follow = tuple(load("regions")["short_name_followers"])
    found: list[list[Unit]] = []
    last_end = -1
    for start, end in _name_spans(text):
        name = text[start:end]
        if name in _conjunction_names() and start and re.match(f"[{CJK}{_CLOSING_MARKS}]", text[start - 1]) \
                and not (found and start == last_end):
            continue  # 教育局和县教研室, 《…纲要》和县教育局: 和 joins two organs or a document and an organ
        if name in full:
            found.append(full[name])
        elif not town_names and _town_reading(text, start, end):
            continue
        elif name in _unit_word_names() and short.get(name) == _unit_word_names()[name]:
            # 互助县 is 互助土族自治县; 互助 in 互助教育 is no place
            if not text[end:].startswith(_unit_word(short[name])):
                continue
            found.append(short[name])
        # right after another unit but not inside it: a school's or street's own name
        # (安溪县龙湖实验学校: 龙湖区 lies in 广东)
        elif found and start == last_end and not _inside(found[-1], short[name]):
            continue
        # before an organ word (清流教育局)
        elif _followed(text[end:], follow):
            found.append(_by_unit_word(name, short[name], text[end:end + 1]))
        # right after another unit and inside it (安徽省霍山); 解放 in 伊宁市解放路小学
        # is a street's name, as 解放区 lies in another province
        elif found and start == last_end and (inside := _inside(found[-1], short[name])):
            found.append(inside)
        else:
            continue
        last_end = end
    return found


def resolve(sources: list[str | None], town_names: bool = False) -> tuple[Region | None, tuple[str, ...]]:
    """See :func:`_resolve`; a town's own name still narrows a prefecture or province found otherwise.

    Example: ``resolve(["武功镇中心学校", "咸阳市教育局"])`` → 武功县 (in 咸阳市), township 武功镇.
    """
    region, considered = _resolve(sources, town_names)
    if not town_names and region is not None and region.level in ("province", "prefecture"):
        narrower, _ = _resolve(sources, True)
        if narrower is not None and narrower.county and narrows(region, narrower):
            return narrower, ()
    return region, considered


def narrows(wide: Region, narrow: Region) -> bool:
    """Whether ``narrow`` is a county (or a town of one) inside the province or prefecture ``wide``.

    Example: 咸阳市 (610400) and 武功县 (610431) → True; 咸阳市 and 西安市雁塔区 → False.
    """
    return wide.level in ("province", "prefecture") and narrow.adcode.startswith(
        wide.adcode[: 2 if wide.level == "province" else 4])


def _resolve(sources: list[str | None], town_names: bool = False) -> tuple[Region | None, tuple[str, ...]]:
    """The most specific unit named consistently in the first source that names one.

    Sources are tried in order (issuer, title, web-page fields …). Within a
    source, an ambiguous name is settled by another unit that contains one
    reading (福建省 … 鼓楼区); if it stays ambiguous the result is None plus
    the candidates considered, never a guess. A township issuer
    (落儿岭镇中心学校) keeps its county's adcode and the town name. A town's
    own name (威远镇) names a county only with ``town_names`` (see :func:`find_units`).

    Example: ``resolve(["安徽省霍山落儿岭镇中心学校"])`` → 霍山县 341525, township 落儿岭镇.
    """
    considered: list[str] = []
    town: str | None = None
    for source in sources:
        if not source:
            continue
        if town is None:
            town = _town(source)
        found = find_units(source, town_names)
        if not found:
            continue
        unique = [u[0] for u in found if len(u) == 1]
        chosen: list[Unit] = []
        for options in found:
            fits = [o for o in options if all(_contains(a, o) or _contains(o, a) for a in unique)]
            if len(fits) == 1:
                chosen.append(fits[0])
            else:
                considered.extend(f"{o.name} {o.adcode}" for o in options)
        if not chosen:
            continue
        order = {"county": 0, "prefecture": 1, "province": 2}
        best = min(chosen, key=lambda u: order[u.level])
        if any(not (_contains(c, best) or _contains(best, c)) for c in chosen):
            considered.extend(f"{c.name} {c.adcode}" for c in chosen)
            continue
        if town is None:
            for later in sources[sources.index(source) + 1 :]:
                if later and (town := _town(later)):
                    break
        return _region(best, town if best.level == "county" else None), ()
    return None, tuple(dict.fromkeys(considered))


def town_county(text: str, town: str) -> str | None:
    """The county the text names right before ``town`` (互助县威远镇, 海东市互助土族自治县威远镇), as a qualified name.

    Example: ``town_county("地址：青海省海东市互助土族自治县威远镇南门峡路", "威远镇")`` → ``"青海省海东市互助土族自治县"``.
    """
    for m in re.finditer(rf"[{CJK}]{{2,24}}?(?={re.escape(town)})", text):
        head = m.group(0)
        spans = [(s, e) for s, e in _name_spans(head) if not _town_reading(head, s, e)]
        # the last place name ends where the town begins (互助县: the short name 互助 and its 县)
        if spans and head[spans[-1][1]:] in ("", "县", "市", "区", "旗"):
            found = find_units(head[spans[0][0]:])
            counties = {u[0].adcode for u in found if len(u) == 1 and u[0].level == "county"}
            if len(counties) == 1:
                return qualified_name(counties.pop())
            # a county name several provinces share, settled by the province or city before it
            # (北京市通州区, not 南通市通州区)
            region, _ = _resolve([head[spans[0][0]:]])
            if not counties and region is not None and region.level == "county":
                return qualified_name(region.adcode)
    return None


@lru_cache(maxsize=1)
def _townships() -> dict[str, tuple[str, ...]]:
    """Town or township name → adcodes of the counties with one of that name (``townships.csv``).

    The table (scripts/townships.py) lists 29,428 towns and townships; one name in
    eight is shared by several counties (白沙镇: 26), so a name alone settles a county
    only when it is the country's only one.
    """
    table = units()
    out: dict[str, list[str]] = {}
    with (schema_dir() / "lexicons" / "townships.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["county"] in table:  # statistical zones (…71, …72) are no GB/T 2260 county
                out.setdefault(row["town"], []).append(row["county"])
    return {name: tuple(dict.fromkeys(codes)) for name, codes in out.items()}


def town_counties(town: str) -> tuple[str, ...]:
    """The adcodes of the counties with a town or township named ``town`` (白沙镇: 24), from ``townships.csv``."""
    return _townships().get(town, ())


def gazetteer_allows(region: Region) -> bool:
    """Whether the table of towns puts ``region``'s town in its county and in no other (or does not know the town).

    Example: 武功镇 in 武功县 → True; 西城镇 in 北京市西城区 → False (the table's six 西城镇 lie in
    河北, 吉林, 黑龙江, 福建 and 山东: the town's own name is no reading of 西城区); 宁安镇 in 宁安市 → False
    (中宁县 has one too: which of the two a notice naming neither means is a guess, and no region is given).
    """
    codes = _townships().get(region.township or "", ())
    return not codes or set(codes) == {region.adcode}


def gazetteer_county(text: str, town: str, province: str | None = None) -> str | None:
    """The county that has a town named ``town``, as a qualified name, when the text settles which.

    The one county :func:`town_options` leaves; None when it leaves none or several.

    Example: ``gazetteer_county("根据林芝市教育局要求…", "鲁朗镇")`` → ``"西藏自治区林芝市巴宜区"``.
    """
    options = town_options(text, town, province)
    return qualified_name(options[0]) if len(options) == 1 else None


def town_options(text: str, town: str, province: str | None = None) -> tuple[str, ...]:
    """The adcodes of the counties with a town named ``town`` that the text leaves possible.

    Of the counties with a town of that name, the ones inside the most places the
    text names unambiguously (its province, its prefecture); a name no other county
    has needs none, unless the text names places and none of them holds it (then none
    is left). A tie is settled by the one county whose short name the text writes anywhere
    outside the town's own name (a WeChat account 婺源江湾小学: only the candidates are looked
    for, so 婺源 cannot be a word of the body; 芦溪 in 芦溪镇 is no writing of 芦溪县), then by
    the places the page's own telephone numbers dial (``dialling.dialled_places``: 0731 →
    长沙、湘潭、株洲), then by ``province``, the place a page says it was posted from (a
    WeChat page's IP label 江西). Empty when the name is not in the table.

    Example: ``town_options("根据林芝市教育局要求…", "鲁朗镇")`` → ``("540402",)``; a 白沙镇 school naming
    no place → the adcodes of every county with a 白沙镇.
    """
    codes = _townships().get(town, ())
    if not codes:
        return ()
    table = units()
    # the town's own short name names no other place (安州 in 安州中校字 or a WeChat account 安州教育 is not 安州区),
    # though a county of that name written out in full still counts
    stem = town[:-1] if len(town) > 2 and town[-1] in "镇乡" else town
    seen = re.sub(re.escape(stem) + "(?![区县市旗])", "\n", text)
    named = {u[0].adcode: u[0] for u in find_units(seen) if len(u) == 1}.values()
    score = {code: sum(1 for n in named if _contains(n, table[code])) for code in codes}
    best = max(score.values())
    winners = [code for code, s in score.items() if s == best]
    if best == 0 and named:  # the places named lie elsewhere
        return ()
    if len(winners) > 1:
        # the town's own name is no writing of a county's (芦溪镇 says nothing of 芦溪县)
        rest = text.replace(town, "\n")
        written = [code for code in winners if any(name in rest for name in _short_names(code))]
        winners = written if len(written) == 1 else winners
    if len(winners) > 1 and (dialled := dialled_places(text)):
        # the school's own number: one candidate inside a city its area code dials
        # ("福建省泉州市": the city, not the province that holds every candidate)
        places = [u for place in dialled for u in _narrowest(find_units(place))]
        within = [code for code in winners if any(_contains(u, table[code]) for u in places)]
        winners = within if len(within) == 1 else winners
    if len(winners) > 1 and (full := province_named(province)):
        within = [code for code in winners if table[_parent(code, "province")].name == full]
        winners = within if len(within) == 1 else winners
    return tuple(winners)


def _narrowest(found: list[list[Unit]]) -> list[Unit]:
    """The units of ``found`` that hold none of the others (the cities of "湖南省长沙市、湘潭市", not 湖南省)."""
    flat = [u for units_ in found for u in units_]
    return [u for u in flat if not any(v is not u and v.adcode != u.adcode and _contains(u, v) for v in flat)]


@lru_cache(maxsize=None)
def _short_names(code: str) -> frozenset[str]:
    """The short names of unit ``code`` (婺源 for 婺源县, 杜尔伯特 for 杜尔伯特蒙古族自治县)."""
    _, short, _ = _names()
    return frozenset(name for name, units_ in short.items() if any(u.adcode == code for u in units_))


def province_named(label: str | None) -> str | None:
    """The full name of the one province a label names by its first characters (a WeChat IP label).

    Example: ``province_named("广西")`` → ``"广西壮族自治区"``; ``province_named("北京")`` → ``"北京市"``;
    ``province_named("美国")`` → None.
    """
    if not label or len(label) < 2:
        return None
    names = [u.name for u in units().values() if u.level == "province" and u.name.startswith(label)]
    return names[0] if len(names) == 1 else None


def _region(unit: Unit, town: str | None) -> Region:
    table = units()
    province = table.get(_parent(unit.adcode, "province"))
    prefecture = table.get(_parent(unit.adcode, "prefecture")) if unit.level == "county" else None
    if unit.level == "prefecture":
        prefecture = unit
    return Region(
        adcode=unit.adcode,
        name=unit.name,
        level="township" if town else unit.level,
        province=province.name if province else None,
        prefecture=prefecture.name if prefecture else None,
        county=unit.name if unit.level == "county" else None,
        township=town,
        latitude=unit.latitude,
        longitude=unit.longitude,
    )


def qualified_name(adcode: str) -> str | None:
    """Province + prefecture + unit names of an adcode, for resolving it like a text.

    Example: ``qualified_name("610722")`` → ``"陕西省汉中市城固县"``.
    """
    table = units()
    unit = table.get(adcode)
    if unit is None:
        return None
    parts = [table[c].name for c in (_parent(adcode, "province"), _parent(adcode, "prefecture")) if c in table and c != adcode]
    return "".join(dict.fromkeys(parts + [unit.name]))


_CODE_PREFIX = re.compile(r"^(\d{6})(?!\d)")
_CREDIT_CODE = re.compile(r"^\d{2}(\d{6})[0-9A-Z]{10}\b")


def index_region(index_no: str | None) -> str | None:
    """The region an 索引号 encodes, as a qualified name, or None.

    政务公开 index numbers start with the publishing organ's adcode
    (610722-0116/2024-00427) or its unified social credit code, whose
    characters 3-8 are the adcode (11150300011554519Q/2023-10929).

    Example: ``index_region("621123/2025-00412")`` → ``"甘肃省定西市渭源县"``.
    """
    if not index_no:
        return None
    for pattern in (_CODE_PREFIX, _CREDIT_CODE):
        m = pattern.match(index_no.strip())
        if m and m.group(1) in units():
            return qualified_name(m.group(1))
    return None


K = TypeVar("K")


def option_key(adcode: str, town: str) -> str:
    """A town's reading in one county, written as its region's key (``regions.key``): ``"441581/白沙镇"``."""
    return f"{adcode}/{town}"


def settle_by_corpus(options: Mapping[K, Iterable[str]], settled: Iterable[str]) -> dict[K, Region]:
    """The region of each document whose town several counties share, settled by the other documents of its corpus.

    ``options`` maps a document to its town's readings (:func:`option_key`, from
    ``Metadata.region_options``); ``settled`` holds the adcodes of the documents whose own text
    settled their region. A reading is taken when it is the only one lying in a prefecture
    (first four digits of the adcode: 4415 for 汕尾市, 1101 for 北京市's districts) that a
    settled document lies in: a 白沙镇 school's notice beside its county's or city's own
    notices. A settled province says nothing of its prefectures and is not counted; a
    document with no such reading, or several, is left out. Only prefectures, on purpose: a
    province-wide prior picked the wrong county on 3 of ~13 held-out documents, this one on 1 of ~28.

    Example: ``settle_by_corpus({"a": ("350121/白沙镇", "350303/白沙镇")}, ["350102"])``
    → ``{"a": Region("350121", "闽侯县", "township", …, township="白沙镇")}`` (350102 lies in 福州市).
    """
    seen = {code[:4] for code in settled if code and not code.endswith("0000")}
    table = units()
    out: dict[K, Region] = {}
    for doc, readings in options.items():
        fit = [key for key in dict.fromkeys(readings) if key[:4] in seen and key[:6] in table]
        if len(fit) == 1:
            adcode, _, town = fit[0].partition("/")
            out[doc] = _region(table[adcode], town or None)
    return out
