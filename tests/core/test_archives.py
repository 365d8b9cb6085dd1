"""ZIP archives: member names made safe, limits kept, broken and locked members refused."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dagsorden.core import archives
from dagsorden.core.archives import files_in, is_archive, members, open_archive, read_member
from dagsorden.core.errors import MAX_DOCUMENT_BYTES, ParseError

SUFFIXES = {".pdf", ".txt", ".docx"}


def make_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


def names(data: bytes) -> list[str]:
    with open_archive(io.BytesIO(data), "a.zip") as z:
        found, refused = members(z, "a.zip", SUFFIXES)
    assert not refused
    return [m.name for m in found]


def test_member_names_cannot_lead_out_of_the_folder() -> None:
    data = make_zip(
        [
            ("../../etc/passwd.txt", b"x"),
            ("/absolut/sti.pdf", b"x"),
            ("C:\\Referater\\2021\\møde.pdf", b"x"),
            ("a/./b/../c.txt", b"x"),
            ("ctrl\x07\x1b[31m.txt", b"x"),
        ]
    )
    assert names(data) == [
        "etc/passwd.txt",
        "absolut/sti.pdf",
        "Referater/2021/møde.pdf",
        "a/b/c.txt",
        "ctrl[31m.txt",
    ]


def test_folders_links_hidden_and_other_files_are_passed_over() -> None:
    link = zipfile.ZipInfo("genvej.pdf")
    link.external_attr = (0o120777 << 16) | 0x20  # a symbolic link, as Info-ZIP stores one
    data = make_zip(
        [
            ("mappe/", b""),
            (link, b"/etc/shadow"),
            ("__MACOSX/2021/._Referat.pdf", b"\x00\x05\x16\x07"),
            (".DS_Store", b"x"),
            ("mappe/.skjult/Referat.pdf", b"x"),
            ("Regneark.exe", b"MZ"),
            ("2021/Referat.pdf", b"%PDF"),
            ("indre.zip", b"PK"),
        ]
    )
    assert names(data) == ["2021/Referat.pdf", "indre.zip"]


def test_two_members_of_one_name_each_get_their_own() -> None:
    data = make_zip([("A.pdf", b"1"), ("/A.pdf", b"2"), ("a.pdf", b"3"), ("A~2.pdf", b"4")])
    assert names(data) == ["A.pdf", "A~2.pdf", "a~3.pdf", "A~2~2.pdf"]


def test_a_name_too_long_for_the_file_system_is_shortened_keeping_its_extension() -> None:
    data = make_zip([("æ" * 200 + ".pdf", b"x")])
    (name,) = names(data)
    assert name.endswith("æ.pdf") and len(name.encode()) <= 255


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Møde".encode("cp850"), "Møde"),  # Windows's own zip, in Denmark
        ("Møde".encode(), "Møde"),  # Info-ZIP and macOS: UTF-8 without the flag
        (b"Bilag", "Bilag"),
    ],
    ids=["code page 850", "UTF-8 unflagged", "ASCII"],
)
def test_names_not_flagged_utf8_are_read_as_their_archiver_wrote_them(
    raw: bytes, expected: str
) -> None:
    data = bytearray(make_zip([("X" * len(raw) + ".pdf", b"x")]))
    # Put the raw bytes in both headers' name fields, the UTF-8 flag left clear.
    data = bytes(data).replace(b"X" * len(raw) + b".pdf", raw + b".pdf")
    assert names(data) == [expected + ".pdf"]


def test_an_encrypted_or_too_large_member_is_refused_by_name() -> None:
    data = make_zip(
        [("låst.pdf", b"x"), ("stor.pdf", b"\0" * (MAX_DOCUMENT_BYTES + 1)), ("ok.pdf", b"x")]
    )
    data = _patched(data, 6, 8, "<H", 0x800 | 0x1)  # the first one's: UTF-8 name, encrypted
    with open_archive(io.BytesIO(data), "a.zip") as z:
        found, refused = members(z, "a.zip", SUFFIXES)
    assert [m.name for m in found] == ["ok.pdf"]
    assert [(e.source, e.problem) for e in refused] == [
        ("a.zip/låst.pdf", "krypteret i arkivet (kræver adgangskode)"),
        ("a.zip/stor.pdf", "filen fylder 50.0 MiB, over grænsen på 50 MiB"),
    ]


def test_too_many_members_fail_the_archive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_MEMBERS", 3)
    data = make_zip([(f"{n}.pdf", b"x") for n in range(4)])
    with open_archive(io.BytesIO(data), "a.zip") as z, pytest.raises(ParseError) as caught:
        members(z, "a.zip", SUFFIXES)
    assert str(caught.value) == "a.zip: zip-arkivet har 4 filer, over grænsen på 3"


def _patched(data: bytes, offset_local: int, offset_central: int, fmt: str, value: int) -> bytes:
    """The archive with a field of its first member changed in both its headers."""
    out = bytearray(data)
    central = data.index(b"PK\x01\x02")
    struct.pack_into(fmt, out, offset_local, value)
    struct.pack_into(fmt, out, central + offset_central, value)
    return bytes(out)


def test_a_member_bigger_than_it_declares_is_read_no_further_and_fails() -> None:
    data = make_zip([("bombe.txt", b"A" * 100_000)])
    lying = _patched(data, 22, 24, "<I", 10)  # uncompressed size: 10 bytes
    with open_archive(io.BytesIO(lying), "a.zip") as z:
        (member,), _ = members(z, "a.zip", SUFFIXES)
        assert member.size == 10
        with pytest.raises(ParseError) as caught:
            read_member(z, member, "a.zip")
    assert caught.value.source == "a.zip/bombe.txt"
    assert caught.value.problem.startswith("ødelagt i arkivet (")


def test_a_member_packed_in_a_way_python_cannot_read_says_so() -> None:
    data = make_zip([("Referat.txt", b"tekst" * 100)])
    deflate64 = _patched(data, 8, 10, "<H", 9)  # Windows packs big files so
    with open_archive(io.BytesIO(deflate64), "a.zip") as z:
        (member,), _ = members(z, "a.zip", SUFFIXES)
        with pytest.raises(ParseError) as caught:
            read_member(z, member, "a.zip")
    assert str(caught.value) == (
        "a.zip/Referat.txt: pakket med en metode, der ikke kan læses (nr. 9)"
    )


@pytest.mark.parametrize("data", [b"PK\x03\x04 intet arkiv", b"", b"%PDF-1.7"])
def test_what_is_no_archive_cannot_be_opened_as_one(data: bytes) -> None:
    with pytest.raises(ParseError) as caught:
        open_archive(io.BytesIO(data), "a.zip")
    assert str(caught.value).startswith("a.zip: ødelagt zip-arkiv (")


def test_office_documents_are_no_archives() -> None:
    assert not is_archive(["[Content_Types].xml", "word/document.xml"])
    assert not is_archive(["mimetype", "content.xml"])
    assert is_archive(["2021/Referat.pdf", "2021/Bilag.docx"])


def test_an_uploaded_archive_gives_its_files_and_those_of_archives_in_it() -> None:
    inner = make_zip([("Bilag.pdf", b"%PDF inde"), ("låst.pdf", b"x")])
    outer = make_zip([("2021/Referat.txt", b"referat"), ("2021/bilag.zip", inner)])
    found = files_in(outer, "R.zip", SUFFIXES, limit=10**6)
    assert found is not None
    assert found[0] == [
        (b"referat", "R.zip/2021/Referat.txt"),
        (b"%PDF inde", "R.zip/2021/bilag.zip/Bilag.pdf"),
        (b"x", "R.zip/2021/bilag.zip/låst.pdf"),
    ]
    assert found[1] == []
    # a Word document, or anything but a zip, is no archive: None, to be read as itself
    word = make_zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")])
    assert files_in(word, "a.docx", SUFFIXES, limit=10**6) is None
    assert files_in(b"%PDF-1.7", "a.pdf", SUFFIXES, limit=10**6) is None
    # a broken zip is a broken archive only when named one; else the document it is named
    assert files_in(b"PK\x03\x04 kaput", "Referat.docx", SUFFIXES, limit=10**6) is None
    with pytest.raises(ParseError, match="ødelagt zip-arkiv"):
        files_in(b"PK\x03\x04 kaput", "Referater.zip", SUFFIXES, limit=10**6)


def test_an_uploaded_archive_over_the_limit_fails_whole() -> None:
    data = make_zip([("a.txt", b"a" * 3 * 2**20), ("b.txt", b"b" * 2**20)])
    with pytest.raises(ParseError) as caught:
        files_in(data, "R.zip", SUFFIXES, limit=3 * 2**20)
    assert str(caught.value) == "R.zip: zip-arkivet pakker ud til 4 MiB, over grænsen på 3 MiB"


def test_archives_nested_too_deep_fail_by_name() -> None:
    data = make_zip([("Referat.txt", b"inderst")])
    for level in range(archives.MAX_DEPTH):
        data = make_zip([(f"lag{level}.zip", data)])
    found = files_in(data, "R.zip", SUFFIXES, limit=10**6)
    assert found is not None and found[0] == []
    (refused,) = found[1]
    assert refused.source == "R.zip/lag2.zip/lag1.zip/lag0.zip"
    assert refused.problem == "et zip-arkiv i for mange lag af arkiver"
    # one level fewer is read
    shallower = files_in(
        make_zip([("x.zip", make_zip([("a.txt", b"a")]))]), "R.zip", SUFFIXES, 10**6
    )
    assert shallower == ([(b"a", "R.zip/x.zip/a.txt")], [])


@given(st.text(alphabet=st.sampled_from("./\\:aæ ~\x00\n"), max_size=40) | st.text(max_size=40))
def test_no_member_name_leads_out_of_its_folder(name: str) -> None:
    root = PurePosixPath("/unpacked/1")
    parts = archives._safe_parts(name)
    assert all(part not in ("", ".", "..") and "/" not in part for part in parts)
    assert all(part.isprintable() and len(part.encode()) <= 255 for part in parts)
    joined = PurePosixPath(root, *parts)
    assert joined == root or root in joined.parents
    assert not any(part.endswith(":") and len(part) == 2 for part in parts[:1])
