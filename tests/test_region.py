"""Region resolution against cpca's adcode table."""

from __future__ import annotations

import pytest

from extract.region import find_units, resolve, units


@pytest.mark.parametrize(
    "sources, adcode, level, township",
    [
        (["中共清流县教育局党组"], "350423", "county", None),
        (["大兴安岭地区教育发展“三大工程”实施方案"], "232700", "prefecture", None),
        (["落儿岭镇中心学校", "安徽省霍山落儿岭镇中心学校"], "341525", "township", "落儿岭镇"),
        (["南平市教育局"], "350700", "prefecture", None),
        (["乌海市教育局"], "150300", "prefecture", None),
        (["福建省教育厅"], "350000", "province", None),
        (["福建省福州市鼓楼区教育局"], "350102", "county", None),
        (["清流教育局"], "350423", "county", None),  # short name before an organisation word
        ([None, "三明市教育局关于…的通知"], "350400", "prefecture", None),
        # 资源 inside 人力资源 is not 资源县
        (["宝鸡市教育局 宝鸡市人力资源和社会保障局"], "610300", "prefecture", None),
    ],
)
def test_resolves(sources, adcode, level, township):
    region, candidates = resolve(sources)
    assert region is not None, candidates
    assert (region.adcode, region.level, region.township) == (adcode, level, township)
    assert region.latitude and region.longitude


def test_county_carries_province_and_prefecture():
    region, _ = resolve(["中共清流县教育局党组"])
    assert (region.province, region.prefecture, region.county, region.name) == ("福建省", "三明市", "清流县", "清流县")


@pytest.mark.parametrize("source", ["各县(市、区)教育局", "各区教育局、直属各学校(单位)", "市教育局", "和平发展的教育"])
def test_generic_names_resolve_to_nothing(source):
    region, _ = resolve([source])
    assert region is None


def test_ambiguous_name_gives_candidates_not_a_guess():
    region, candidates = resolve(["鼓楼区教育局"])
    assert region is None
    assert len(candidates) >= 3 and all("鼓楼区" in c for c in candidates)


def test_table_comes_from_the_package():
    table = units()
    assert len(table) > 3000
    assert table["350423"].name == "清流县"
    assert find_units("乌海市")[0][0].adcode == "150300"


@pytest.mark.parametrize("issuer, town", [("某某县石桥乡中心完小", "石桥乡"), ("龙泉镇第二完小", "龙泉镇")])
def test_a_towns_complete_primary_school_names_its_town(issuer: str, town: str) -> None:
    from extract.region import town_organ

    m = town_organ().search(issuer)
    assert m is not None and m.group(1).endswith(town) and m.end() > m.end(1)
