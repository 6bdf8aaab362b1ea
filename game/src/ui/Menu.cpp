#include <game/ui/Menu.hpp>
#include <game/ui/Theme.hpp>

#include <algorithm>

namespace respect::game {
namespace {

using engine::input::Action;

constexpr float kMinItemWidth = 420.0f;
constexpr float kItemPadding = 14.0f;
constexpr float kItemGap = 12.0f;

} // namespace

Menu::Menu(std::vector<std::string> labels) : labels_(std::move(labels)) {}

void Menu::setFocused(std::size_t index) {
    focused_ = index < labels_.size() ? index : 0;
}

const std::string& Menu::focusedLabel() const {
    static const std::string none;
    return labels_.empty() ? none : labels_[focused_];
}

void Menu::setLabels(std::vector<std::string> labels) {
    labels_ = std::move(labels);
    if (focused_ >= labels_.size()) {
        focused_ = 0;
    }
}

engine::Rect Menu::itemRect(std::size_t index) const {
    const float row = static_cast<float>(index) - static_cast<float>(first_);
    return {left_, top_ + row * (itemHeight_ + gap_), itemWidth_, itemHeight_};
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
        for (std::size_t i = first_; i < labels_.size() && i < first_ + visible_; ++i) {
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

float Menu::draw(engine::Canvas& canvas, float top, const Theme& theme) {
    const auto& colours = theme.colours();
    const auto style = theme.text(role_);
    const auto focusStyle = theme.bold(role_, colours.text);
    // As wide as the widest label (with its marker), as tall as the text: a larger text
    // size makes the items larger instead of cutting them.
    float widest = 0.0f;
    for (const auto& label : labels_) {
        widest = std::max(widest, canvas.measureText("▶ " + label, focusStyle).x);
    }
    const float width = canvas.size().x;
    itemWidth_ = std::min(width - 40.0f,
                          std::max(kMinItemWidth, widest + 2 * theme.scaled(kItemPadding) + 24.0f));
    itemHeight_ = canvas.measureText("Ag", style).y + 2 * theme.scaled(kItemPadding);
    gap_ = theme.scaled(kItemGap);
    left_ = (width - itemWidth_) / 2.0f;
    if (column_) {
        left_ = column_->first;
        itemWidth_ = column_->second;
    }
    top_ = top;
    // Large text can make the list taller than the screen: show the rows that fit, keep
    // the focused one among them, and mark that more rows are above or below.
    const float room = canvas.size().y - top - theme.scaled(50.0f);
    visible_ =
        std::max<std::size_t>(1, static_cast<std::size_t>((room + gap_) / (itemHeight_ + gap_)));
    if (focused_ < first_) {
        first_ = focused_;
    } else if (focused_ >= first_ + visible_) {
        first_ = focused_ + 1 - visible_;
    }
    first_ = std::min(first_, labels_.size() > visible_ ? labels_.size() - visible_ : 0);
    const auto arrows = theme.text(TextRole::Hint);
    if (first_ > 0) {
        canvas.drawText("▲", {left_ + itemWidth_ + 8.0f, top}, arrows);
    }
    if (first_ + visible_ < labels_.size()) {
        canvas.drawText("▼", {left_ + itemWidth_ + 8.0f, itemRect(first_ + visible_ - 1).y},
                        arrows);
    }
    for (std::size_t i = first_; i < labels_.size() && i < first_ + visible_; ++i) {
        const engine::Rect box = itemRect(i);
        const bool focus = i == focused_;
        canvas.fillRect(box, focus ? colours.focus : colours.panel);
        canvas.strokeRect(box, focus ? colours.focusFrame : colours.mutedText, focus ? 3.0f : 1.0f);
        const auto& itemStyle = focus ? focusStyle : style;
        const std::string label = (focus ? "▶ " : "") + labels_[i];
        const engine::Vec2 extent = canvas.measureText(label, itemStyle);
        const float x =
            column_ ? box.x + theme.scaled(kItemPadding) : box.x + (box.width - extent.x) / 2.0f;
        canvas.drawText(label, {x, box.y + (box.height - extent.y) / 2.0f}, itemStyle);
    }
    const std::size_t last = std::min(labels_.size(), first_ + visible_);
    return last == 0 ? top : itemRect(last - 1).y + itemHeight_;
}

float Menu::fullHeight(engine::Canvas& canvas, const Theme& theme) const {
    const float item =
        canvas.measureText("Ag", theme.text(role_)).y + 2 * theme.scaled(kItemPadding);
    const auto count = static_cast<float>(labels_.size());
    return count * item + std::max(0.0f, count - 1.0f) * theme.scaled(kItemGap);
}

} // namespace respect::game
