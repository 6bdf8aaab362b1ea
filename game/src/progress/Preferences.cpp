#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/progress/Preferences.hpp>

namespace respect::game {

Preferences::Preferences(std::optional<SettingsStore> store, Settings initial, Apply apply)
    : store_(std::move(store)), settings_(std::move(initial)), apply_(std::move(apply)) {
    if (apply_) {
        apply_(settings_);
    }
}

std::string Preferences::change(const Settings& next) {
    if (next == settings_) {
        return {};
    }
    settings_ = next;
    if (apply_) {
        apply_(settings_);
    }
    if (!store_) {
        return {};
    }
    try {
        store_->save(settings_);
    } catch (const engine::Error& error) {
        engine::log::warning(error.what());
        return error.what();
    }
    return {};
}

} // namespace respect::game
