#!/usr/bin/env python3
"""Draw the Claimdesk icon (a highlighted line of text with a check mark) as RGBA PNGs.

Pure standard library, so the icon can be regenerated anywhere: python3 tools/make_icon.py icons/
"""
import struct
import sys
import zlib
from pathlib import Path

BG = (37, 56, 140)        # deep indigo
HIGHLIGHT = (255, 209, 82)  # highlighter yellow
TEXT = (214, 222, 255)
CHECK = (255, 255, 255)


def inside_rounded(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx, ay + t * dy
    return ((px - qx) ** 2 + (py - qy) ** 2) ** 0.5


def colour_at(u, v):
    """Colour of the point (u, v) in the unit square, or None for transparent."""
    if not inside_rounded(u, v, 0.04, 0.04, 0.96, 0.96, 0.2):
        return None
    # Check mark, drawn on top.
    if dist_to_segment(u, v, 0.52, 0.70, 0.62, 0.80) < 0.045 or dist_to_segment(u, v, 0.62, 0.80, 0.82, 0.56) < 0.045:
        return CHECK
    # Lines of text; the middle one highlighted.
    if inside_rounded(u, v, 0.18, 0.40, 0.80, 0.50, 0.03):
        return HIGHLIGHT
    for y0, x1 in ((0.24, 0.80), (0.58, 0.46)):
        if inside_rounded(u, v, 0.20, y0, x1, y0 + 0.06, 0.03):
            return TEXT
    return BG


def render(size, ss=4):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = colour_at((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                cov = acc[3] / 255
                row += bytes([int(acc[0] / cov), int(acc[1] / cov), int(acc[2] / cov), a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "icons")
    out.mkdir(parents=True, exist_ok=True)
    for name, size in (("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)):
        (out / name).write_bytes(render(size, ss=4 if size <= 256 else 2))
        print(out / name)


if __name__ == "__main__":
    main()
