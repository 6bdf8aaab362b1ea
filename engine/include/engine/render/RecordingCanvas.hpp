#pragma once
// A Canvas that draws nothing and remembers every call, for headless runs and tests.
// Text is measured with a fixed advance per character, so layout stays deterministic.

#include <engine/render/Canvas.hpp>

#include <vector>

namespace respect::engine {

class RecordingCanvas final : public Canvas {
public:
    struct Command {
        enum class Kind { Clear, FillRect, StrokeRect, Text, Image };
        Kind kind;
        Rect rect;
        Color color;
        std::string text; ///< Text: the text; Image: the image path
        TextStyle style;
        Rect source; ///< Image: the pixels taken from the image
    };

    explicit RecordingCanvas(Vec2 size = {1280.0f, 720.0f}) : size_(size) {}

    Vec2 size() const override { return size_; }
    void setSize(Vec2 size) { size_ = size; }
    void clear(Color color) override;
    void fillRect(const Rect& rect, Color color) override;
    void strokeRect(const Rect& rect, Color color, float thicknessPixels) override;
    void drawText(std::string_view utf8, Vec2 topLeft, const TextStyle& style) override;
    Vec2 measureText(std::string_view utf8, const TextStyle& style) override;
    void drawImage(const std::string& image, const Rect& source, const Rect& destination,
                   Color tint) override;
    /// The image commands of the current frame drawn from `image`.
    std::vector<Command> images(std::string_view image) const;

    /// The commands of the current frame (clear() starts a new one).
    const std::vector<Command>& commands() const { return commands_; }
    /// The text commands of the current frame.
    std::vector<Command> texts() const;
    /// The first text command of the current frame whose text equals `text`, or nullptr.
    const Command* findText(std::string_view text) const;
    void reset() { commands_.clear(); }

private:
    Vec2 size_;
    std::vector<Command> commands_;
};

} // namespace respect::engine
