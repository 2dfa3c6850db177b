# ruff: noqa: E501  (XML fixtures are kept on one line each)
"""Issue 7, "nothing let in": hostile XML is refused before it can do anything.

Every payload is refused with a clear one-line ``SpecError`` that names the file, through each
door a model comes in by: ``specs.parse_xml``, ``SpecLibrary`` and ``Workflows.open`` (which
must not touch the database: no file is created, an existing one is unchanged byte for byte).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from ivo_workflow import SimulatedClock, SpecError, Workflows
from ivo_workflow.specs import MAX_FILE_BYTES, XML_PARSER, SpecLibrary, parse_xml

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)

BODY = (
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="test">\n'
    '<bpmn:process id="ond" isExecutable="true"><bpmn:documentation>Lagrum: {ref}</bpmn:documentation>\n'
    '<bpmn:startEvent id="borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>\n'
    '<bpmn:scriptTask id="skript"><bpmn:documentation>Lagrum: test</bpmn:documentation><bpmn:script>x = "{ref}"</bpmn:script></bpmn:scriptTask>\n'
    '<bpmn:userTask id="uppgift"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>\n'
    '<bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="skript" /><bpmn:sequenceFlow id="f2" sourceRef="skript" targetRef="uppgift" />\n'
    "</bpmn:process></bpmn:definitions>\n"
)
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _doc(doctype: str, ref: str = "&x;", decl: str = DECL) -> str:
    return decl + doctype + "\n" + BODY.format(ref=ref)


LAUGHS = (
    '<!DOCTYPE d [<!ENTITY x0 "ha">'
    + "".join(f'<!ENTITY x{i} "{("&x" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + '<!ENTITY x "&x9;">]>'
)
QUADRATIC = '<!DOCTYPE d [<!ENTITY x "' + "a" * 50_000 + '">]>'

# name -> (bytes of the file, a word the refusal must contain)
PAYLOADS: dict[str, tuple[bytes, str]] = {
    "xxe_file": (
        _doc('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>').encode(),
        "DOCTYPE",
    ),
    "xxe_http": (
        _doc('<!DOCTYPE d [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">]>').encode(),
        "DOCTYPE",
    ),
    "billion_laughs": (_doc(LAUGHS).encode(), "DOCTYPE"),
    "quadratic_blowup": (
        _doc(QUADRATIC, ref="&x;" * 20_000).encode(),
        "DOCTYPE",
    ),
    "external_dtd": (
        _doc('<!DOCTYPE bpmn:definitions SYSTEM "http://127.0.0.1:9/bpmn.dtd">', ref="x").encode(),
        "DOCTYPE",
    ),
    "public_dtd": (
        _doc(
            '<!DOCTYPE d PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "file:///etc/passwd">', ref="x"
        ).encode(),
        "DOCTYPE",
    ),
    "parameter_entities": (
        _doc(
            '<!DOCTYPE d [<!ENTITY % p SYSTEM "file:///etc/passwd"><!ENTITY % q "<!ENTITY x \'%p;\'>"> %q;]>'
        ).encode(),
        "DOCTYPE",
    ),
    "entity_without_doctype_word": (
        (DECL + '<!ENTITY x "boom">\n' + BODY.format(ref="x")).encode(),
        "ENTITY",
    ),
    "doctype_lowercase": (_doc('<!doctype d [<!entity x "boom">]>').encode(), "DOCTYPE"),
    "doctype_mixed_case": (_doc('<!DocType d [<!Entity x "boom">]>').encode(), "DOCTYPE"),
    "doctype_whitespace_variants": (
        _doc('<!DOCTYPE\n\t d\r\n [ <!ENTITY\tx\n"boom" > ]\n>').encode(),
        "DOCTYPE",
    ),
    "doctype_after_comment": (
        _doc('<!-- a comment --><!DOCTYPE d [<!ENTITY x "boom">]>').encode(),
        "DOCTYPE",
    ),
    "xinclude": (
        (
            DECL
            + BODY.format(ref="x")
            .replace(
                "<bpmn:definitions ",
                '<bpmn:definitions xmlns:xi="http://www.w3.org/2001/XInclude" ',
            )
            .replace(
                "</bpmn:process>",
                '<xi:include href="file:///etc/passwd" parse="text"/></bpmn:process>',
            )
        ).encode(),
        "XInclude",
    ),
    "xinclude_2003": (
        (
            DECL
            + BODY.format(ref="x")
            .replace(
                "<bpmn:definitions ",
                '<bpmn:definitions xmlns:xi="http://www.w3.org/2003/XInclude" ',
            )
            .replace("</bpmn:process>", '<xi:include href="other.bpmn"/></bpmn:process>')
        ).encode(),
        "XInclude",
    ),
    "utf16_doctype_with_bom": (
        _doc(
            '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
            decl='<?xml version="1.0" encoding="UTF-16"?>\n',
        ).encode("utf-16"),
        "UTF-8",
    ),
    "utf16le_doctype_without_bom": (
        _doc(
            '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
            decl='<?xml version="1.0" encoding="UTF-16"?>\n',
        ).encode("utf-16-le"),
        "UTF-8",
    ),
    "utf16be_doctype_without_bom": (
        _doc(
            '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
            decl='<?xml version="1.0" encoding="UTF-16"?>\n',
        ).encode("utf-16-be"),
        "UTF-8",
    ),
    "utf32_doctype": (
        _doc(
            '<!DOCTYPE d [<!ENTITY x "boom">]>', decl='<?xml version="1.0" encoding="UTF-32"?>\n'
        ).encode("utf-32"),
        "UTF-8",
    ),
    "utf7_hidden_doctype": (
        (
            '<?xml version="1.0" encoding="UTF-7"?>\n'
            "+ADw-!DOCTYPE d +AFs-+ADw-!ENTITY x SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-\n"
            + BODY.format(ref="x")
        ).encode("ascii"),
        "UTF-8",
    ),
    "latin1_declared": (
        _doc("", ref="Lagrum", decl='<?xml version="1.0" encoding="ISO-8859-1"?>\n').encode(
            "latin-1"
        ),
        "UTF-8",
    ),
    "ebcdic": (
        _doc("", ref="x", decl='<?xml version="1.0" encoding="IBM037"?>\n').encode("cp037"),
        "UTF-8",
    ),
    "over_the_size_limit": (
        (DECL + "<!-- " + "a" * MAX_FILE_BYTES + " -->\n" + BODY.format(ref="x")).encode(),
        "bytes",
    ),
}


def _sha(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.name.startswith("cases.db")
    }


def _one_line(error: BaseException) -> str:
    text = str(error)
    assert "\n" not in text, text
    return text


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_parse_xml_refuses(payload: tuple[bytes, str]) -> None:
    data, word = payload
    with pytest.raises(SpecError) as refused:
        parse_xml(data, "ond.bpmn")
    text = _one_line(refused.value)
    assert text.startswith("ond.bpmn"), text
    assert word in text, text
    assert "passwd" not in text and "root:" not in text


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_spec_library_refuses(payload: tuple[bytes, str]) -> None:
    data, word = payload
    good = DECL + BODY.format(ref="x").replace('id="ond"', 'id="god"')
    with pytest.raises(SpecError) as refused:
        SpecLibrary({"god.bpmn": good.encode(), "ond.bpmn": data})
    text = _one_line(refused.value)
    assert "ond.bpmn" in text and word in text, text


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_workflows_open_refuses_and_writes_nothing(
    tmp_path: Path, payload: tuple[bytes, str]
) -> None:
    data, word = payload
    existing = tmp_path / "existing"
    existing.mkdir()
    with Workflows.open(existing / "cases.db", clock=SimulatedClock(START)) as wf:
        wf.start(
            "forelaggande",
            case_id="k",
            data={
                "adressat": "N",
                "atgarder": "A",
                "atgardsfrist": "2015-01-19",
                "beslutsdatum": "2014-10-01",
                "vite_belopp": 0,
                "allman_part": None,
            },
        )
    before = _sha(existing)
    folder = tmp_path / "processes"
    folder.mkdir()
    (folder / "ond.bpmn").write_bytes(data)
    for db in (tmp_path / "new" / "cases.db", existing / "cases.db"):
        db.parent.mkdir(exist_ok=True)
        with pytest.raises(SpecError) as refused:
            Workflows.open(db, clock=SimulatedClock(START), processes=folder)
        assert "ond.bpmn" in _one_line(refused.value) and word in str(refused.value)
    assert not (tmp_path / "new" / "cases.db").exists()
    assert _sha(existing) == before


def test_the_parser_alone_resolves_nothing() -> None:
    """Defence in depth: even a document that got past the refusals would not be expanded."""
    data = _doc('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>').encode()
    root = etree.fromstring(data, XML_PARSER)
    assert b"root:" not in etree.tostring(root)
    try:  # libxml2 either stops the expansion or never starts it
        laughs = etree.fromstring(_doc(LAUGHS).encode(), XML_PARSER)
    except etree.XMLSyntaxError as stopped:
        assert "amplification" in str(stopped)
    else:
        assert len(etree.tostring(laughs)) < 10_000


def test_xinclude_is_never_processed() -> None:
    """Refused; and were an xi:include ever let through, SpiffWorkflow does not include it."""
    data = PAYLOADS["xinclude"][0]
    root = etree.fromstring(data, XML_PARSER)
    assert b"root:" not in etree.tostring(root)


def _huge_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes written lazily: a real XML start, then a sparse hole."""
    with path.open("wb") as handle:
        handle.write(DECL.encode() + b"<!-- ")
        handle.truncate(size)
    return path


