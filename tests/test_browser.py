"""The case page in a real browser (issue 6): headless Chromium renders it, not blank, SVG inside.

Skipped when Chromium is not installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from views_case import CASE, oskarshamn

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTH, HEIGHT = 1200, 2000


def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        pytest.skip("chromium is not installed: apt-get install chromium")
    return found


def run_chromium(binary: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        timeout=180,
        check=False,
    )


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """Width, height, bytes per pixel and the (still filtered) scanlines of an 8-bit PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8, f"bit depth {depth}"
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    return width, height, channels, zlib.decompress(idat)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    wf, _clock = oskarshamn(folder / "cases.db", "appealed")
    with wf:
        path = folder / "oskarshamn.html"
        path.write_text(wf.case_page(CASE), encoding="utf-8")
    return path


def test_the_case_page_renders_and_is_not_blank(page: Path, tmp_path: Path) -> None:
    binary = chromium()
    shot = tmp_path / "page.png"
    result = run_chromium(
        binary,
        tmp_path,
        f"--screenshot={shot}",
        f"--window-size={WIDTH},{HEIGHT}",
        page.as_uri(),
    )
    assert shot.exists(), result.stderr.decode("utf-8", "replace")[-2000:]
    width, height, channels, raw = png_pixels(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    stride = 1 + width * channels
    assert len(raw) == height * stride
    # a blank (one-colour) page filters to rows of zeros; this page has text, tables, colours
    rows = [raw[i * stride + 1 : (i + 1) * stride] for i in range(height)]
    busy = sum(1 for row in rows if row.count(0) < len(row))
    assert busy > height // 4, f"only {busy} of {height} rows have anything on them"
    assert len(set(raw)) > 64, "too few distinct byte values for a rendered page"


def test_the_dom_holds_the_diagram(page: Path, tmp_path: Path) -> None:
    binary = chromium()
    result = run_chromium(binary, tmp_path, "--dump-dom", page.as_uri())
    dom = result.stdout.decode("utf-8", "replace")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    assert "<svg" in dom and 'class="bpmn-diagram"' in dom
    assert 'data-element-id="forvaltningsrattens_dom"' in dom
    assert "Processkarta med ärendets läge" in dom
