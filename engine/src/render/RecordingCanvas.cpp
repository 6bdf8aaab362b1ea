#include <engine/core/Utf8.hpp>
#include <engine/render/RecordingCanvas.hpp>

namespace respect::engine {
void RecordingCanvas::clear(Color color) {
    // A clear starts a new frame: older commands are dropped so long runs stay flat.
    commands_.clear();
    commands_.push_back({Command::Kind::Clear, {0, 0, size_.x, size_.y}, color, {}, {}, {}});
}

void RecordingCanvas::fillRect(const Rect& rect, Color color) {
    commands_.push_back({Command::Kind::FillRect, rect, color, {}, {}, {}});
}

void RecordingCanvas::strokeRect(const Rect& rect, Color color, float) {
    commands_.push_back({Command::Kind::StrokeRect, rect, color, {}, {}, {}});
}

void RecordingCanvas::drawText(std::string_view utf8, Vec2 topLeft, const TextStyle& style) {
    const Vec2 extent = measureText(utf8, style);
    commands_.push_back({Command::Kind::Text,
                         {topLeft.x, topLeft.y, extent.x, extent.y},
                         style.color,
                         std::string(utf8),
                         style,
                         {}});
}

Vec2 RecordingCanvas::measureText(std::string_view utf8, const TextStyle& style) {
    return {static_cast<float>(codePointCount(utf8)) * style.sizePixels * 0.55f,
            style.sizePixels * 1.25f};
}

void RecordingCanvas::drawImage(const std::string& image, const Rect& source,
                                const Rect& destination, Color tint) {
    Command command{Command::Kind::Image, destination, tint, image, {}, source};
    commands_.push_back(std::move(command));
}

std::vector<RecordingCanvas::Command> RecordingCanvas::images(std::string_view image) const {
    std::vector<Command> out;
    for (const auto& command : commands_) {
        if (command.kind == Command::Kind::Image && command.text == image) {
            out.push_back(command);
        }
    }
    return out;
}

std::vector<RecordingCanvas::Command> RecordingCanvas::texts() const {
    std::vector<Command> out;
    for (const auto& command : commands_) {
        if (command.kind == Command::Kind::Text) {
            out.push_back(command);
        }
    }
    return out;
}

const RecordingCanvas::Command* RecordingCanvas::findText(std::string_view text) const {
    for (const auto& command : commands_) {
        if (command.kind == Command::Kind::Text && command.text == text) {
            return &command;
        }
    }
    return nullptr;
}

} // namespace respect::engine
