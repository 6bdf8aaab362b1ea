#include "KeyNames.hpp"

#include <array>

namespace respect::engine::sfml {

std::string keyInputName(sf::Keyboard::Key key) {
    using K = sf::Keyboard;
    if (key >= K::A && key <= K::Z) {
        return "Key:" + std::string(1, static_cast<char>('A' + (key - K::A)));
    }
    if (key >= K::Num0 && key <= K::Num9) {
        return "Key:Num" + std::to_string(key - K::Num0);
    }
    if (key >= K::Numpad0 && key <= K::Numpad9) {
        return "Key:Numpad" + std::to_string(key - K::Numpad0);
    }
    if (key >= K::F1 && key <= K::F12) {
        return "Key:F" + std::to_string(key - K::F1 + 1);
    }
    switch (key) {
    case K::Up:
        return "Key:Up";
    case K::Down:
        return "Key:Down";
    case K::Left:
        return "Key:Left";
    case K::Right:
        return "Key:Right";
    case K::Enter:
        return "Key:Enter";
    case K::Space:
        return "Key:Space";
    case K::Escape:
        return "Key:Escape";
    case K::Tab:
        return "Key:Tab";
    case K::Backspace:
        return "Key:Backspace";
    case K::PageUp:
        return "Key:PageUp";
    case K::PageDown:
        return "Key:PageDown";
    case K::Home:
        return "Key:Home";
    case K::End:
        return "Key:End";
    case K::Insert:
        return "Key:Insert";
    case K::Delete:
        return "Key:Delete";
    case K::LShift:
        return "Key:LShift";
    case K::RShift:
        return "Key:RShift";
    case K::LControl:
        return "Key:LControl";
    case K::RControl:
        return "Key:RControl";
    case K::LAlt:
        return "Key:LAlt";
    case K::RAlt:
        return "Key:RAlt";
    case K::Comma:
        return "Key:Comma";
    case K::Period:
        return "Key:Period";
    case K::Slash:
        return "Key:Slash";
    case K::Semicolon:
        return "Key:Semicolon";
    case K::Hyphen:
        return "Key:Hyphen";
    case K::Equal:
        return "Key:Equal";
    default:
        return {};
    }
}

std::string padButtonInputName(unsigned button) {
    static const std::array<const char*, 8> names = {"A",  "B",  "X",    "Y",
                                                     "LB", "RB", "Back", "Start"};
    return button < names.size() ? std::string("Pad:") + names[button] : std::string();
}

} // namespace respect::engine::sfml
