#include <game/ui/Menu.hpp>
#include <game/ui/Theme.hpp>

namespace respect::game {
namespace {

using engine::input::Action;

constexpr float kItemWidth = 420.0f;
constexpr float kItemHeight = 60.0f;
constexpr float kItemGap = 12.0f;

} // namespace

Menu::Menu(std::vector<std::string> labels) : labels_(std::move(labels)) {}

void Menu::setLabels(std::vector<std::string> labels) {
    labels_ = std::move(labels);
    if (focused_ >= labels_.size()) {
        focused_ = 0;
    }
}

engine::Rect Menu::itemRect(std::size_t index) const {
    return {(canvasWidth_ - kItemWidth) / 2.0f,
            top_ + static_cast<float>(index) * (kItemHeight + kItemGap), kItemWidth, kItemHeight};
}

std::optional<std::size_t> Menu::update(const engine::input::InputFrame& input,
                                        engine::AudioService& audio, bool& changed) {
    if (labels_.empty()) {
        return std::nullopt;
    }
    const std::size_t before = focused_;
    if (input.pressed(Action::MoveDown)) {
        focused_ = (focused_ + 1) % labels_.size();
    }
    if (input.pressed(Action::MoveUp)) {
        focused_ = (focused_ + labels_.size() - 1) % labels_.size();
    }
    std::optional<std::size_t> activated;
    if (input.pointer && (input.pointerMoved || input.pointerClicked)) {
        for (std::size_t i = 0; i < labels_.size(); ++i) {
            if (itemRect(i).contains(*input.pointer)) {
                focused_ = i;
                if (input.pointerClicked) {
                    activated = i;
                }
            }
        }
    }
    if (const int number = input.choicePressed();
        number > 0 && static_cast<std::size_t>(number) <= labels_.size()) {
        focused_ = static_cast<std::size_t>(number - 1);
        activated = focused_;
    }
    if (input.pressed(Action::Confirm)) {
        activated = focused_;
    }
    if (focused_ != before) {
        changed = true;
        audio.playSound("assets/sounds/ui-move.wav");
    }
    if (activated) {
        changed = true;
        audio.playSound("assets/sounds/ui-confirm.wav");
    }
    return activated;
}

void Menu::draw(engine::Canvas& canvas, float top) {
    top_ = top;
    canvasWidth_ = canvas.size().x;
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        const engine::Rect box = itemRect(i);
        const bool focus = i == focused_;
        canvas.fillRect(box, focus ? theme::kFocus : theme::kPanel);
        if (focus) {
            canvas.strokeRect(box, theme::kFocusFrame, 3.0f);
        }
        engine::TextStyle style;
        style.sizePixels = theme::kMenuSize;
        style.color = theme::kText;
        style.font = focus ? "bold" : "regular";
        const std::string label = (focus ? "▶ " : "") + labels_[i];
        const engine::Vec2 extent = canvas.measureText(label, style);
        canvas.drawText(
            label, {box.x + (box.width - extent.x) / 2.0f, box.y + (box.height - extent.y) / 2.0f},
            style);
    }
}

} // namespace respect::game
