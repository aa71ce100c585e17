"""Recording media: deterministic audio bytes in the formats Twilio serves.

WAV is real 8 kHz 16-bit mono PCM (a tone sequence derived from the recording SID); MP3 is a
valid MPEG-1 Layer III stream of silent frames behind an ID3v2 tag naming the recording. Both
last as long as the recording, capped so that downloads stay small.
"""

from __future__ import annotations

import math
import struct
import zlib
from array import array

RATE = 8000
MAX_SECONDS = 30
MP3_FRAME = b"\xff\xfb\x90\xc0" + bytes(413)  # 128 kbit/s, 44.1 kHz, mono: 417 bytes, 1152 samples
MP3_FRAMES_PER_SECOND = 44100 / 1152


def seconds(duration: str | None) -> int:
    return max(1, min(MAX_SECONDS, int(duration or 1)))


def wav(sid: str, duration: str | None) -> bytes:
    samples = array("h")
    tones = [300 + zlib.crc32(f"{sid}{n}".encode()) % 600 for n in range(4)]
    for n in range(seconds(duration) * RATE):
        tone = tones[(n // (RATE // 2)) % len(tones)]
        samples.append(int(6000 * math.sin(2 * math.pi * tone * n / RATE)))
    if samples.itemsize != 2 or struct.pack("=h", 1) != struct.pack("<h", 1):
        samples.byteswap()
    data = samples.tobytes()
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, RATE, RATE * 2, 2, 16)
    return header + fmt + b"data" + struct.pack("<I", len(data)) + data


def mp3(sid: str, duration: str | None) -> bytes:
    title = sid.encode()
    frame = b"TIT2" + struct.pack(">I", len(title) + 1) + b"\x00\x00" + b"\x00" + title
    size = len(frame)
    synchsafe = bytes(((size >> shift) & 0x7F) for shift in (21, 14, 7, 0))
    tag = b"ID3\x03\x00\x00" + synchsafe + frame
    return tag + MP3_FRAME * math.ceil(seconds(duration) * MP3_FRAMES_PER_SECOND)
