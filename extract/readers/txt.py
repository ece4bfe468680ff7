"""Read a plain-text notice: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

Scraped Chinese notices are often GBK; the reader decodes them faithfully and
only normalises line ends, leaving every other cleaning step to ``clean.py``.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from .common import DEFAULT_MAX_CHARS, read_bytes
from ..errors import EmptyDocumentError, EncodingError
from ..types import RawDocument

# charset-normalizer names for the GB family; GB18030 decodes all of them (superset).
_GB_FAMILY = {"gb2312", "gbk", "cp936", "ms936", "gb18030", "hz", "euc_cn", "gb_2312_80"}
# Share of control/unassigned/private-use characters above which "text" is really binary.
_MAX_JUNK_SHARE = 0.02
# Share of non-ASCII characters that must be in GB2312 to accept a GB18030 reading.
_MIN_GB2312_SHARE = 0.9
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes that should hold Chinese text; return (text, encoding).

    UTF-8 wins whenever the bytes are valid UTF-8 (a GBK guess on valid UTF-8 is
    almost always wrong); otherwise charset-normalizer decides, and any GB
    guess is read as GB18030 so that GBK-only characters (e.g. 〔 in 乌党办发〔2022〕16号) survive.

    Args:
        data: the raw bytes.
        name: the file name, for error messages.

    Returns:
        The decoded text (BOM removed) and the codec used.

    Raises:
        EncodingError: NUL bytes, undecodable or mostly non-text content.

    Example:
        >>> decode("乌海市教育局".encode("gbk"), "a.txt")
        ('乌海市教育局', 'gb18030')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec).lstrip("\ufeff"), name), codec
            except UnicodeDecodeError as exc:
                raise _encoding_error(name, f"it starts with a {codec} byte-order mark but is not {codec}") from exc
    if b"\x00" in data:
        raise _encoding_error(name, "it contains NUL bytes (a binary file?)")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _as_gb18030(data)
    if text is not None:
        return _checked(text, name), "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _encoding_error(name, "no text encoding fits its bytes")
    codec = "gb18030" if best.encoding.lower() in _GB_FAMILY else best.encoding
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _encoding_error(name, f"it does not decode as {codec}") from exc
    return _checked(text, name), codec


def _as_gb18030(data: bytes) -> str | None:
    """The text if the bytes are GB18030 whose characters are common simplified Chinese.

    Detection guesses Korean or Big5 for short GBK notices (a few dozen bytes
    of 校长每学期至少听课30节 look like EUC-KR), so in a corpus of mainland
    notices GB18030 is tried first. It is kept only if nearly every non-ASCII
    character lies in GB2312, which Big5 or random bytes decoded as GBK do not.
    """
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return text
    common = sum(1 for ch in wide if _in_gb2312(ch))
    return text if common / len(wide) >= _MIN_GB2312_SHARE else None


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _checked(text: str, name: str) -> str:
    """Reject decoded text that is mostly control or unassigned code points (binary junk)."""
    if not text:
        return text
    # Classify each distinct character once and count only the junk ones, in C,
    # instead of classifying every occurrence in Python.
    junk = sum(
        text.count(ch)
        for ch in set(text)
        if ch not in "\n\r\t\f\v" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
        or ch == "\ufffd"
    )
    if junk / len(text) > _MAX_JUNK_SHARE:
        raise _encoding_error(name, f"{junk} of its {len(text)} characters are not text (a binary file?)")
    return text


def _encoding_error(name: str, why: str) -> EncodingError:
    return EncodingError(
        f"{name}: cannot read as text: {why}; save it as UTF-8 text (or GBK) and add it again"
    )


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF.

    Example:
        >>> normalise_newlines("一、总体要求\\r\\n（一）坚持正确方向\\r")
        '一、总体要求\\n（一）坚持正确方向\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.txt`` notice.

    Args:
        path: the file.

    Returns:
        A RawDocument with format ``"txt"`` and no fields.

    Raises:
        EmptyDocumentError: the file is empty or only whitespace.
        EncodingError: the bytes are not text.
        ReadError: the file cannot be opened.

    Example:
        >>> read(Path("tests/fixtures/notice_gbk.txt")).text.splitlines()[0].split()
        ['标', '题:', '乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知']
    """
    path = Path(path)
    data = read_bytes(path, "remove it or add the notice's text")
    text, _ = decode(data, path.name)
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyDocumentError(f"{path.name}: the file holds only whitespace; remove it or add the notice's text")
    return RawDocument(path=str(path), format="txt", text=text)
