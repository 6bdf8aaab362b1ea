#!/usr/bin/env python3
"""Writes the game's sounds (assets/sounds/*.wav): interface blips, effects, an office ambience loop
and a calm music loop, all from simple synthesis (standard library only, fixed random seeds).

Run from the repository root: tools/generate-sounds.py
The output is deterministic, so re-running it changes nothing unless this script changed.
"""
import math
import random
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


# ---------------------------------------------------------------------------
# Helpers for the effects, the ambience and the music below.

def db(level):
    """dBFS to a linear amplitude."""
    return 10 ** (level / 20)


def normalise(samples, peak_db):
    peak = max(abs(s) for s in samples) or 1.0
    gain = db(peak_db) / peak
    return [s * gain for s in samples]


def fade_edges(samples, fade_in=0.002, fade_out=0.01):
    """Short linear fades so a one-shot effect starts and ends at silence."""
    n = len(samples)
    a, b = int(RATE * fade_in), int(RATE * fade_out)
    out = list(samples)
    for i in range(min(a, n)):
        out[i] *= i / a
    for i in range(min(b, n)):
        out[n - 1 - i] *= i / b
    return out


def noise(count, seed):
    rng = random.Random(seed)
    return [rng.random() * 2 - 1 for _ in range(count)]


def lowpass(samples, cutoff):
    """One-pole low-pass; `cutoff` is a number (Hz) or a per-sample list."""
    out, y = [], 0.0
    for i, x in enumerate(samples):
        fc = cutoff[i] if isinstance(cutoff, list) else cutoff
        a = 1 - math.exp(-2 * math.pi * fc / RATE)
        y += a * (x - y)
        out.append(y)
    return out


def highpass(samples, cutoff):
    low = lowpass(samples, cutoff)
    return [x - l for x, l in zip(samples, low)]


def bandpass(samples, centre, q=1.0):
    """RBJ biquad band-pass (0 dB peak); `centre` is Hz or a per-sample list."""
    out = []
    x1 = x2 = y1 = y2 = 0.0
    for i, x in enumerate(samples):
        fc = centre[i] if isinstance(centre, list) else centre
        w = 2 * math.pi * fc / RATE
        alpha = math.sin(w) / (2 * q)
        a0 = 1 + alpha
        b0, b2 = alpha / a0, -alpha / a0
        a1, a2 = -2 * math.cos(w) / a0, (1 - alpha) / a0
        y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1, y2, y1 = x1, x, y1, y
        out.append(y)
    return out


def mix_into(buffer, samples, start, wrap=False):
    """Add `samples` into `buffer` at `start`; with `wrap`, overhang continues at the beginning."""
    n = len(buffer)
    for i, s in enumerate(samples):
        j = start + i
        if wrap:
            j %= n
        elif j >= n:
            break
        buffer[j] += s


def loop_crossfade(samples, length):
    """Make a seamless loop of `length` samples from a longer take (equal-power crossfade of the overhang)."""
    fade = len(samples) - length
    out = samples[:length]
    for i in range(fade):
        t = (i + 0.5) / fade
        out[i] = samples[i] * math.sin(t * math.pi / 2) + samples[length + i] * math.cos(t * math.pi / 2)
    return out


# ---------------------------------------------------------------------------
# Effects

def footstep(seed, cutoff):
    """A soft step on carpet: low-passed noise, heel then a quieter toe roll, ~80 ms."""
    count = int(RATE * 0.08)
    raw = noise(count, seed)
    env = []
    for i in range(count):
        t = i / RATE
        heel = min(1.0, t / 0.004) * math.exp(-t / 0.014)
        toe = 0.0 if t < 0.028 else 0.45 * min(1.0, (t - 0.028) / 0.006) * math.exp(-(t - 0.028) / 0.016)
        env.append(heel + toe)
    body = lowpass(lowpass([r * e for r, e in zip(raw, env)], cutoff), cutoff * 1.5)
    body = highpass(body, 60)
    return normalise(fade_edges(body, 0.001, 0.012), -14)


def note(freq, seconds, partials, decay, attack=0.006):
    """Additive note: partials = [(multiple, level, extra decay per second)]."""
    count = int(RATE * seconds)
    out = []
    for i in range(count):
        t = i / RATE
        env = min(1.0, t / attack)
        s = 0.0
        for mult, level, extra in partials:
            s += level * math.exp(-(decay + extra) * t) * math.sin(2 * math.pi * freq * mult * t)
        out.append(env * s)
    return out


def interact():
    """Two gentle rising notes (D5 then A5), ~150 ms."""
    soft = [(1, 1.0, 0.0), (2, 0.18, 20.0)]
    out = [0.0] * int(RATE * 0.15)
    mix_into(out, note(587.33, 0.15, soft, 28.0), 0)
    mix_into(out, [s * 0.9 for s in note(880.0, 0.085, soft, 30.0)], int(RATE * 0.065))
    return normalise(fade_edges(out, 0.001, 0.02), -6)


def door():
    """Automatic sliding door: band-passed noise sweeping up then settling, with a faint motor hum, ~600 ms."""
    count = int(RATE * 0.6)
    centre, env = [], []
    for i in range(count):
        x = i / (count - 1)
        centre.append(350 + 1300 * math.sin(math.pi * min(1.0, x * 1.15)) ** 1.5)
        env.append(math.sin(math.pi * x) ** 1.6)
    air = bandpass(noise(count, 1202), centre, q=1.1)
    air = lowpass(air, 3000)
    motor = [0.05 * e * (math.sin(2 * math.pi * 110 * i / RATE) + 0.4 * math.sin(2 * math.pi * 220 * i / RATE))
             for i, e in enumerate(env)]
    peak = max(abs(a) for a in air)
    out = [a / peak * e + m for a, e, m in zip(air, env, motor)]
    return normalise(fade_edges(out, 0.005, 0.03), -6)


