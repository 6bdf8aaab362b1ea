#include <game/ui/Theme.hpp>

#include <algorithm>

namespace respect::game {

const Palette& Theme::standardPalette() {
    static const Palette palette{
        {27, 38, 56, 255},    // background: deep blue
        {40, 56, 82, 255},    // panel
        {70, 104, 150, 255},  // focus
        {255, 255, 255, 255}, // focus frame
        {242, 193, 78, 255},  // title: warm yellow
        {240, 240, 240, 255}, // text
        {190, 198, 210, 255}, // muted text (contrast 9:1 on the panel)
        {96, 186, 120, 255},  // positive
        {224, 112, 96, 255},  // negative
        {0, 0, 0, 150},       // scrim
    };
    return palette;
}

const Palette& Theme::highContrastPalette() {
    // Black and white with yellow accents: the usual high-contrast scheme, every text
    // colour at least 15:1 against black.
    static const Palette palette{
        {0, 0, 0, 255},       // background
        {0, 0, 0, 255},       // panel (outlined in white where it matters)
        {0, 0, 0, 255},       // focus: the frame and marker carry it
        {255, 255, 0, 255},   // focus frame: yellow
        {255, 255, 0, 255},   // title
        {255, 255, 255, 255}, // text
        {255, 255, 255, 255}, // muted text is plain white too
        {0, 255, 255, 255},   // positive: cyan
        {255, 160, 255, 255}, // negative: pink
        {0, 0, 0, 230},       // scrim
    };
    return palette;
}

void Theme::apply(const Settings& settings) {
    palette_ = settings.highContrast ? &highContrastPalette() : &standardPalette();
    scale_ = static_cast<float>(settings.textScalePercent) / 100.0f;
    switch (settings.font) {
    case FontChoice::Default:
        regular_ = "regular";
        bold_ = "bold";
        break;
    case FontChoice::Atkinson:
        regular_ = "atkinson";
        bold_ = "atkinson-bold";
        break;
    case FontChoice::OpenDyslexic:
        regular_ = "opendyslexic";
        bold_ = "opendyslexic-bold";
        break;
    }
}

float Theme::titleScale() const {
    // The game's name is large already (96 px): it grows a little with the text, and gives
    // way above 150 % so the menu under it keeps its room.
    return scale_ <= 1.5f ? std::min(scale_, 1.2f) : 0.9f;
}

float Theme::baseSize(TextRole role) {
    switch (role) {
    case TextRole::Title:
        return 96.0f;
    case TextRole::Heading:
        return 34.0f;
    case TextRole::Body:
        return 28.0f;
    case TextRole::Menu:
        return 34.0f;
    case TextRole::Hint:
        return 20.0f;
    }
    return 28.0f;
}

engine::TextStyle Theme::text(TextRole role, engine::Color colour) const {
    engine::TextStyle style;
    style.font = regular_;
    // The accessible fonts lack arrows and shapes (▶ ↑ ✓): those come from the default one.
    style.symbolFont = regular_ == "regular" ? "" : "regular";
    // The title is large already: it grows less, so the menu under it keeps its room.
    style.sizePixels = baseSize(role) * (role == TextRole::Title ? titleScale() : scale_);
    style.color = colour;
    return style;
}

engine::TextStyle Theme::bold(TextRole role, engine::Color colour) const {
    engine::TextStyle style = text(role, colour);
    style.font = bold_;
    if (!style.symbolFont.empty()) {
        style.symbolFont = "bold";
    }
    return style;
}

engine::TextStyle Theme::text(TextRole role) const {
    return text(role, role == TextRole::Hint ? colours().mutedText : colours().text);
}

engine::TextStyle Theme::bold(TextRole role) const {
    return bold(role, role == TextRole::Title || role == TextRole::Heading ? colours().title
                                                                           : colours().text);
}

} // namespace respect::game
