#!/usr/bin/env python3
"""Draws the app icons (assets/icon-192.png, assets/icon-512.png) to match assets/icon.svg.

Pure standard library, so it runs anywhere; rerun after changing the design.
"""
import math, struct, zlib, pathlib

BLUE, WHITE, GOLD = (11, 92, 173), (255, 255, 255), (255, 200, 61)

def draw(size):
    s = size / 64.0
    px = [[BLUE] * size for _ in range(size)]
    def seg_dist(x, y, ax, ay, bx, by):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(x - ax - t * dx, y - ay - t * dy)
    for j in range(size):
        for i in range(size):
            x, y = (i + 0.5) / s, (j + 0.5) / s
            c = BLUE
            if seg_dist(x, y, 14, 44, 32, 18) < 2 or seg_dist(x, y, 32, 18, 50, 44) < 2:
                c = WHITE
            if abs(y - 44) < 1.5 and 14 <= x <= 50 and int(x - 14) % 8 < 4:
                c = WHITE
            if math.hypot(x - 14, y - 44) < 7 or math.hypot(x - 50, y - 44) < 7:
                c = WHITE
            if math.hypot(x - 32, y - 18) < 8:
                c = GOLD
            px[j][i] = c
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in px)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

out = pathlib.Path(__file__).resolve().parent.parent / "assets"
for n in (192, 512):
    (out / f"icon-{n}.png").write_bytes(draw(n))
