#pragma once
// How every screen looks, from the player's settings: the palette (standard or high
// contrast), the text scale (100–250 %) and the font family. Scenes ask the theme for text
// styles by role instead of hard-coding sizes, so a setting changes every screen at once.
// Focus is always shown by shape (a frame and a marker) as well as colour, so nothing
// depends on colour alone.

#include <engine/render/Canvas.hpp>
#include <engine/render/Color.hpp>
#include <game/progress/Settings.hpp>

#include <string>

namespace respect::game {

struct Palette {
    engine::Color background;
    engine::Color panel;
    engine::Color focus;
    engine::Color focusFrame;
    engine::Color title;
    engine::Color text;
    engine::Color mutedText;
    engine::Color positive; ///< score bars above zero (always drawn with their number)
    engine::Color negative; ///< score bars below zero
    engine::Color scrim;    ///< dims the scene under an overlay
};

/// Roles of text; each has a base size in pixels at 100 %.
enum class TextRole { Title, Heading, Body, Menu, Hint };

class Theme {
public:
    /// The standard look at 100 % with the default font.
    Theme() = default;
    explicit Theme(const Settings& settings) { apply(settings); }

    static const Palette& standardPalette();
    static const Palette& highContrastPalette();

    void apply(const Settings& settings);

    const Palette& colours() const { return *palette_; }
    bool highContrast() const { return palette_ == &highContrastPalette(); }
    /// The text scale as a factor: 1.0 to 2.5.
    float textScale() const { return scale_; }
    /// A length in pixels that grows with the text (padding, row heights).
    float scaled(float basePixels) const { return basePixels * scale_; }

    /// Font ids registered with the window backend for the chosen family.
    const std::string& regularFont() const { return regular_; }
    const std::string& boldFont() const { return bold_; }

    engine::TextStyle text(TextRole role) const;
    engine::TextStyle bold(TextRole role) const;
    /// A style of the role in another colour.
    engine::TextStyle text(TextRole role, engine::Color colour) const;
    engine::TextStyle bold(TextRole role, engine::Color colour) const;

    static float baseSize(TextRole role);

private:
    float titleScale() const;

    const Palette* palette_ = &standardPalette();
    float scale_ = 1.0f;
    std::string regular_ = "regular";
    std::string bold_ = "bold";
};

} // namespace respect::game
