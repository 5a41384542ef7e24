#!/usr/bin/env python3
"""Draws every icon file from assets/icon/corridor-atlas.svg.

The PNGs are drawn by rsvg-convert (Debian's librsvg2-bin); the Windows .ico and the macOS .icns
are packed here from those PNGs, with nothing but Python's standard library. The results are
committed, so a build needs none of these tools; run this again after changing the SVG:

    python3 scripts/make-icons.py
"""

import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON = ROOT / "assets" / "icon"
SOURCE = ICON / "corridor-atlas.svg"

# The hicolor theme's sizes on Linux, the window's icon (256), and the Mac's largest (1024).
PNG_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512, 1024]
# What Windows shows: Explorer's small and large icons, the task bar, and the 256 px tile.
ICO_SIZES = [16, 24, 32, 48, 64, 256]
# The icns entry types that hold PNG data, with the pixel size of each.
ICNS_TYPES = [
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 at 2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 at 2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 at 2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 at 2x
    (b"ic10", 1024),  # 512 at 2x
]


def png_path(size: int) -> Path:
    return ICON / "png" / f"corridor-atlas-{size}.png"


def draw_pngs() -> None:
    (ICON / "png").mkdir(exist_ok=True)
    for size in PNG_SIZES:
        subprocess.run(
            ["rsvg-convert", "--width", str(size), "--height", str(size),
             "--output", str(png_path(size)), str(SOURCE)],
            check=True,
        )


def pack_ico() -> bytes:
    """An .ico of PNG images, which Windows reads since Vista."""
    images = [png_path(size).read_bytes() for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def pack_icns() -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = png_path(size).read_bytes()
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    draw_pngs()
    (ICON / "corridor-atlas.ico").write_bytes(pack_ico())
    (ICON / "corridor-atlas.icns").write_bytes(pack_icns())
    for path in sorted(ICON.rglob("*")):
        if path.is_file():
            print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
