"""Region resolution against cpca's adcode table."""

from __future__ import annotations

import pytest

from extract.lexicons import load
from extract.dialling import dialled_places
from extract.region import _town, find_units, gazetteer_county, narrows, province_named, resolve, settle_by_corpus, units


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


@pytest.mark.parametrize("source, adcode", [
    ("石河子市人民路第二小学", "659001"),  # 人民 is no unit's short name
    ("伊宁市解放路小学", "654002"),  # 解放区 (Jiaozuo) is not inside 伊宁市: 解放路 is a street
    ("杭州市延安路中学", "330100"),  # 延安市 (Shaanxi) is not inside 杭州市
    ("福州市鼓楼第一中心小学", "350102"),  # 鼓楼区 inside 福州市 still counts
    # a school named after another unit, before a word that makes a short name a place
    ("惠安县南安实验小学", "350521"),  # 南安市 is a county beside 惠安县, not in it
    ("泰和县吉安中学", "360826"),  # 吉安市 contains 泰和县: the school's name, not a unit inside it
])
def test_a_short_name_after_a_unit_counts_only_inside_it(source: str, adcode: str) -> None:
    region, candidates = resolve([source])
    assert region is not None, candidates
    assert region.adcode == adcode


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


@pytest.mark.parametrize(
    "sources, adcode, township",
    [
        # a town named like a county elsewhere: 长安 … 武功: the other source names the county
        (["威远镇第二小学教务处", "青海省海东市互助土族自治县"], "630223", "威远镇"),
        (["柳城镇中心小学", "浙江省丽水市遂昌县"], None, "柳城镇"),
    ],
)
def test_a_towns_own_name_is_not_its_county(sources, adcode, township):
    region, _ = resolve(sources)
    if adcode is None:  # 柳城 is 柳城县 (Guangxi), 遂昌县 is in Zhejiang: no guess from the town's name
        assert region is not None and region.adcode == "331123" and region.township == township
    else:
        assert (region.adcode, region.township) == (adcode, township)


def test_a_towns_own_name_names_its_county_only_when_asked():
    assert resolve(["武功镇中心学校"])[0] is None
    region, _ = resolve(["武功镇中心学校"], town_names=True)
    assert (region.name, region.township) == ("武功县", "武功镇")


@pytest.mark.parametrize(
    "text, county",
    [
        ("学校地址：湖北省宜昌市长阳县龙舟坪镇津洋路18号", "湖北省宜昌市长阳土家族自治县"),
        ("版权所有：互助县威远镇第一完全小学", "青海省海东市互助土族自治县"),
        ("威远镇派出所、镇妇联", None),
    ],
)
def test_town_county_reads_the_county_named_before_the_town(text, county):
    from extract.region import town_county

    assert town_county(text, "龙舟坪镇" if "龙舟坪" in text else "威远镇") == county


@pytest.mark.parametrize("text, name", [("峨边县教育局", "峨边彝族自治县"), ("恩施州教育局", "恩施土家族苗族自治州")])
def test_autonomous_units_by_place_name_and_unit_word(text, name):
    assert [u[0].name for u in find_units(text)] == [name]


def test_an_autonomous_units_place_name_alone_is_no_place():
    assert find_units("开展师生互助教育活动") == []


@pytest.mark.parametrize(
    "sources, adcode, township",
    [
        # the town's own name narrows the prefecture another source names, when it lies inside it
        (["泾阳镇中心小学", "咸阳市教育局关于…的通知"], "610423", "泾阳镇"),
        (["武功镇第二初级中学", "陕西省教育厅"], "610431", "武功镇"),
        # …and not when the same-named county lies elsewhere
        (["威远镇中心学校", "海东市教育局"], "630200", None),
    ],
)
def test_a_towns_own_name_narrows_a_wider_unit_that_contains_it(sources, adcode, township):
    region, _ = resolve(sources)
    assert (region.adcode, region.township) == (adcode, township)


@pytest.mark.parametrize("issuer, adcode", [
    ("济南市章丘区教育和体育局", "370114"),   # 章丘市 became 章丘区 (2016)
    ("杭州市临平区教育局", "330113"),         # a district set up in 2021
    ("那曲市教育局", "540600"),               # 那曲地区 became 那曲市
    ("西宁市湟中区教育局", "630106"),
])
def test_units_set_up_after_the_packaged_table_resolve_to_their_current_code(issuer: str, adcode: str) -> None:
    region, _ = resolve([issuer])
    assert region is not None and region.adcode == adcode


def test_a_replaced_unit_keeps_its_full_name_but_not_its_short_one() -> None:
    assert resolve(["章丘市教育局"])[0].adcode == "370181"   # an old notice names the old unit
    assert resolve(["章丘教育"])[0].adcode == "370114"


_GUARDS = load("regions").get("guarded_followers") or []