def test_a_100_mb_model_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "processes"
    folder.mkdir()
    big = _huge_file(folder / "stor.bpmn", 100 * 1024 * 1024)
    read: list[str] = []
    original_read_bytes: Callable[[Path], bytes] = Path.read_bytes

    def spy(self: Path) -> bytes:
        read.append(self.name)
        return original_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    monkeypatch.setattr(etree, "fromstring", _must_not_parse)
    began = time.perf_counter()
    with pytest.raises(SpecError, match=r"stor\.bpmn: file is 104,857,600 bytes, more than"):
        SpecLibrary.from_directory(folder)
    with pytest.raises(SpecError, match=r"stor\.bpmn: file is 104,857,600 bytes"):
        Workflows.open(tmp_path / "cases.db", clock=SimulatedClock(START), processes=folder)
    assert time.perf_counter() - began < 1.0
    assert "stor.bpmn" not in read
    assert not (tmp_path / "cases.db").exists()
    assert big.stat().st_size == 100 * 1024 * 1024


def test_100_mb_of_bytes_are_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    data = DECL.encode() + b"<!-- " + b"a" * (100 * 1024 * 1024)
    monkeypatch.setattr(etree, "fromstring", _must_not_parse)
    began = time.perf_counter()
    with pytest.raises(SpecError, match="more than the 5,242,880 allowed"):
        parse_xml(data, "stor.bpmn")
    with pytest.raises(SpecError, match="stor.bpmn"):
        SpecLibrary({"stor.bpmn": data})
    assert time.perf_counter() - began < 1.0


def _must_not_parse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the XML parser was reached")
