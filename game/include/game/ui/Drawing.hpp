#pragma once
// Small drawing helpers every screen uses: centred lines, wrapped paragraphs, a panel with
// its frame, and the hint line at the bottom of the screen.

#include <engine/render/Canvas.hpp>
#include <game/ui/Theme.hpp>

#include <string>
#include <string_view>

namespace respect::game {

void drawCentred(engine::Canvas& canvas, std::string_view text, float y,
                 const engine::TextStyle& style);

/// Draws `text` wrapped to `width` from `y`; returns the y below the last line.
float drawWrapped(engine::Canvas& canvas, std::string_view text, engine::Vec2 topLeft, float width,
                  const engine::TextStyle& style);

/// The height drawWrapped() would take.
float wrappedHeight(engine::Canvas& canvas, std::string_view text, float width,
                    const engine::TextStyle& style);

/// A filled panel with a visible outline (in high contrast the fill is black, so the
/// outline is what shows its edge).
void drawPanel(engine::Canvas& canvas, const engine::Rect& rect, const Theme& theme);

/// At most `limit` bytes of `text`, cut before a whole UTF-8 character, with "…" when
/// cut: for one-line labels that quote a long option.
std::string shortened(const std::string& text, std::size_t limit);

/// The keyboard and gamepad hint at the bottom of the screen, wrapped when too wide.
void drawHint(engine::Canvas& canvas, std::string_view hint, const Theme& theme);
/// Where drawHint() starts drawing `hint`: what lies above must end there.
float hintTop(engine::Canvas& canvas, std::string_view hint, const Theme& theme);

/// The whole screen in the theme's background colour.
void drawBackground(engine::Canvas& canvas, const Theme& theme);

} // namespace respect::game
