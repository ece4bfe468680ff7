"""Read a plain-text notice: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

Scraped Chinese notices are often GBK; the reader decodes them faithfully and
only normalises line ends, leaving every other cleaning step to ``clean.py``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from .common import DEFAULT_MAX_CHARS, file_size, megabytes, read_bytes, too_big
from ..errors import EmptyDocumentError, EncodingError
from ..zh import unify_newlines
from ..types import RawDocument

# charset-normalizer names for the GB family; GB18030 decodes all of them (superset).
_GB_FAMILY = {"gb2312", "gbk", "cp936", "ms936", "gb18030", "hz", "euc_cn", "gb_2312_80"}
# Share of control/unassigned/private-use characters above which "text" is really binary.
_MAX_JUNK_SHARE = 0.02
# Share of non-ASCII characters that must be in GB2312 to accept a GB18030 reading.
_MIN_GB2312_SHARE = 0.9
# A damaged UTF-8 file still has many valid multi-byte characters per invalid
# byte (a flipped bit spoils 1-3 bytes of one character); GBK bytes read as
# UTF-8 have at most 0.31 valid characters per invalid byte (measured on every
# seed notice encoded as GB18030). 2 leaves a sixfold margin on the GBK side
# and still reads 听课 followed by one stray byte as UTF-8.
_MIN_UTF8_CHARS_PER_BAD_BYTE = 2
# A damaged GBK file: GB18030 with a few bad bytes, at least 4 characters per
# bad byte, nearly all in GB2312. Random bytes read as GB18030 have a bad byte
# every few characters and only ~1/3 of their pairs in GB2312.
_MIN_GB_CHARS_PER_BAD_BYTE = 4
# Bytes per character at most, in UTF-8 and GB18030 alike: a file larger than
# this many bytes per allowed character holds more characters than allowed.
_MAX_BYTES_PER_CHAR = 4
# Share of NUL bytes up to which a file is text with a zeroed stretch, not
# binary (or UTF-16 without a byte-order mark, where every other byte is NUL).
_MAX_NUL_SHARE = 0.05
_ESCAPED = re.compile("[\udc80-\udcff]")
_WIDE = re.compile("[^\x00-\x7f\ufffd]")
_CODEC_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "gb18030": "GB18030"}


class Decoded(NamedTuple):
    """Decoded text, its codec, how many bytes did not decode (replaced by U+FFFD) and how many NUL bytes were removed."""

    text: str
    encoding: str
    replaced: int = 0
    nuls: int = 0  # NUL bytes removed

    def warnings(self) -> tuple[str, ...]:
        """The RawDocument warnings for replaced bytes and removed NUL bytes, if any.

        Example:
            >>> Decoded("听课\ufffd", "utf-8", 1).warnings()
            ('1 byte was not valid UTF-8 and was replaced by �',)
        """
        out = []
        codec = _CODEC_NAMES.get(self.encoding, self.encoding)
        if self.replaced == 1:
            out.append(f"1 byte was not valid {codec} and was replaced by \ufffd")
        elif self.replaced:
            out.append(f"{self.replaced} bytes were not valid {codec} and were replaced by \ufffd")
        if self.nuls:
            # Zeroed bytes usually stand where text was: say so, as for replaced ones.
            out.append(f"{self.nuls} NUL byte{'s were' if self.nuls > 1 else ' was'} removed "
                       "(a zero-filled stretch of a damaged file?)")
        return tuple(out)


def decode(data: bytes, name: str) -> Decoded:
    """Decode bytes that should hold Chinese text; return the text, its codec and the bytes replaced.

    UTF-8 wins whenever the bytes are valid UTF-8 (a GBK guess on valid UTF-8 is
    almost always wrong), then GB18030 when it gives common simplified Chinese;
    otherwise charset-normalizer decides, and any GB guess is read as GB18030 so
    that GBK-only characters (e.g. 〔 in 乌党办发〔2022〕16号) survive. A file
    damaged in a few places (a flipped bit, a cut character) is still read:
    the bytes that do not decode become U+FFFD and are counted, as long as the
    rest is plainly UTF-8 (or GBK).

    Args:
        data: the raw bytes.
        name: the file name, for error messages.

    Returns:
        The decoded text (BOM removed), the codec used and the count of replaced bytes.

    Raises:
        EncodingError: NUL bytes, undecodable or mostly non-text content.

    Example:
        >>> decode("乌海市教育局".encode("gbk"), "a.txt")
        Decoded(text='乌海市教育局', encoding='gb18030', replaced=0, nuls=0)
        >>> decode("校长每学期至少听课".encode() + b"\\xff", "a.txt").replaced
        1
    """
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            # UTF-16 damage (an odd length, a lone surrogate) is rare: the junk
            # check alone decides, counting the replacements as junk.
            text, bad = _decode_counting(data, "utf-16")
            return Decoded(_checked(text.lstrip("\ufeff"), name), "utf-16", bad)
    nuls = data.count(b"\x00")
    if nuls > _MAX_NUL_SHARE * len(data):
        raise _encoding_error(name, "it contains NUL bytes (a binary file?)")
    if nuls:
        # A zero-filled stretch (a write cut short by a crash) in a text file.
        return _decode_8bit(data.replace(b"\x00", b""), name)._replace(nuls=nuls)
    return _decode_8bit(data, name)


def _decode_8bit(data: bytes, name: str) -> Decoded:
    """``decode`` for bytes without NUL: UTF-8 (with or without BOM), GB18030, else detection."""
    if data.startswith(codecs.BOM_UTF8):
        text, bad = _decode_counting(data, "utf-8-sig")
        if bad and _count_wide(text) < _MIN_UTF8_CHARS_PER_BAD_BYTE * bad:
            raise _encoding_error(name, "it starts with a UTF-8 byte-order mark but is not UTF-8")
        return Decoded(_checked(text.lstrip("\ufeff"), name, bad), "utf-8-sig", bad)
    try:
        return Decoded(_checked(data.decode("utf-8"), name), "utf-8")
    except UnicodeDecodeError:
        pass
    text = _as_gb18030(data)
    if text is not None:
        return Decoded(_checked(text, name), "gb18030")
    for codec, ratio, accept in (
        ("utf-8", _MIN_UTF8_CHARS_PER_BAD_BYTE, lambda t: True),
        ("gb18030", _MIN_GB_CHARS_PER_BAD_BYTE, _mostly_gb2312),
    ):
        text, bad = _decode_counting(data, codec)
        if bad and _count_wide(text) >= ratio * bad and accept(text):
            return Decoded(_checked(text, name, bad), codec, bad)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _encoding_error(name, "no text encoding fits its bytes")
    codec = "gb18030" if best.encoding.lower() in _GB_FAMILY else best.encoding
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _encoding_error(name, f"it does not decode as {codec}") from exc
    return Decoded(_checked(text, name), codec)


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    """Decode with every undecodable byte replaced by U+FFFD; return the text and how many bytes that was.

    ``surrogateescape`` turns each bad byte into one lone surrogate, which
    valid text cannot hold, so counting and replacing them is exact.
    """
    text = data.decode(codec, errors="surrogateescape")
    return _ESCAPED.subn("\ufffd", text)


def _count_wide(text: str) -> int:
    """Non-ASCII characters other than U+FFFD (counted in C, not per character in Python)."""
    return len(_WIDE.findall(text))


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
    return text if _mostly_gb2312(text) else None


def _mostly_gb2312(text: str) -> bool:
    """True if nearly every non-ASCII character (U+FFFD aside) is in GB2312, or there is none."""
    # Each distinct character is classified once: a notice has a few thousand.
    counts = Counter(_WIDE.findall(text))
    wide = sum(counts.values())
    if not wide:
        return True
    common = sum(n for ch, n in counts.items() if _in_gb2312(ch))
    return common / wide >= _MIN_GB2312_SHARE


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# Characters seen in earlier texts that are not junk (bounded: a few thousand in a corpus of notices).
_TEXT_CHARS: set[str] = set()
_TEXT_CHARS_MAX = 50_000


def _is_junk(ch: str) -> bool:
    """A control, unassigned, private-use or surrogate code point, or U+FFFD (layout controls are text)."""
    return ch not in "\n\r\t\f\v" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") or ch == "\ufffd"


def _checked(text: str, name: str, replaced: int = 0) -> str:
    """Reject decoded text that is mostly control or unassigned code points (binary junk).

    ``replaced`` U+FFFD were put in for damaged bytes of a file already judged
    to be text: they do not count as junk (in a short notice three of them
    would pass the threshold).
    """
    if not text.strip():
        return text  # the reader says "empty", which fits better than "not text"
    # Classify each distinct character once and remove the junk ones in C,
    # instead of classifying (or counting) every occurrence in Python: random
    # bytes decoded as GB18030 have tens of thousands of distinct characters.
    # Characters already known to be text (most of any notice after the
    # first few) are taken out by a set difference first.
    chars = set(text) - _TEXT_CHARS
    junk_chars = {ord(ch): None for ch in chars if _is_junk(ch)}
    if len(_TEXT_CHARS) < _TEXT_CHARS_MAX:
        _TEXT_CHARS.update(ch for ch in chars if ord(ch) not in junk_chars)
    junk = len(text) - len(text.translate(junk_chars)) - replaced if junk_chars else 0
    if junk / len(text) > _MAX_JUNK_SHARE:
        raise _encoding_error(name, f"{junk} of its {len(text)} characters are not text (a binary file?)")
    return text


def _encoding_error(name: str, why: str) -> EncodingError:
    return EncodingError(
        f"{name}: cannot read as text: {why}; save it as UTF-8 text (or GBK) and add it again"
    )


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.txt`` notice.

    Args:
        path: the file.
        max_chars: refuse, unread, a file of more than 4 bytes per allowed
            character (the most any UTF-8 or GB18030 character takes).

    Returns:
        A RawDocument with format ``"txt"``; ``warnings`` counts the bytes
        that did not decode and were replaced by U+FFFD. No fields, except for
        an OA export saved as text (a row of column names, a record, the body;
        see :func:`extract.readers.csv_export.read_text_export`), whose columns
        are fields and whose body is the text.

    Raises:
        EmptyDocumentError: the file is empty or only whitespace.
        EncodingError: the bytes are not text.
        TooLargeError: the file is larger than ``max_chars`` characters can be.
        ReadError: the file cannot be opened.

    Example:
        >>> read(Path("tests/fixtures/notice_gbk.txt")).text.splitlines()[0].split()
        ['标', '题:', '乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知']
    """
    path = Path(path)
    size = file_size(path)
    if size > _MAX_BYTES_PER_CHAR * max_chars:
        # Refused unread: decoding and checking 50 MB would take a minute and ~10× its size in memory.
        raise too_big(path.name, f"{megabytes(size)} of text", megabytes(_MAX_BYTES_PER_CHAR * max_chars), max_chars)
    data = read_bytes(path, "remove it or add the notice's text")
    decoded = decode(data, path.name)
    text = unescape_line_breaks(unify_newlines(decoded.text))
    if not text.strip():
        raise EmptyDocumentError(f"{path.name}: the file is empty (only whitespace); remove it or add the notice's text")
    # An SQL dump saved as text: its row's text and columns, as the .sql reader reads them.
    from .sql_dump import text_dump

    if (dump := text_dump(decoded.text, path.name)) is not None:
        notice, fields, skipped = dump
        return RawDocument(path=str(path), format="txt", text=notice, fields=fields,
                           warnings=tuple(decoded.warnings()) + skipped)
    # An OA export saved as text (a row of column names, a record, the body):
    # its columns are header fields, as for a .csv export, not the title.
    from .csv_export import read_text_export

    # (tried on the text as saved, then with its written-out line breaks read: a record whose
    # body field writes its breaks out is one row only before they are read)
    saved = unify_newlines(decoded.text)
    export = read_text_export(saved, path.name, max_chars=max_chars)
    if export is None and saved != text:
        export = read_text_export(text, path.name, max_chars=max_chars)
    if export is not None:
        body, fields = export
        return RawDocument(path=str(path), format="txt", text=body, fields=fields, warnings=decoded.warnings())
    return RawDocument(path=str(path), format="txt", text=text, warnings=decoded.warnings())


# A database export writes a text field's line breaks as the two characters
# backslash + n (and \r\n, \t): a whole notice on one line.
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
# At least this many escaped breaks make a file such a dump: one "\n" in a
# notice is a path or a formula, not an export.
_MIN_ESCAPED_BREAKS = 3


def unescape_line_breaks(text: str) -> str:
    """Read the escaped line breaks of an OA/SQL dump (``\\r\\n`` written out) as line breaks.

    The stored text is the unescaped one, so every offset indexes what the
    reader sees. A text with fewer than three escapes is left alone.

    Example: ``unescape_line_breaks("各学校：\\r\\n一、目标\\r\\n二、要求\\r\\n")`` → ``"各学校：\\n一、目标\\n二、要求\\n"``.
    """
    if text.count("\\") < _MIN_ESCAPED_BREAKS or len(_ESCAPED_BREAK.findall(text)) < _MIN_ESCAPED_BREAKS:
        return text
    return _ESCAPED_BREAK.sub("\n", text).replace("\\t", "\t")