@pytest.mark.parametrize("rule", _GUARDS, ids=[r["id"] for r in _GUARDS])
def test_guarded_follower_examples(rule) -> None:
    for text in rule["examples"]["match"]:
        assert find_units(text), text
    for text in rule["examples"]["no_match"]:
        assert not find_units(text), text


def test_a_week_range_in_a_town_schools_notice_names_no_county() -> None:
    # "第5周至第16周" spells 周至 before 第: no county for the town school from its body
    from extract.metadata import body_county

    text = "某某镇中心小学教研活动安排\n一、第5周至第16周为集中教研期，教师每周至少听课1节。\n某某镇中心小学"
    assert body_county(text) is None
    assert [u[0].name for u in find_units("周至第二中学")] == ["周至县"]  # a school's ordinal still reads it


@pytest.mark.parametrize("issuer, adcode", [
    # the unit word after a short name picks the unit: an autonomous county or prefecture, not the
    # district or city sharing its place name elsewhere or beside it
    ("本溪县教育局", "210521"),
    ("宽城县教育和体育局", "130827"),
    ("大理州教育体育局", "532900"),
    ("临夏州教育局", "622900"),
    # the word a unit of that name has, and no unit word at all, are read as before
    ("本溪市教育局", "210500"),
    ("临夏县教育局", "622921"),
    ("阿坝县教育局", "513231"),
])
def test_a_unit_word_after_a_short_name_picks_the_unit_named_with_it(issuer, adcode):
    region, _ = resolve([issuer])
    assert region is not None and region.adcode == adcode


@pytest.mark.parametrize(
    "text, town, county",
    [
        ("", "洛带镇", "四川省成都市龙泉驿区"),  # the country's only 洛带镇 needs no place named
        ("按照嘉兴市教育局的部署", "西塘镇", "浙江省嘉兴市嘉善县"),  # two 西塘镇: the city named settles it
        ("转发江苏省教育厅、无锡市教育局通知", "周庄镇", "江苏省无锡市江阴市"),  # four: province and city
        ("", "西塘镇", None),  # two counties, nothing named: no guess
        ("根据河南省教育厅要求", "洛带镇", None),  # the places named lie elsewhere
        ("按照苏州市要求", "某某镇", None),  # not in the table
        ("通榆新华小学", "新华镇", "吉林省白城市通榆县"),  # nine: one county's short name is written
        # four 芦溪镇, one of them in 芦溪县: the town's own name writes no county, so no guess
        ("芦溪镇中心小学教务处关于开展听课活动的通知", "芦溪镇", None),
        # the town's own short name (安州 of 安州镇 in a 文号 or an account's name) names no other place:
        # 安州区 lies in 四川, the one 安州镇 in 河北
        ("安州中学〔2025〕3号\n来源：安州教育", "安州镇", "河北省保定市安新县"),
        # a county of that name written out in full still does
        ("绵阳市安州区教育局", "安州镇", None),
    ],
)
def test_gazetteer_county_names_the_county_of_a_town_when_the_text_settles_which(text, town, county):
    assert gazetteer_county(text, town) == county


@pytest.mark.parametrize("province, county", [("吉林", "吉林省白城市通榆县"), ("甘肃", None), ("美国", None), (None, None)])
def test_gazetteer_county_settles_a_tie_by_the_province_a_page_was_posted_from(province, county):
    # nine 新华镇: one in 吉林, two in 甘肃
    assert gazetteer_county("各班级：", "新华镇", province) == county


@pytest.mark.parametrize(
    "footer, county",
    [
        ("学校地址：镇政府路18号　联系电话：0595-85671234", "福建省泉州市晋江市"),
        ("教务处电话（0731）84062233，传真0731—84062234", "湖南省长沙市长沙县"),
        ("咨询电话：0591 2436 7788", "福建省福州市平潭县"),
        # a mobile number's prefix says where the SIM was sold, not where the school is
        ("联系人：王老师　13905951234", None),
        # two numbers dialling two candidates' cities leave the tie
        ("电话：0591-24367788；0595-85671234", None),
        # a city none of the candidates lies in
        ("电话：020-87654321", None),
    ],
)
def test_gazetteer_county_settles_a_tie_by_the_city_the_pages_telephone_numbers_dial(footer, county):
    # three 金井镇: 平潭县 (福州), 晋江市 (泉州), 长沙县 (长沙)
    assert gazetteer_county(f"各教研组：\n本学期听课不少于10节。\n{footer}", "金井镇") == county


def test_dialled_places_reads_fixed_lines_only():
    assert dialled_places("办公室0592-5551234，值班手机13812345678，办公室0592-5551235") == ("福建省厦门市",)
    assert dialled_places("2024年9月3日　第3期　共12页") == ()


@pytest.mark.parametrize("label, name", [("广西", "广西壮族自治区"), ("北京", "北京市"), ("内蒙古", "内蒙古自治区"),
                                          ("美国", None), ("", None), (None, None)])
