#pragma once
// A vertical list of items driven by keyboard, gamepad, number keys and mouse. It keeps
// the focus, lays itself out centred, and draws a visible focus frame and marker.

#include <engine/audio/AudioService.hpp>
#include <engine/input/InputFrame.hpp>
#include <engine/render/Canvas.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::game {

class Menu {
public:
    explicit Menu(std::vector<std::string> labels);

    /// Handles one step of input. Returns the index of the item activated this step.
    /// Sets `changed` when the focus moved (so the caller redraws).
    std::optional<std::size_t> update(const engine::input::InputFrame& input,
                                      engine::AudioService& audio, bool& changed);
    void draw(engine::Canvas& canvas, float top);

    std::size_t focused() const { return focused_; }
    void setLabels(std::vector<std::string> labels);

private:
    engine::Rect itemRect(std::size_t index) const;

    std::vector<std::string> labels_;
    std::size_t focused_ = 0;
    float top_ = 0.0f; ///< layout from the last draw, for pointer hit tests
    float canvasWidth_ = 1280.0f;
};

} // namespace respect::game