def feedback():
    """A soft warm chime (F major triad, gently rolled), ~400 ms; never a buzzer."""
    bell = [(1, 1.0, 0.0), (2, 0.22, 6.0), (3, 0.06, 12.0)]
    out = [0.0] * int(RATE * 0.4)
    for k, freq in enumerate((349.23, 440.0, 523.25)):
        start = int(RATE * 0.045 * k)
        mix_into(out, [s * (1.0 - 0.12 * k) for s in note(freq, 0.4, bell, 7.0, attack=0.012)], start)
    return normalise(fade_edges(out, 0.002, 0.06), -6)


# ---------------------------------------------------------------------------
# Loops (both seamless: circular rendering or crossfaded overhang)

def ambience():
    """Quiet office: HVAC hum, distant murmur, now and then far-off typing; 12 s loop."""
    seconds = 12.0
    n = int(RATE * seconds)
    fade = int(RATE * 1.0)
    m = n + fade

    # HVAC: a low broadband rumble plus a 60 Hz hum; the hum's partials fit a whole number of cycles in 12 s.
    rumble = lowpass(lowpass(noise(m, 301), 140), 140)
    rpeak = max(abs(r) for r in rumble)
    # Murmur: speech-band noise with slow swells and a faint syllable-rate flutter.
    murmur = bandpass(lowpass(noise(m, 302), 1400), 520, q=0.8)
    mpeak = max(abs(x) for x in murmur)
    take = []
    for i in range(m):
        t = i / RATE
        swell = 0.55 + 0.25 * math.sin(2 * math.pi * t / 6 + 0.7) + 0.2 * math.sin(2 * math.pi * t / 4 + 2.1)
        flutter = 0.75 + 0.25 * math.sin(2 * math.pi * 3.5 * t) * math.sin(2 * math.pi * t / 3)
        take.append(0.55 * rumble[i] / rpeak + 0.16 * swell * flutter * murmur[i] / mpeak)
    out = loop_crossfade(take, n)
    for i in range(n):
        t = i / RATE
        out[i] += 0.10 * math.sin(2 * math.pi * 60 * t) + 0.035 * math.sin(2 * math.pi * 120 * t + 1.0)

    # Keyboard: two short bursts of soft clicks, muffled by distance; wrapped into the loop.
    rng = random.Random(303)
    for burst_start, keys in ((2.3, 11), (8.1, 7)):
        t = burst_start
        for _ in range(keys):
            length = int(RATE * 0.02)
            click = highpass(noise(length, rng.randrange(1 << 30)), 900)
            click = lowpass(click, 3500)
            level = 0.07 * (0.6 + 0.4 * rng.random())
            click = [c * level * math.exp(-k / (RATE * 0.004)) for k, c in enumerate(click)]
            mix_into(out, click, int(t * RATE), wrap=True)
            t += 0.09 + 0.12 * rng.random()
    return normalise(out, -16)


def ep_note(freq, seconds, velocity):
    """Soft electric-piano-like tone: sine partials, the upper ones fading faster."""
    partials = [(1, 1.0, 0.0), (2, 0.3, 2.5), (3, 0.08, 5.0), (4, 0.04, 8.0)]
    return [s * velocity for s in fade_edges(note(freq, seconds, partials, 0.9, attack=0.008), 0.0, 0.4)]


def music():
    """I-vi-IV-V in C major at 80 BPM, two bars per chord, 24 s; rendered circularly so the loop is seamless."""
    bpm = 80
    beat = 60 / bpm
    bar = 4 * beat
    n = int(RATE * 8 * bar)
    out = [0.0] * n
    hz = lambda midi: 440 * 2 ** ((midi - 69) / 12)
    chords = [  # (voicing, bass)
        ((60, 64, 67), 36),  # C
        ((60, 64, 69), 33),  # Am
        ((60, 65, 69), 41),  # F
        ((59, 62, 67), 43),  # G
    ]
    bass_partials = [(1, 1.0, 0.0), (2, 0.25, 1.5)]
    for c, (voicing, bass) in enumerate(chords):
        for b in range(2):
            bar_start = (c * 2 + b) * bar
            # Chord on beat 1, a softer repeat on beat 3, each note rolled a few milliseconds.
            for beat_no, velocity in ((0, 1.0), (2, 0.6)):
                for k, midi in enumerate(voicing):
                    start = int(RATE * (bar_start + beat_no * beat + 0.012 * k))
                    mix_into(out, ep_note(hz(midi), 2.6, velocity), start, wrap=True)
            # A quiet top note on the "and" of beat 4 (the chord's highest note, an octave up).
            start = int(RATE * (bar_start + 3.5 * beat))
            mix_into(out, ep_note(hz(voicing[-1] + 12), 1.8, 0.22), start, wrap=True)
            # Very soft bass, once a bar.
            bass_note = note(hz(bass), bar, bass_partials, 1.2, attack=0.03)
            mix_into(out, [s * 0.5 for s in fade_edges(bass_note, 0.03, 0.2)], int(RATE * bar_start), wrap=True)
    return normalise(out, -12)


def main():
    write("ui-move.wav", tone([660, 700], 0.06, volume=0.25, decay=40.0))
    write("ui-confirm.wav", tone([520, 780], 0.14, volume=0.3, decay=18.0))
    write("footstep-1.wav", footstep(seed=101, cutoff=420))
    write("footstep-2.wav", footstep(seed=102, cutoff=360))
    write("interact.wav", interact())
    write("door.wav", door())
    write("feedback.wav", feedback())
    write("ambience-office.wav", ambience())
    write("music-calm.wav", music())


if __name__ == "__main__":
    main()
