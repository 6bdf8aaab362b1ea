#pragma once
// A column taller than its room, scrolled a page at a time with Page Up / Page Down (a
// presenter clicker sends those too). The scene draws the column shifted by offset() and
// reports the heights it found, so the next step knows where the end is.

#include <engine/input/InputFrame.hpp>

namespace respect::game {

class PageScroll {
public:
    /// Applies Page Up / Page Down; true when the column moved.
    bool update(const engine::input::InputFrame& input);
    /// After drawing: how tall the column is, and how much of it shows.
    void measured(float contentHeight, float viewHeight) {
        content_ = contentHeight;
        view_ = viewHeight;
    }
    float offset() const { return offset_; }
    bool overflows() const { return content_ > view_; }
    /// More of the column lies below what shows.
    bool moreBelow() const { return offset_ + view_ < content_; }

private:
    float offset_ = 0.0f;
    float content_ = 0.0f;
    float view_ = 0.0f;
};

} // namespace respect::game