def test_province_named_by_a_label(label, name):
    assert province_named(label) == name


def test_a_town_whose_name_begins_with_a_counties_short_name_is_still_its_town():
    # 黄龙 is 黄龙县's short name (Shaanxi); 黄龙溪镇 is a town of 双流区 (Sichuan)
    assert _town("黄龙溪镇中心小学") == "黄龙溪镇"
    assert _town("双流区黄龙溪镇中心小学") == "黄龙溪镇"


def test_narrows_is_a_county_inside_a_wider_unit():
    xianyang = resolve(["咸阳市教育局"])[0]
    assert narrows(xianyang, resolve(["武功县教育局"])[0])
    assert not narrows(xianyang, resolve(["西安市雁塔区教育局"])[0])
    assert not narrows(resolve(["武功县教育局"])[0], xianyang)  # a county narrows nothing


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 和县 after a word that is no place is 和 joining two organs, then 县…
        ("请市卫健委和县疾控中心派员参加", []),
        ("由乡镇学区和县直学校共同组织", []),
        # …and after a closing mark it joins a document or a note to an organ
        ("根据《中小学德育工作指南》和县教育局工作要点", []),
        ("按照市局通知（试行）和县教研室安排", []),
        # at the start, or right after its province or prefecture, it is the county
        ("和县教育局关于开展教学视导的通知", ["和县"]),
        ("安徽省和县城关小学", ["安徽省", "和县"]),
    ],
)
def test_a_county_name_that_opens_with_a_conjunction(text, names):
    assert [u[0].name for u in find_units(text)] == names


def test_a_town_is_placed_when_the_only_county_like_word_is_a_conjunction():
    # 古陶镇 has one county in the table; 局和县 must not count as a place named elsewhere
    text = "古陶镇中心学校工作安排\n根据县教育局和县教研室工作要点，结合我校实际。"
    assert gazetteer_county(text, "古陶镇") == "山西省晋中市平遥县"


def test_a_one_character_town_the_table_lists_is_read_where_no_name_runs_into_it():
    # 乌镇 (桐乡市) and 唐镇 are towns of one character and 镇; the table of towns lists them
    assert _town("乌镇中心小学关于开展课后服务的通知") == "乌镇"
    assert _town("桐乡市乌镇中心小学") == "乌镇"
    # 乡镇 after 各 is no town, and a one-character name the table does not list is not read
    assert _town("各乡镇中心学校") != "乡镇"
    assert _town("汶镇中心学校") is None


# settling a town several counties share by the other notices of the corpus (百善镇: 昌平区 and 濉溪县)
BAISHAN = ("110114/百善镇", "340621/百善镇")


@pytest.mark.parametrize(
    "settled, adcode",
    [
        (["340621"], "340621"),  # the county's own notice
        (["340600"], "340621"),  # its city's (淮北市)
        (["340602"], "340621"),  # another county of that city (相山区)
        (["110105"], "110114"),  # a municipality's districts share the prefecture 1101
        (["340621", "110114"], None),  # both readings' prefectures are seen
        (["340000"], None),  # a province alone says nothing of its prefectures
        (["341200"], None),  # another city of the same province
        ([], None),
    ],
)
def test_settle_by_corpus_takes_the_one_reading_in_a_prefecture_the_corpus_holds(settled, adcode):
    found = settle_by_corpus({"doc": BAISHAN}, settled)
    assert (found["doc"].adcode if "doc" in found else None) == adcode
    if adcode:
        assert found["doc"].level == "township" and found["doc"].township == "百善镇"


def test_settle_by_corpus_builds_the_region_as_the_text_would():
    found = settle_by_corpus({1: BAISHAN, 2: ()}, ["340621"])
    assert list(found) == [1]
    assert found[1] == resolve(["百善镇中心学校", "安徽省淮北市濉溪县"])[0]


@pytest.mark.parametrize(
    "text, options",
    [
        # nothing says which 百善镇: both readings are kept
        ("百善镇中心学校关于开展听课活动的通知\n各教研组:\n每位教师听课不少于10节。\n百善镇中心学校\n2024年3月5日\n", BAISHAN),
        # the places the page names lie elsewhere: none is kept
        ("百善镇中心学校关于开展听课活动的通知\n各教研组:\n按福建省教育厅要求,每位教师听课不少于10节。\n百善镇中心学校\n2024年3月5日\n", ()),
        # the province it names settles the region itself: no options
        ("百善镇中心学校关于开展听课活动的通知\n各教研组:\n按安徽省教育厅要求,每位教师听课不少于10节。\n百善镇中心学校\n2024年3月5日\n", ()),
    ],
)
def test_metadata_keeps_the_readings_of_a_shared_town_name(text, options):
    from extract.metadata import extract_metadata

    meta = extract_metadata(text, {})
    assert meta.region_options == options
    assert meta.region is None or not options
