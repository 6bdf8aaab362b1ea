#include <engine/audio/AudioService.hpp>

#include <algorithm>

namespace respect::engine {

void NullAudio::setVolume(AudioBus bus, float volume) {
    volumes_[static_cast<int>(bus)] = std::clamp(volume, 0.0f, 1.0f);
}

float NullAudio::volume(AudioBus bus) const {
    return volumes_[static_cast<int>(bus)];
}

} // namespace respect::engine
