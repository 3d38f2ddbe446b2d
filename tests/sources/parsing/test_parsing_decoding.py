import pytest

from sources.parsing import BinaryInput, EmptyInput, InputTooLarge, decode_bytes, parse_article


def test_it_decodes_utf8():
    assert decode_bytes("Menteri berkata “siap”.".encode()) == "Menteri berkata “siap”."


def test_it_drops_the_utf8_byte_order_mark():
    assert decode_bytes(b"\xef\xbb\xbfJakarta - Hujan turun.") == "Jakarta - Hujan turun."


def test_it_decodes_windows_1252_curly_quotes():
    raw = "Gubernur berkata “banjir sudah surut” kepada wartawan.".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert decode_bytes(raw) == "Gubernur berkata “banjir sudah surut” kepada wartawan."


def test_it_falls_back_to_latin1_for_bytes_undefined_in_windows_1252():
    assert decode_bytes(b"Caf\xe9 \x81 ditutup") == "Café \x81 ditutup"


def test_it_normalises_newlines():
    assert decode_bytes(b"satu\r\ndua\rtiga\n") == "satu\ndua\ntiga\n"


def test_it_decodes_utf16_with_a_bom():
    assert decode_bytes("Warga mengungsi.".encode("utf-16")) == "Warga mengungsi."


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", "", "\n\n"])
def test_it_rejects_empty_input(data):
    with pytest.raises(EmptyInput):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"text\x00with\x00nul", "NUL"),
        (bytes(range(1, 9)) * 50, "control"),
    ],
)
def test_it_rejects_binary_input_with_a_clear_message(data, words):
    with pytest.raises(BinaryInput, match=words):
        decode_bytes(data)


def test_it_rejects_input_over_the_limit_and_says_both_sizes():
    with pytest.raises(InputTooLarge) as info:
        decode_bytes(b"a" * 2_001, max_bytes=2_000)
    assert "2001 bytes" in str(info.value) and "2000 bytes" in str(info.value)


def test_parse_article_applies_its_size_limit():
    with pytest.raises(InputTooLarge):
        parse_article("Kata " * 100, max_bytes=100)


def test_parse_errors_carry_a_code_for_the_api():
    with pytest.raises(EmptyInput) as info:
        parse_article(b"  ")
    assert info.value.code == "empty"


def test_a_windows_1252_article_parses_like_its_utf8_twin():
    text = (
        "Jakarta - Kepala dinas berkata “air sudah surut” di kawasan utara, Senin.\r\n\r\n"
        "Warga diminta tetap waspada karena hujan deras diperkirakan turun lagi."
    )
    from_cp1252 = parse_article(text.encode("cp1252"))
    from_utf8 = parse_article(text.encode("utf-8"))
    assert from_cp1252 == from_utf8
    assert "“air sudah surut”" in from_cp1252.body
