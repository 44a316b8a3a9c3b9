#!/usr/bin/env python3
"""Draws Proximity's app icons (a white barbell on the accent green) into web/icons/.

Standard library only (zlib PNG writer, analytic anti-aliasing), so the icons can be
remade on any machine: python3 scripts/make-icons.py. The PNGs are committed; re-run
this only when the design changes.

  icon-192.png, icon-512.png                    purpose "any": rounded square
  icon-maskable-192.png, icon-maskable-512.png  purpose "maskable": full bleed, the
                                                barbell inside the 80 % safe circle
"""
import math
import struct
import sys
import zlib
from pathlib import Path

ACCENT = (0x0A, 0x6E, 0x50)
WHITE = (0xFF, 0xFF, 0xFF)
SUB = 4  # vertical subsamples per pixel; horizontal coverage is exact


def rounded_rect(x0, y0, x1, y1, r):
    """Horizontal span [a, b) of a rounded rectangle at height y, or None."""
    def span(y):
        if y < y0 or y >= y1:
            return None
        inset = 0.0
        if r > 0:
            dy = max(y0 + r - y, y - (y1 - r), 0.0)
            if dy > 0:
                inset = r - math.sqrt(max(r * r - dy * dy, 0.0))
        return (x0 + inset, x1 - inset)
    return span


def coverage(size, shapes):
    """Fraction of each pixel covered by the union-free list of shapes (they don't overlap)."""
    cov = [[0.0] * size for _ in range(size)]
    for py in range(size):
        row = cov[py]
        for s in range(SUB):
            y = py + (s + 0.5) / SUB
            for shape in shapes:
                sp = shape(y)
                if not sp:
                    continue
                a, b = max(sp[0], 0.0), min(sp[1], float(size))
                if b <= a:
                    continue
                ia, ib = int(a), min(int(math.ceil(b)), size)
                for px in range(ia, ib):
                    row[px] += (min(b, px + 1) - max(a, px)) / SUB
    return cov


def barbell(cx, cy, width):
    """Shapes of a barbell `width` wide centred at (cx, cy): plates mirrored on both sides."""
    w = width
    parts = []  # (from centre: inner x, outer x, half height, corner radius) in units of w
    spec = [
        (0.00, 0.20, 0.022, 0.0),    # bar between the collars
        (0.20, 0.225, 0.075, 0.006),  # collar
        (0.225, 0.335, 0.28, 0.02),   # big plate
        (0.335, 0.41, 0.18, 0.015),   # small plate
        (0.41, 0.50, 0.03, 0.01),     # sleeve end
    ]
    for inner, outer, half_h, rad in spec:
        for sign in (-1, 1):
            a, b = sorted((cx + sign * inner * w, cx + sign * outer * w))
            parts.append(rounded_rect(a, cy - half_h * w, b, cy + half_h * w, rad * w))
    return parts


def render(size, maskable):
    if maskable:
        background = [rounded_rect(0, 0, size, size, 0)]
        figure = barbell(size / 2, size / 2, 0.64 * size)
    else:
        background = [rounded_rect(0, 0, size, size, 0.18 * size)]
        figure = barbell(size / 2, size / 2, 0.80 * size)
    bg = coverage(size, background)
    fg = coverage(size, figure)
    rows = []
    for y in range(size):
        row = bytearray([0])  # PNG filter: none
        for x in range(size):
            a_bg = min(bg[y][x], 1.0)
            a_fg = min(fg[y][x], 1.0)
            # white over green, both over transparent
            alpha = a_fg + a_bg * (1 - a_fg)
            if alpha <= 0:
                row += b'\0\0\0\0'
                continue
            rgb = [(WHITE[i] * a_fg + ACCENT[i] * a_bg * (1 - a_fg)) / alpha for i in range(3)]
            row += bytes(round(c) for c in rgb) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    return png(size, size, b''.join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / 'web' / 'icons')
    out.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        (out / f'icon-{size}.png').write_bytes(render(size, maskable=False))
        (out / f'icon-maskable-{size}.png').write_bytes(render(size, maskable=True))
    print(f'icons written to {out}')


if __name__ == '__main__':
    main()
