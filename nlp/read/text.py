"""Plain text: decoding (BOM, UTF-16 without BOM, UTF-8, GB18030, then a detector) and lines."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from nlp.errors import InputError
from nlp.models import Line

# Decoded text with a larger share of control characters is binary, not text.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_PLAUSIBILITY_SAMPLE_CHARS = 65536
_MAX_DAMAGED_SHARE = 0.01  # replacement characters tolerated in otherwise undecodable text
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK labels are decoded as their superset, as browsers do.
_GB_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030"}

_NOT_TEXT = "不是文本文件，或文字编码无法识别。请确认文件内容是文字，另存为 UTF-8 编码后再导入。"


def split_lines(text: str, style_level: int | None = None, marker: str | None = None) -> list[Line]:
    """Non-blank lines of ``text``, right-stripped; ``marker`` goes to the first one."""
    lines = []
    for raw in text.splitlines():
        if raw := raw.rstrip():
            lines.append(Line(raw, style_level, marker))
            marker = None
    return lines


# --- plain text and encodings -------------------------------------------------------


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode text bytes: BOM, BOM-less UTF-16, ``declared``, UTF-8, GB18030, a detector, then
    UTF-8 or GB18030 with a few damaged bytes replaced."""
    text = _decode_candidates(data, declared)
    # Binary data decodes to many control characters; a text file may hold a few stray ones.
    if text is None or len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(_NOT_TEXT)
    return text


def _decode_candidates(data: bytes, declared: str | None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding)
    if b"\x00" in data and (text := _bomless_utf16(data)) is not None:  # UTF-16 text has NUL bytes
        return text
    # Otherwise a few stray NULs in 8-bit text: decoded with the rest, removed when stored.
    for encoding in (declared, "utf-8", "gb18030"):
        if encoding and (text := _strict_decode(data, encoding)) is not None:
            return text
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    # Text with a few damaged bytes (a cut-off last character, a stray byte): keep the rest.
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        if text.count("\ufffd") <= _MAX_DAMAGED_SHARE * len(text):
            return text
    return None


def _strict_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order under which NUL-bearing bytes read as plausible text, or None."""
    decoded = [
        (_implausible_share(text), text)
        for encoding in ("utf-16-le", "utf-16-be")
        if (text := _strict_decode(data, encoding)) is not None
    ]
    share, text = min(decoded, default=(1.0, None), key=lambda candidate: candidate[0])
    return text if share <= _MAX_CONTROL_SHARE else None


def _implausible_share(text: str) -> float:
    """Share of control, unassigned and private-use characters in a sample: high for the wrong byte order."""
    sample = text[:_PLAUSIBILITY_SAMPLE_CHARS]
    odd = sum(ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") for ch in sample)
    return odd / max(len(sample), 1)


def read_txt(data: bytes) -> list[Line]:
    return split_lines(decode_text(data))


# --- markdown -----------------------------------------------------------------------
