#include <engine/audio/SoundHeader.hpp>
#include <engine/core/Error.hpp>

namespace respect::engine {
namespace {

std::uint64_t littleEndian(std::string_view bytes, std::size_t at, std::size_t count) {
    std::uint64_t value = 0;
    for (std::size_t i = count; i-- > 0;) {
        value = (value << 8u) | static_cast<unsigned char>(bytes[at + i]);
    }
    return value;
}

std::uint64_t bigEndian(std::string_view bytes, std::size_t at, std::size_t count) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        value = (value << 8u) | static_cast<unsigned char>(bytes[at + i]);
    }
    return value;
}

unsigned byteAt(std::string_view bytes, std::size_t at) {
    return static_cast<unsigned char>(bytes[at]);
}

class HeaderReader {
public:
    HeaderReader(std::string_view bytes, const std::string& name) : bytes_(bytes), name_(name) {}

    SoundInfo read() const {
        if (bytes_.substr(0, 4) == "RIFF") {
            return wav();
        }
        if (bytes_.substr(0, 4) == "OggS") {
            return ogg();
        }
        if (bytes_.substr(0, 4) == "fLaC") {
            return flac();
        }
        fail("not a sound file the game can play (use WAV, OGG Vorbis or FLAC)");
    }

    [[noreturn]] void fail(const std::string& message) const { throw Error(name_, 0, message); }

private:
    // RIFF "WAVE", then chunks: the "fmt " chunk must come before the "data" chunk.
    SoundInfo wav() const {
        if (bytes_.size() < 12 || bytes_.substr(8, 4) != "WAVE") {
            fail("RIFF file is not a WAVE sound");
        }
        SoundInfo info;
        info.format = "WAV";
        std::uint64_t blockAlign = 0;
        std::uint64_t at = 12;
        while (at + 8 <= bytes_.size()) {
            const std::string_view id = bytes_.substr(at, 4);
            const std::uint64_t length = littleEndian(bytes_, at + 4, 4);
            const std::uint64_t body = at + 8;
            if (id == "data") {
                if (blockAlign == 0) {
                    fail("WAV file has no 'fmt ' chunk before its samples");
                }
                if (body + length > bytes_.size()) {
                    fail("WAV file declares " + std::to_string(length) +
                         " bytes of samples but only " + std::to_string(bytes_.size() - body) +
                         " follow; the file is truncated or damaged");
                }
                info.frames = length / blockAlign;
                return info;
            }
            if (id == "fmt ") {
                if (length < 16 || body + 16 > bytes_.size()) {
                    fail("WAV 'fmt ' chunk is too short");
                }
                const auto format = littleEndian(bytes_, body, 2);
                info.channels = static_cast<std::uint32_t>(littleEndian(bytes_, body + 2, 2));
                info.sampleRate = static_cast<std::uint32_t>(littleEndian(bytes_, body + 4, 4));
                const auto bits = littleEndian(bytes_, body + 14, 2);
                if (format != 1 && format != 0xFFFE) {
                    fail("WAV sample format " + std::to_string(format) +
                         " is not supported; save it as PCM");
                }
                if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
                    fail("WAV samples of " + std::to_string(bits) +
                         " bits are not supported; use 8, 16, 24 or 32");
                }
                checkChannelsAndRate(info);
                blockAlign = info.channels * bits / 8;
            }
            at = body + length + (length & 1u);
        }
        fail("WAV file has no 'data' chunk");
    }

    // The first page holds the Vorbis identification header; the granule position of the
    // last page is the number of samples per channel.
    SoundInfo ogg() const {
        if (bytes_.size() < 27) {
            fail("OGG file is truncated");
        }
        const std::size_t packet = 27 + byteAt(bytes_, 26);
        if (packet + 16 > bytes_.size()) {
            fail("OGG file is truncated");
        }
        if (byteAt(bytes_, packet) != 1 || bytes_.substr(packet + 1, 6) != "vorbis") {
            fail("OGG file does not hold Vorbis sound (the only kind SFML plays)");
        }
        SoundInfo info;
        info.format = "OGG";
        info.channels = byteAt(bytes_, packet + 11);
        info.sampleRate = static_cast<std::uint32_t>(littleEndian(bytes_, packet + 12, 4));
        checkChannelsAndRate(info);
        const std::size_t last = bytes_.rfind("OggS");
        if (last + 14 > bytes_.size()) {
            fail("OGG file is truncated");
        }
        info.frames = littleEndian(bytes_, last + 6, 8);
        if (info.frames > (std::uint64_t{1} << 62)) {
            fail("OGG file's last page has no valid sample count; the file is damaged");
        }
        return info;
    }

    // "fLaC", then the STREAMINFO block: 20 bits of rate, 3 of channels - 1, 5 of bits - 1,
    // 36 of total samples (0 when unknown).
    SoundInfo flac() const {
        if (bytes_.size() < 8 + 34 || (byteAt(bytes_, 4) & 0x7Fu) != 0 ||
            bigEndian(bytes_, 5, 3) < 34) {
            fail("FLAC file has no valid STREAMINFO block");
        }
        SoundInfo info;
        info.format = "FLAC";
        info.sampleRate = static_cast<std::uint32_t>(bigEndian(bytes_, 18, 3) >> 4u);
        info.channels = ((byteAt(bytes_, 20) >> 1u) & 7u) + 1u;
        info.frames = (std::uint64_t{byteAt(bytes_, 21) & 0x0Fu} << 32u) | bigEndian(bytes_, 22, 4);
        checkChannelsAndRate(info);
        return info;
    }

    void checkChannelsAndRate(const SoundInfo& info) const {
        if (info.channels == 0) {
            fail(info.format + " file declares no channels");
        }
        if (info.sampleRate == 0) {
            fail(info.format + " file declares a sample rate of 0");
        }
    }

    std::string_view bytes_;
    const std::string& name_;
};

} // namespace

SoundInfo checkSoundHeader(std::string_view bytes, const std::string& name,
                           const SoundLimits& limits) {
    const HeaderReader reader(bytes, name);
    SoundInfo info = reader.read();
    if (info.channels > limits.maxChannels) {
        reader.fail(info.format + " sound has " + std::to_string(info.channels) +
                    " channels; the limit is " + std::to_string(limits.maxChannels));
    }
    if (info.sampleRate < limits.minSampleRate || info.sampleRate > limits.maxSampleRate) {
        reader.fail(info.format + " sound is sampled at " + std::to_string(info.sampleRate) +
                    " Hz; use " + std::to_string(limits.minSampleRate) + " to " +
                    std::to_string(limits.maxSampleRate) + " Hz");
    }
    const std::uint64_t seconds = info.frames / info.sampleRate;
    if (seconds > limits.maxSeconds) {
        reader.fail(info.format + " sound lasts " + std::to_string(seconds) + " s; the limit is " +
                    std::to_string(limits.maxSeconds) + " s");
    }
    return info;
}

} // namespace respect::engine
