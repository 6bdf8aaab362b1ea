#pragma once
// A vertical list of items driven by keyboard, gamepad, number keys and mouse. It keeps
// the focus, lays itself out centred at the theme's text size, and draws a visible focus
// frame and marker, so the focus never depends on colour alone.

#include <engine/audio/AudioService.hpp>
#include <engine/input/InputFrame.hpp>
#include <engine/render/Canvas.hpp>
#include <game/ui/Theme.hpp>

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
    /// Draws from `top`; returns the y below the last item.
    float draw(engine::Canvas& canvas, float top, const Theme& theme);
    /// How tall every item takes together, so a screen can make room before drawing.
    float fullHeight(engine::Canvas& canvas, const Theme& theme) const;

    std::size_t focused() const { return focused_; }
    void setFocused(std::size_t index);
    const std::vector<std::string>& labels() const { return labels_; }
    void setLabels(std::vector<std::string> labels);
    /// Lays the items out in the column from `left`, `width` wide, instead of centred.
    void setColumn(float left, float width) { column_ = {left, width}; }
    /// The size of the items' text (TextRole::Menu by default).
    void setTextRole(TextRole role) { role_ = role; }
    /// The focused label, for text to speech.
    const std::string& focusedLabel() const;

private:
    engine::Rect itemRect(std::size_t index) const;

    std::vector<std::string> labels_;
    std::size_t focused_ = 0;
    // Layout from the last draw, for pointer hit tests.
    float top_ = 0.0f;
    float left_ = 0.0f;
    float itemWidth_ = 420.0f;
    float itemHeight_ = 60.0f;
    float gap_ = 12.0f;
    TextRole role_ = TextRole::Menu;
    std::optional<std::pair<float, float>> column_;      ///< left, width
    std::size_t first_ = 0;                              ///< the first row shown (scrolling)
    std::size_t visible_ = static_cast<std::size_t>(-1); ///< rows that fit, from the last draw
};

} // namespace respect::game
