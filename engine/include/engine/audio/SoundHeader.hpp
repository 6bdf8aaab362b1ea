#pragma once
// What a sound file declares, read from its headers before anything decodes it: a 64-byte
// WAV can claim 2 GB of samples and make SFML allocate them all.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace respect::engine {

/// Sound effects are read whole and decoded into memory; music streams from its file.
constexpr std::size_t kMaxSoundEffectFileBytes = 4u * 1024u * 1024u;
constexpr std::size_t kMaxMusicFileBytes = 64u * 1024u * 1024u;

struct SoundLimits {
    std::uint32_t maxChannels = 2;
    std::uint32_t minSampleRate = 8000;
    std::uint32_t maxSampleRate = 96000;
    std::uint32_t maxSeconds = 600; ///< ten minutes
};

struct SoundInfo {
    std::string format; ///< "WAV", "OGG" or "FLAC"
    std::uint32_t channels = 0;
    std::uint32_t sampleRate = 0;
    std::uint64_t frames = 0; ///< samples per channel
};

/// Reads the headers of a WAV (PCM), OGG Vorbis or FLAC file held whole in `bytes`.
/// Throws engine::Error naming `name` when it is none of those, when a header is damaged or
/// declares more data than the file holds, or when the sound exceeds `limits`.
SoundInfo checkSoundHeader(std::string_view bytes, const std::string& name,
                           const SoundLimits& limits = {});

} // namespace respect::engine
