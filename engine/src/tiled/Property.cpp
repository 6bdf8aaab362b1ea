#include <engine/tiled/Property.hpp>

namespace respect::engine::tiled {

const char* propertyTypeName(PropertyType type) {
    switch (type) {
    case PropertyType::String:
        return "string";
    case PropertyType::Int:
        return "int";
    case PropertyType::Float:
        return "float";
    case PropertyType::Bool:
        return "bool";
    case PropertyType::Color:
        return "color";
    case PropertyType::File:
        return "file";
    case PropertyType::Object:
        return "object";
    }
    return "string";
}

std::optional<std::string> Property::asString() const {
    if (type == PropertyType::String) {
        return std::get<std::string>(value);
    }
    return std::nullopt;
}

std::optional<std::int64_t> Property::asInt() const {
    if (type == PropertyType::Int) {
        return std::get<std::int64_t>(value);
    }
    return std::nullopt;
}

std::optional<double> Property::asFloat() const {
    if (type == PropertyType::Float) {
        return std::get<double>(value);
    }
    if (type == PropertyType::Int) {
        return static_cast<double>(std::get<std::int64_t>(value));
    }
    return std::nullopt;
}

std::optional<bool> Property::asBool() const {
    if (type == PropertyType::Bool) {
        return std::get<bool>(value);
    }
    return std::nullopt;
}

std::optional<Color> Property::asColor() const {
    if (type == PropertyType::Color) {
        return std::get<Color>(value);
    }
    return std::nullopt;
}

std::optional<std::string> Property::asFile() const {
    if (type == PropertyType::File) {
        return std::get<std::string>(value);
    }
    return std::nullopt;
}

std::optional<std::int64_t> Property::asObjectId() const {
    if (type == PropertyType::Object) {
        return std::get<std::int64_t>(value);
    }
    return std::nullopt;
}

} // namespace respect::engine::tiled
