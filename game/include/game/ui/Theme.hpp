#pragma once
// Colours and sizes shared by every screen. Focus is always shown by shape (a frame and a
// marker) as well as colour, so nothing depends on colour alone.

#include <engine/render/Color.hpp>

namespace respect::game::theme {

constexpr engine::Color kBackground{27, 38, 56, 255};
constexpr engine::Color kPanel{40, 56, 82, 255};
constexpr engine::Color kFocus{70, 104, 150, 255};
constexpr engine::Color kFocusFrame{255, 255, 255, 255};
constexpr engine::Color kTitle{242, 193, 78, 255};
constexpr engine::Color kText{240, 240, 240, 255};
constexpr engine::Color kMutedText{190, 198, 210, 255};

constexpr float kTitleSize = 96.0f;
constexpr float kBodySize = 28.0f;
constexpr float kMenuSize = 36.0f;
constexpr float kHintSize = 20.0f;

} // namespace respect::game::theme
