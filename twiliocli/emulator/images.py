"""Message media: small, valid pictures in the formats MMS carries, made from the media SID.

Each encoder writes a real file of its format (any image viewer or decoder opens it): an 8×8 tile
of one colour derived from the SID, so the same media serves the same bytes on every machine.
PNG is RGB with one zlib stream; GIF is GIF89a with a two-colour table and LZW codes that never
outgrow three bits; JPEG is baseline greyscale with one block (only its DC coefficient is set).
"""

from __future__ import annotations

import struct
import zlib

SIZE = 8


def colour(sid: str) -> tuple[int, int, int]:
    value = zlib.crc32(sid.encode())
    return value & 0xFF, (value >> 8) & 0xFF, (value >> 16) & 0xFF


def png(sid: str) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    row = b"\x00" + bytes(colour(sid)) * SIZE  # filter type 0, then the pixels
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * SIZE))
            + chunk(b"IEND", b""))


def gif(sid: str) -> bytes:
    """LZW with a 2-bit minimum code size: 3-bit codes, a clear code (4) before every two pixels so
    the decoder's table never grows past 3 bits, and the end code (5)."""
    clear, end = 4, 5
    codes = [c for _ in range(SIZE * SIZE // 2) for c in (clear, 0, 0)] + [end]
    bits = sum(code << (3 * n) for n, code in enumerate(codes))
    data = bits.to_bytes((3 * len(codes) + 7) // 8, "little")
    blocks = b"".join(bytes([len(data[i:i + 255])]) + data[i:i + 255] for i in range(0, len(data), 255))
    screen = struct.pack("<HHBBB", SIZE, SIZE, 0x80, 0, 0)  # global table of 2 colours
    table = bytes(colour(sid)) + b"\xff\xff\xff"
    image = b"," + struct.pack("<HHHHB", 0, 0, SIZE, SIZE, 0)
    return b"GIF89a" + screen + table + image + b"\x02" + blocks + b"\x00;"


def jpeg(sid: str) -> bytes:
    """One 8×8 block of one grey: its DC coefficient is 8 × (grey − 128) with a quantiser of 1,
    every AC coefficient zero (end of block). Huffman tables: DC sizes 0-11 as 4-bit codes,
    end-of-block as the 2-bit code 00."""
    grey = sum(colour(sid)) // 3
    dc = 8 * (grey - 128)
    size = abs(dc).bit_length()
    amplitude = dc if dc >= 0 else dc + (1 << size) - 1
    bits = f"{size:04b}" + (f"{amplitude:0{size}b}" if size else "") + "00"
    bits += "1" * (-len(bits) % 8)
    scan = int(bits, 2).to_bytes(len(bits) // 8, "big").replace(b"\xff", b"\xff\x00")

    def segment(marker: int, data: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(data) + 2) + data

    quantiser = b"\x00" + b"\x01" * 64
    frame = struct.pack(">BHHB", 8, SIZE, SIZE, 1) + b"\x01\x11\x00"
    dc_table = b"\x00" + bytes([0, 0, 0, 12] + [0] * 12) + bytes(range(12))
    ac_table = b"\x10" + bytes([0, 2] + [0] * 14) + b"\x00\x01"
    scan_header = b"\x01\x01\x00" + b"\x00\x3f\x00"
    return (b"\xff\xd8" + segment(0xDB, quantiser) + segment(0xC0, frame) + segment(0xC4, dc_table)
            + segment(0xC4, ac_table) + segment(0xDA, scan_header) + scan + b"\xff\xd9")


ENCODERS = {"image/png": png, "image/gif": gif, "image/jpeg": jpeg}
EXTENSIONS = {".png": "image/png", ".gif": "image/gif", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def content_type(url: str) -> str:
    """The picture type a media URL names by its extension (JPEG when it names none we make)."""
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    return next((kind for ext, kind in EXTENSIONS.items() if path.endswith(ext)), "image/jpeg")
