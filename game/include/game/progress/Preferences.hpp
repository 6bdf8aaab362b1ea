#pragma once
// The settings while the game runs: every change is applied at once (through the function
// the game gives) and then saved, so what the player sees is always what is on disk.

#include <game/progress/Settings.hpp>
#include <game/progress/SettingsStore.hpp>

#include <functional>
#include <optional>
#include <string>

namespace respect::game {

class Preferences {
public:
    using Apply = std::function<void(const Settings&)>;

    /// `store` may be empty: the settings then live for this run only (tests, a read-only
    /// home). `apply` is called with `initial` straight away.
    Preferences(std::optional<SettingsStore> store, Settings initial, Apply apply);

    const Settings& settings() const { return settings_; }

    /// Applies `next` and saves it. Returns "" or, when it could not be saved, a message
    /// for the player naming the file (the change still holds for this run).
    std::string change(const Settings& next);

private:
    std::optional<SettingsStore> store_;
    Settings settings_;
    Apply apply_;
};

} // namespace respect::game
