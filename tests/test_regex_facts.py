"""Facts read off a regex's parse tree, which the extractors' prefilters rely on."""

from __future__ import annotations

import re

import pytest

from extract.extractors.regex_facts import first_chars, requirements


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:由|请)各校", {"由", "请"}),
        (r"[县市区]教育局", {"县", "市", "区"}),
        (r"(?:组织)+开展", {"组"}),
        (r"(?:组织)?开展", None),  # may start with 组 or 开: optional first parts are not read
        (r"[\u4e00-\u9fff]局", None),  # a range: no plain set
        (r"\d+年", None),
    ],
)
def test_first_chars(pattern: str, expected: set[str] | None) -> None:
    found = first_chars(re.compile(pattern))
    assert (None if found is None else set(found)) == expected
    if found is not None:  # every match really starts with one of them
        for text in ("由各校", "请各校", "县教育局", "市教育局", "组织开展"):
            m = re.compile(pattern).match(text)
            assert m is None or text[0] in found


def test_case_blind_patterns_are_not_read() -> None:
    assert requirements(re.compile("abc期间", re.IGNORECASE)) == ([], None)
    assert first_chars(re.compile("abc", re.IGNORECASE)) is None


def test_requirements_of_a_compiled_pattern() -> None:
    needs, words = requirements(re.compile(r"(?:为期|任期)\d+年"))
    assert {"年"} in [set(chars) for chars, _digit in needs]
    assert words == {"为期", "任期"}
