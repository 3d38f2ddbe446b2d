"""Bytes to text: refuse what is not an article's text, decode what is, normalise newlines."""

from __future__ import annotations

import re

from .types import BinaryInput, EmptyInput, InputTooLarge

# File signatures of formats a user may upload by mistake. Checked before decoding, because some
# (a PDF's header) are plain ASCII and would otherwise decode "successfully".
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"{\\rtf", "an RTF document"),
)

# Share of control characters (other than tab, newline, carriage return, form feed) above which
# the input is treated as binary. Real pasted text has none; 5 % leaves room for a few stray ones.
MAX_CONTROL_RATIO = 0.05
SNIFF_BYTES = 8192


def _human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def check_size(size: int, max_bytes: int) -> None:
    if max_bytes and size > max_bytes:
        raise InputTooLarge(
            f"The input is {_human_size(size)} ({size} bytes); the limit is {_human_size(max_bytes)} ({max_bytes} bytes)."
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def decode_bytes(data: bytes | str, *, max_bytes: int = 5_000_000) -> str:
    """Text from `data`: UTF-8 (BOM or not), else Windows-1252, else Latin-1; newlines as "\\n".

    Raises EmptyInput, BinaryInput or InputTooLarge with a message fit for the user."""
    if isinstance(data, str):
        check_size(len(data.encode("utf-8", errors="surrogatepass")), max_bytes)
        text = data.removeprefix("\ufeff")
    else:
        data = bytes(data)
        check_size(len(data), max_bytes)
        head = data[:SNIFF_BYTES]
        stripped_head = head.lstrip()
        for magic, what in MAGIC_NUMBERS:
            if stripped_head.startswith(magic) and (len(magic) > 2 or b"\x00" in head):
                raise BinaryInput(f"This looks like {what}, not text. Paste the article's text or upload a .txt or .html file.")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16 with a BOM (Notepad's "Unicode"): text, despite its NUL bytes.
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError as exc:
                raise BinaryInput("The file claims to be UTF-16 text but cannot be decoded.") from exc
        else:
            if b"\x00" in head:
                raise BinaryInput("The file contains NUL bytes: it is binary data, not text.")
            text = _decode_8bit(data)
    if "\x00" in text[:SNIFF_BYTES]:
        raise BinaryInput("The input contains NUL characters: it is binary data, not text.")
    if _control_ratio(text[:SNIFF_BYTES]) > MAX_CONTROL_RATIO:
        raise BinaryInput("The input is mostly control characters: it is binary data, not text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if not text.strip():
        raise EmptyInput("The input is empty: there is no article text.")
    return text


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what Indonesian and English Windows editors save as "ANSI": its 0x91-0x94 are
    # the curly quotes that Latin-1 would turn into control characters.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) undefined; Latin-1 maps every byte.
        return data.decode("latin-1")
