#include "SfmlAudio.hpp"

#include <engine/audio/SoundHeader.hpp>
#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>

namespace respect::engine::sfml {
namespace {

// Music this short (4 Mi samples: 47 s of 44.1 kHz stereo, 8 MiB) is decoded into memory
// and looped from there; longer music streams from the file.
constexpr std::uint64_t kMaxLoopSamples = 4u * 1024u * 1024u;

// Effects are decoded whole into memory; long music streams from the file.
SoundLimits effectLimits() {
    SoundLimits limits;
    limits.maxSeconds = 60;
    return limits;
}

} // namespace

bool soundDeviceLikelyPresent() {
    namespace fs = std::filesystem;
    std::error_code error;
    if (std::getenv("PULSE_SERVER") != nullptr) {
        return true;
    }
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR")) {
        const fs::path dir(runtime);
        if (fs::exists(dir / "pulse" / "native", error) || fs::exists(dir / "pipewire-0", error)) {
            return true;
        }
    }
    for (const auto& entry : fs::directory_iterator("/dev/snd", error)) {
        if (entry.path().filename().string().rfind("pcm", 0) == 0) {
            return true;
        }
    }
    return false;
}

SfmlAudio::SfmlAudio(const io::ContentRoot& content) : content_(content) {
    // OpenAL Soft reads this when the device opens, which happens on the first sound.
    if (!soundDeviceLikelyPresent()) {
        ::setenv("ALSOFT_DRIVERS", "null", 0);
    }
}

SfmlAudio::~SfmlAudio() {
    for (auto& voice : voices_) {
        voice.stop();
    }
    stopMusic();
}

const sf::SoundBuffer* SfmlAudio::buffer(const std::string& id) {
    const auto found = buffers_.find(id);
    if (found != buffers_.end()) {
        return found->second.get();
    }
    if (failed_.count(id) != 0) {
        return nullptr;
    }
    try {
        const std::string bytes = content_.read(id, kMaxSoundEffectFileBytes);
        checkSoundHeader(bytes, id, effectLimits()); // before SFML allocates a single sample
        auto loaded = std::make_unique<sf::SoundBuffer>();
        if (!loaded->loadFromMemory(bytes.data(), bytes.size())) {
            throw Error(id, 0, "not a sound file SFML can read (use WAV, OGG or FLAC)");
        }
        return (buffers_[id] = std::move(loaded)).get();
    } catch (const Error& error) {
        failed_.insert(id);
        log::warning(error.what());
        return nullptr;
    }
}

void SfmlAudio::startAfterFirstFrame() {
    if (started_) {
        return;
    }
    started_ = true;
    if (!pendingMusic_.empty()) {
        playMusic(std::exchange(pendingMusic_, std::string()));
    }
}

void SfmlAudio::playSound(const std::string& id) {
    if (!started_ || effectiveVolume(AudioBus::Effects) <= 0.0f) {
        return;
    }
    const sf::SoundBuffer* sound = buffer(id);
    if (sound == nullptr) {
        return;
    }
    sf::Sound& voice = voices_[nextVoice_];
    nextVoice_ = (nextVoice_ + 1) % voices_.size();
    voice.stop();
    voice.setBuffer(*sound);
    voice.setVolume(effectiveVolume(AudioBus::Effects));
    voice.play();
}

void SfmlAudio::playMusic(const std::string& id) {
    stopMusic();
    if (!started_) {
        pendingMusic_ = id;
        return;
    }
    try {
        const auto path = content_.resolve(id);
        const std::string bytes = content_.read(id, kMaxMusicFileBytes);
        const SoundInfo info = checkSoundHeader(bytes, id);
        if (info.frames * info.channels <= kMaxLoopSamples) {
            auto buffer = std::make_unique<sf::SoundBuffer>();
            if (!buffer->loadFromMemory(bytes.data(), bytes.size())) {
                throw Error(id, 0, "not a music file SFML can read (use OGG, WAV or FLAC)");
            }
            loopBuffer_ = std::move(buffer);
            loop_.setBuffer(*loopBuffer_);
            loop_.setLoop(true);
            applyMusicVolume();
            loop_.play();
            return;
        }
        auto music = std::make_unique<sf::Music>();
        if (!music->openFromFile(path.string())) {
            throw Error(id, 0, "not a music file SFML can read (use OGG, WAV or FLAC)");
        }
        music->setLoop(true);
        music_ = std::move(music);
        applyMusicVolume();
        music_->play();
    } catch (const Error& error) {
        log::warning(error.what());
    }
}

void SfmlAudio::stopMusic() {
    pendingMusic_.clear();
    if (music_) {
        music_->stop();
        music_.reset();
    }
    if (loopBuffer_) {
        loop_.stop();
        loop_.resetBuffer();
        loopBuffer_.reset();
    }
}

void SfmlAudio::setVolume(AudioBus bus, float volume) {
    volumes_[static_cast<std::size_t>(bus)] = std::clamp(volume, 0.0f, 1.0f);
    applyMusicVolume();
}

float SfmlAudio::volume(AudioBus bus) const {
    return volumes_[static_cast<std::size_t>(bus)];
}

float SfmlAudio::effectiveVolume(AudioBus bus) const {
    return 100.0f * volume(AudioBus::Master) * volume(bus);
}

void SfmlAudio::applyMusicVolume() {
    if (music_) {
        music_->setVolume(effectiveVolume(AudioBus::Music));
    }
    if (loopBuffer_) {
        loop_.setVolume(effectiveVolume(AudioBus::Music));
    }
}

} // namespace respect::engine::sfml
