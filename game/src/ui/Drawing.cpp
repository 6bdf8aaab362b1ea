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

void drawHint(engine::Canvas& canvas, std::string_view hint, const Theme& theme) {
    const auto style = theme.text(TextRole::Hint);
    const float height = canvas.measureText("Ag", style).y;
    drawCentred(canvas, hint, canvas.size().y - height - 16.0f, style);
}

void drawBackground(engine::Canvas& canvas, const Theme& theme) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme.colours().background);
}

} // namespace respect::game
