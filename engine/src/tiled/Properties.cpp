#include <engine/tiled/Properties.hpp>

namespace respect::engine::tiled {

const Property* Properties::find(std::string_view name) const {
    for (const Property& property : items_) {
        if (property.name == name) {
            return &property;
        }
    }
    return nullptr;
}

std::optional<std::string> Properties::string(std::string_view name) const {
    const Property* property = find(name);
    return property != nullptr ? property->asString() : std::nullopt;
}

std::optional<std::int64_t> Properties::integer(std::string_view name) const {
    const Property* property = find(name);
    return property != nullptr ? property->asInt() : std::nullopt;
}

std::optional<double> Properties::number(std::string_view name) const {
    const Property* property = find(name);
    return property != nullptr ? property->asFloat() : std::nullopt;
}

std::optional<bool> Properties::boolean(std::string_view name) const {
    const Property* property = find(name);
    return property != nullptr ? property->asBool() : std::nullopt;
}

std::optional<Color> Properties::color(std::string_view name) const {
    const Property* property = find(name);
    return property != nullptr ? property->asColor() : std::nullopt;
}

std::optional<std::string> Properties::file(std::string_view name) const {
    const Property* property = find(name);
    return property != nullptr ? property->asFile() : std::nullopt;
}

} // namespace respect::engine::tiled
