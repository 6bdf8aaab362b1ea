#pragma once
// AudioService over SFML audio (OpenAL Soft). Nothing touches the audio device until the
// first sound plays; on a machine with no sound device it picks OpenAL's silent driver
// instead of printing pages of ALSA errors.

#include <engine/audio/AudioService.hpp>
#include <engine/io/ContentRoot.hpp>

#include <SFML/Audio/Music.hpp>
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>

#include <array>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace respect::engine::sfml {

class SfmlAudio final : public AudioService {
public:
    explicit SfmlAudio(const io::ContentRoot& content);
    ~SfmlAudio() override;
    SfmlAudio(const SfmlAudio&) = delete;
    SfmlAudio& operator=(const SfmlAudio&) = delete;

    void playSound(const std::string& id) override;
    void playMusic(const std::string& id) override;
    void stopMusic() override;
    void setVolume(AudioBus bus, float volume) override;
    float volume(AudioBus bus) const override;

    /// Until this is called (the platform does it once the first frame is on screen and
    /// the loop comes round again),
    /// music is only noted and effects are dropped: opening the audio device and decoding
    /// the title music would otherwise delay the first picture by several milliseconds.
    void startAfterFirstFrame();

private:
    const sf::SoundBuffer* buffer(const std::string& id);
    void applyMusicVolume();
    float effectiveVolume(AudioBus bus) const; ///< bus × master, in SFML's 0..100

    const io::ContentRoot& content_;
    std::array<float, 3> volumes_{1.0f, 1.0f, 1.0f};
    std::map<std::string, std::unique_ptr<sf::SoundBuffer>> buffers_;
    std::set<std::string> failed_; ///< ids already reported, so a bad file is logged once
    std::array<sf::Sound, 16> voices_;
    std::size_t nextVoice_ = 0;
    // Music: a short loop (kMaxLoopSamples or less) is decoded once and played from memory,
    // which needs no streaming thread (SFML's wakes every 10 ms, and stopping it waits for
    // that); anything longer streams from the file.
    std::unique_ptr<sf::Music> music_;
    std::unique_ptr<sf::SoundBuffer> loopBuffer_;
    sf::Sound loop_;
    bool started_ = false;
    std::string pendingMusic_; ///< asked for before startAfterFirstFrame(); "" for none
};

/// True when the machine seems to have somewhere to send sound (an ALSA card, or a
/// PulseAudio/PipeWire server). Used to choose OpenAL's silent driver otherwise.
bool soundDeviceLikelyPresent();

} // namespace respect::engine::sfml
