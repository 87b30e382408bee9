"""decode: byte-order marks, UTF-8, mixed UTF-8, legacy encodings, and clear refusals."""

from __future__ import annotations

import codecs
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import BinaryInputError, CleantextError, DecodeError, decode, normalize_newlines
from cleantext.errors import UndecodableInputError

WESTERN = {
    "en": "“We’re not going anywhere,” the mayor said — again… It costs £5 or €6.",
    "fr": "L’été dernier, les élèves ont réussi leurs examens. « Ça coûte cher », dit-il.",
    "de": "Die Bürgermeisterin von München äußerte sich. „Wir schaffen das“, sagte sie.",
    "es": "El niño jugó en el jardín de la señora Muñoz. ¿Qué pasó? ¡Nadie lo sabe!",
    "pt": "A população de São Paulo não para de crescer, disse o ministro à imprensa.",
}
OTHER = {
    "cp1251": "Президент России заявил, что переговоры продолжатся на следующей неделе.",
    "cp1253": "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας.",
    "shift_jis": "東京都は２０２４年の予算案を発表した。知事は記者会見で説明した。",
    "gb18030": "北京时间周二，国家统计局公布了最新数据，经济增长好于预期。",
    "euc_kr": "서울시는 화요일에 새로운 정책을 발표했다. 시민들의 반응은 엇갈렸다.",
    "cp1250": "Prezydent Polski powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.",
}


@pytest.mark.parametrize("text", WESTERN.values(), ids=WESTERN.keys())
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252"])
def test_western_text_round_trips(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == text


@pytest.mark.parametrize("language", ["fr", "de", "es", "pt"])
def test_latin1_text_is_read_as_windows_1252(language: str) -> None:
    text = WESTERN[language].replace("’", "'").replace("“", '"').replace("”", '"').replace("„", '"')
    assert decode(text.encode("latin-1")) == text


def test_windows_1252_is_preferred_over_latin1() -> None:
    # The bytes 0x93/0x94/0x96 are curly quotes and a dash in Windows-1252, C1 controls in Latin-1.
    assert decode(b"\x93Quoted\x94 \x96 caf\xe9") == "“Quoted” – café"


@pytest.mark.parametrize("encoding", OTHER)
def test_non_western_legacy_text_is_detected(encoding: str) -> None:
    text = OTHER[encoding]
    assert decode(text.encode(encoding)) == text


def test_utf8_with_a_stray_windows_1252_byte_keeps_its_utf8() -> None:
    data = "Café “ok” ".encode() + "don’t".encode("cp1252") + " été".encode()
    assert decode(data) == "Café “ok” don’t été"


def test_a_bom_removes_itself_and_a_wrong_bom_is_an_error() -> None:
    assert decode(codecs.BOM_UTF8 + "é".encode()) == "é"
    with pytest.raises(DecodeError, match="utf-8 byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"text\x00with NUL", "NUL"),
        (bytes(range(1, 9)) * 20, "control"),
    ],
)
def test_binary_input_is_refused_with_a_clear_message(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryInputError, match=kind) as caught:
        decode(data)
    assert isinstance(caught.value, CleantextError)


def test_bytes_no_encoding_reads_are_undecodable() -> None:
    rng = random.Random(7)
    data = bytes(rng.choice([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFE, 0xFF, 0x98]) for _ in range(300))
    with pytest.raises(UndecodableInputError, match="not UTF-8") as caught:
        decode(data)
    assert isinstance(caught.value, DecodeError)
    assert isinstance(caught.value, CleantextError)


def test_the_command_reads_legacy_bytes_and_reports_binary_input(tmp_path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("L’été à Montréal coûte cher.\n".encode("cp1252"))
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = subprocess.run(
        [sys.executable, "-m", "cleantext", str(legacy), str(binary)], capture_output=True, check=False
    )
    assert result.stdout.decode("utf-8") == "L’été à Montréal coûte cher.\n"
    assert result.returncode == 1
    assert b"image.png: input looks like a PNG image, not text" in result.stderr


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200).filter(lambda text: "\x00" not in text))
def test_utf8_always_round_trips(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:  # lone surrogates are not UTF-8
        return
    try:
        # line breaks come out as "\n"; a leading U+FEFF is a byte-order mark
        assert decode(data) == normalize_newlines(text.removeprefix("\ufeff"))
    except BinaryInputError:  # text made mostly of control characters is refused as binary
        assert sum(char < " " and char not in "\x08\t\n\x0c\r\x1b" for char in text) * 10 > len(data)
        return
    except DecodeError:
        pytest.fail("valid UTF-8 must decode")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_returns_text_or_raises_a_cleantext_error(data: bytes) -> None:
    try:
        result = decode(data)
    except CleantextError:
        return  # a refusal must be one of ours, never a UnicodeDecodeError or LookupError
    assert isinstance(result, str)


@pytest.mark.parametrize("text", ["MZ Wallace opened a store.", "BZh... said the sign", "GIF of the day"])
def test_text_that_starts_like_a_file_signature_is_text(text: str) -> None:
    assert decode(text.encode()) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(encoding: str) -> None:
    text = WESTERN["fr"] + "\n" + WESTERN["de"]
    assert decode(text.encode(encoding)) == text


def test_nul_bytes_that_are_not_utf16_are_binary() -> None:
    with pytest.raises(BinaryInputError, match="NUL"):
        decode(b"ab\x00\x00\x01\x02\x03\x04cd\x00")


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf\x00", b"\xef\xbb\xbfhello\x00world", b"\xff\xfeA\x00\x00\x00"])
def test_nul_characters_after_a_byte_order_mark_are_binary(data: bytes) -> None:
    # found by the property test: a byte-order mark let NUL characters through as text
    with pytest.raises(BinaryInputError):
        decode(data)
