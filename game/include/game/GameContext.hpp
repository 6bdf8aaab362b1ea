#pragma once
// What every scene of the game may use: the data folder, sound and the UI text.

#include <engine/audio/AudioService.hpp>
#include <engine/io/ContentRoot.hpp>
#include <game/text/UiText.hpp>

namespace respect::game {

struct GameContext {
    const engine::io::ContentRoot& content;
    engine::AudioService& audio;
    const UiText& text;
};

} // namespace respect::game
