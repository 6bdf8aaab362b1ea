#pragma once
// Sound as the game sees it: effects and music by id, three volume buses.
// The window backend plays through SFML/OpenAL; NullAudio and RecordingAudio do not.

#include <string>
#include <vector>

namespace respect::engine {

enum class AudioBus { Master, Music, Effects };

class AudioService {
public:
    virtual ~AudioService() = default;
    /// `id` is a content path such as "sounds/click.wav"; unknown ids are logged once, not fatal.
    virtual void playSound(const std::string& id) = 0;
    virtual void playMusic(const std::string& id) = 0; ///< loops until stopMusic()
    virtual void stopMusic() = 0;
    /// 0.0 (silent) to 1.0.
    virtual void setVolume(AudioBus bus, float volume) = 0;
    virtual float volume(AudioBus bus) const = 0;
};

/// Plays nothing, remembers volumes.
class NullAudio : public AudioService {
public:
    void playSound(const std::string&) override {}
    void playMusic(const std::string&) override {}
    void stopMusic() override {}
    void setVolume(AudioBus bus, float volume) override;
    float volume(AudioBus bus) const override;

private:
    float volumes_[3] = {1.0f, 1.0f, 1.0f};
};

/// Remembers what would have been played, for tests.
class RecordingAudio final : public NullAudio {
public:
    void playSound(const std::string& id) override { sounds.push_back(id); }
    void playMusic(const std::string& id) override { music = id; }
    void stopMusic() override { music.clear(); }

    std::vector<std::string> sounds;
    std::string music;
};

} // namespace respect::engine
