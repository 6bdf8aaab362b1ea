#include <engine/render/TextLayout.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

void drawCentred(engine::Canvas& canvas, std::string_view text, float y,
                 const engine::TextStyle& style) {
    const engine::Vec2 extent = canvas.measureText(text, style);
    canvas.drawText(text, {(canvas.size().x - extent.x) / 2.0f, y}, style);
}

float drawWrapped(engine::Canvas& canvas, std::string_view text, engine::Vec2 topLeft, float width,
                  const engine::TextStyle& style) {
    const float lineHeight = canvas.measureText("Ag", style).y;
    float y = topLeft.y;
    for (const auto& line : engine::wrapText(canvas, text, style, width)) {
        canvas.drawText(line, {topLeft.x, y}, style);
        y += lineHeight;
    }
    return y;
}

float wrappedHeight(engine::Canvas& canvas, std::string_view text, float width,
                    const engine::TextStyle& style) {
    const float lineHeight = canvas.measureText("Ag", style).y;
    return lineHeight * static_cast<float>(engine::wrapText(canvas, text, style, width).size());
}

void drawPanel(engine::Canvas& canvas, const engine::Rect& rect, const Theme& theme) {
    canvas.fillRect(rect, theme.colours().panel);
    canvas.strokeRect(
        rect, theme.highContrast() ? theme.colours().text : theme.colours().focusFrame, 2.0f);
}

std::string shortened(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) {
        return text;
    }
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end; // a continuation byte: back to where the character starts
    }
    return text.substr(0, end) + "…";
}

namespace {

std::vector<std::string> hintLines(engine::Canvas& canvas, std::string_view hint,
                                   const Theme& theme) {
    const auto style = theme.text(TextRole::Hint);
    const float width = std::max(100.0f, canvas.size().x - 40.0f);
    if (canvas.measureText(hint, style).x <= width) {
        return {std::string(hint)}; // as written: wrapping would squeeze the spaced-out keys
    }
    return engine::wrapText(canvas, hint, style, width);
}

} // namespace

float hintTop(engine::Canvas& canvas, std::string_view hint, const Theme& theme) {
    const float height = canvas.measureText("Ag", theme.text(TextRole::Hint)).y;
    return canvas.size().y - 16.0f -
           height *
               static_cast<float>(std::max<std::size_t>(1, hintLines(canvas, hint, theme).size()));
}

void drawHint(engine::Canvas& canvas, std::string_view hint, const Theme& theme) {
    // Large text makes long hints wrap: they grow upwards from the bottom edge.
    const auto style = theme.text(TextRole::Hint);
    const float height = canvas.measureText("Ag", style).y;
    float y = hintTop(canvas, hint, theme);
    for (const auto& line : hintLines(canvas, hint, theme)) {
        drawCentred(canvas, line, y, style);
        y += height;
    }
}

void drawBackground(engine::Canvas& canvas, const Theme& theme) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme.colours().background);
}

} // namespace respect::game
