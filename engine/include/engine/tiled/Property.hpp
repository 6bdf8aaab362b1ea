#pragma once
// One custom property of a Tiled map, layer, object or tile: a name, a type and a value.
// Each typed accessor answers std::nullopt when the property holds another type.

#include <engine/render/Color.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace respect::engine::tiled {

enum class PropertyType { String, Int, Float, Bool, Color, File, Object };

/// "string", "int", "float", "bool", "color", "file" or "object", as Tiled writes them.
const char* propertyTypeName(PropertyType type);

struct Property {
    /// std::string for String and File, std::int64_t for Int and Object, double for Float.
    using Value = std::variant<std::string, std::int64_t, double, bool, Color>;

    std::string name;
    PropertyType type = PropertyType::String;
    /// File values are content paths, already resolved against the file that declared them
    /// ("" when unset); an unset Color is transparent black.
    Value value = std::string();
    int line = 0; ///< of the <property> element in the file that declared it

    std::optional<std::string> asString() const;    ///< String only
    std::optional<std::int64_t> asInt() const;      ///< Int only
    std::optional<double> asFloat() const;          ///< Float, or Int widened
    std::optional<bool> asBool() const;             ///< Bool only
    std::optional<Color> asColor() const;           ///< Color only
    std::optional<std::string> asFile() const;      ///< File only: a content path
    std::optional<std::int64_t> asObjectId() const; ///< Object only: 0 means none
};

} // namespace respect::engine::tiled
