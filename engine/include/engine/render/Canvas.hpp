#pragma once
// Everything a scene can draw. The window backend draws for real; RecordingCanvas
// records the calls so scenes are tested without a display.

#include <engine/core/Vec2.hpp>
#include <engine/render/Color.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace respect::engine {

struct TextStyle {
    std::string font = "regular"; ///< a font id registered with the backend
    float sizePixels = 24.0f;
    Color color{255, 255, 255, 255};
    /// A font id for symbols many text fonts lack (arrows U+2190–21FF, geometric shapes
    /// U+25A0–25FF, dingbats U+2700–27BF: ▶ ↑ ✓); empty draws them with `font` too.
    std::string symbolFont;
};

/// True for the code points TextStyle::symbolFont draws.
constexpr bool isSymbolCodePoint(char32_t c) {
    return (c >= 0x2190 && c <= 0x21FF) || (c >= 0x25A0 && c <= 0x25FF) ||
           (c >= 0x2700 && c <= 0x27BF);
}

class Canvas {
public:
    virtual ~Canvas() = default;

    /// Drawable area in pixels (the window's size; scenes lay out from it).
    virtual Vec2 size() const = 0;
    virtual void clear(Color color) = 0;
    virtual void fillRect(const Rect& rect, Color color) = 0;
    /// An outline drawn inside `rect`.
    virtual void strokeRect(const Rect& rect, Color color, float thicknessPixels) = 0;
    /// UTF-8 text; `topLeft` is the top of the line box.
    virtual void drawText(std::string_view utf8, Vec2 topLeft, const TextStyle& style) = 0;
    /// Width and line height the text would take.
    virtual Vec2 measureText(std::string_view utf8, const TextStyle& style) = 0;
    /// Draws the `source` pixels of an image (a content path such as
    /// "assets/tiles/office.png") into `destination`, scaled, multiplied by `tint`.
    /// An image that cannot be loaded is reported once and then skipped.
    virtual void drawImage(const std::string& image, const Rect& source, const Rect& destination,
                           Color tint = Color{255, 255, 255, 255}) = 0;

    /// Paints a layer's pixels: draws into `canvas` with layer pixel (x, y) at
    /// origin + (x, y) * scale; only the `visible` part (layer pixels) needs drawing.
    using LayerPainter =
        std::function<void(Canvas& canvas, Vec2 origin, float scale, const Rect& visible)>;

    /// A picture that stays the same from frame to frame (a map's floor and walls): the
    /// `source` part of a layer of `layerSize` pixels, on `background`, scaled into
    /// `destination`, replacing what was there. A window backend paints the whole layer
    /// once into an off-screen image, again only when `key` names a new layer or `version`
    /// changed, and then copies it in one step: hundreds of tiles become one opaque image.
    /// This version paints the visible part straight into this canvas on every call.
    virtual void drawLayer(const std::string& key, std::uint64_t version, Vec2 layerSize,
                           Color background, const Rect& source, const Rect& destination,
                           const LayerPainter& paint);
};

} // namespace respect::engine
