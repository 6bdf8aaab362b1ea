#pragma once
// The settings: language, text size, font, high contrast, typewriter speed, the three
// volumes, reduced motion, text to speech, fullscreen, and the controls. Left and right
// (or confirm, a click, the A button) change the focused setting; every change is applied
// at once and saved, so the player sees its effect on this very screen.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <string>
#include <vector>

namespace respect::game {

class SettingsScene final : public engine::Scene {
public:
    explicit SettingsScene(GameContext& context);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    enum Row : std::size_t {
        Language,
        TextSize,
        Font,
        HighContrast,
        TypewriterSpeed,
        MasterVolume,
        MusicVolume,
        EffectsVolume,
        ReducedMotion,
        TextToSpeech,
        Fullscreen,
        Controls,
        Identity,
        Back,
        RowCount
    };
    const Menu& menu() const { return menu_; }

private:
    std::vector<std::string> labels() const;
    std::string valueOf(Row row) const;
    /// The settings with `row` moved one step (`direction` -1 or +1), wrapping around.
    Settings stepped(Row row, int direction) const;

    GameContext& context_;
    Menu menu_;
};

} // namespace respect::game
