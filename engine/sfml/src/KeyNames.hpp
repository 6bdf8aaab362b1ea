#pragma once
// SFML key codes and joystick buttons as the engine's backend-neutral input names.

#include <SFML/Window/Keyboard.hpp>

#include <string>

namespace respect::engine::sfml {

/// "Key:Up", "Key:W", "Key:Num1"...; empty for keys the engine does not name.
std::string keyInputName(sf::Keyboard::Key key);
/// "Pad:A" for button 0 and so on (the usual XInput layout on Linux); empty past Start.
std::string padButtonInputName(unsigned button);

} // namespace respect::engine::sfml
