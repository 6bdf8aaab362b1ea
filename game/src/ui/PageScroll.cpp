#include <game/ui/PageScroll.hpp>

#include <algorithm>

namespace respect::game {

bool PageScroll::update(const engine::input::InputFrame& input) {
    using engine::input::Action;
    const float before = offset_;
    const float page = std::max(100.0f, view_ * 0.8f);
    if (input.pressed(Action::PageDown)) {
        offset_ += page;
    }
    if (input.pressed(Action::PageUp)) {
        offset_ -= page;
    }
    offset_ = std::clamp(offset_, 0.0f, std::max(0.0f, content_ - view_));
    return offset_ != before;
}

} // namespace respect::game
