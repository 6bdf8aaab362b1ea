#!/usr/bin/env python3
"""Writes the game's interface sounds (assets/sounds/*.wav) from simple synthesis.

Run from the repository root: tools/generate-sounds.py
The output is deterministic, so re-running it changes nothing unless this script changed.
"""
import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freqs, seconds, volume=0.35, attack=0.004, decay=12.0):
    """A soft sine blip: quick attack, exponential decay, frequency glide over `freqs`."""
    samples = []
    count = int(RATE * seconds)
    phase = 0.0
    for i in range(count):
        t = i / RATE
        f = freqs[0] + (freqs[-1] - freqs[0]) * (i / max(1, count - 1))
        phase += 2 * math.pi * f / RATE
        env = min(1.0, t / attack) * math.exp(-decay * t)
        samples.append(volume * env * math.sin(phase))
    return samples


def write(name, samples):
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


def main():
    write("ui-move.wav", tone([660, 700], 0.06, volume=0.25, decay=40.0))
    write("ui-confirm.wav", tone([520, 780], 0.14, volume=0.3, decay=18.0))


if __name__ == "__main__":
    main()
