#include "Reading.hpp"

#include <engine/core/Error.hpp>
#include <engine/xml/StrictNumbers.hpp>

#include <cmath>

namespace respect::engine::tiled::detail {
namespace {

void throwFirstError(const DiagnosticList& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics.items()) {
        if (diagnostic.severity == Severity::Error) {
            throw Error(diagnostic);
        }
    }
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// "#AARRGGBB" (what Tiled writes) or "#RRGGBB"; "" is Tiled's unset colour.
bool parseColor(const std::string& text, Color& color) {
    if (text.empty()) {
        color = Color{0, 0, 0, 0};
        return true;
    }
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') {
        return false;
    }
    std::uint8_t channels[4] = {255, 0, 0, 0};
    const std::size_t first = text.size() == 9 ? 0 : 1;
    for (std::size_t i = first; i < 4; ++i) {
        const std::size_t at = 1 + (i - first) * 2;
        const int high = hexDigit(text[at]);
        const int low = hexDigit(text[at + 1]);
        if (high < 0 || low < 0) {
            return false;
        }
        channels[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    color = Color{channels[1], channels[2], channels[3], channels[0]};
    return true;
}

Property readProperty(const xml::Element& element) {
    DiagnosticList diagnostics;
    element.checkAttributes({"name", "type", "value", "propertytype"}, diagnostics);
    throwFirstError(diagnostics);
    checkChildren(element, {});
    Property property;
    property.name = requiredString(element, "name");
    property.line = element.line();
    if (property.name.empty()) {
        fail(element, "a property needs a name");
    }
    const std::string quoted = "property '" + property.name + "'";
    const std::string type = element.attribute("type").value_or("string");
    if (type == "string") {
        property.type = PropertyType::String;
    } else if (type == "int") {
        property.type = PropertyType::Int;
    } else if (type == "float") {
        property.type = PropertyType::Float;
    } else if (type == "bool") {
        property.type = PropertyType::Bool;
    } else if (type == "color") {
        property.type = PropertyType::Color;
    } else if (type == "file") {
        property.type = PropertyType::File;
    } else if (type == "object") {
        property.type = PropertyType::Object;
    } else if (type == "class") {
        fail(element, quoted + " has type 'class', which is not supported; use plain properties");
    } else {
        fail(element, quoted + " has unknown type '" + excerpt(type) +
                          "'; expected string, int, float, bool, color, file or object");
    }
    // Tiled writes a multi-line string as the element's text instead of a `value`.
    const auto attributeValue = element.attribute("value");
    const std::string text = attributeValue ? *attributeValue : element.text();
    switch (property.type) {
    case PropertyType::String:
        property.value = text;
        break;
    case PropertyType::Int:
    case PropertyType::Object: {
        std::int64_t number = 0;
        if (!xml::parseStrictInt(text, number) ||
            (property.type == PropertyType::Object && number < 0)) {
            fail(element, quoted + " must be " +
                              (property.type == PropertyType::Int ? "an integer"
                                                                  : "an object id (0 or more)") +
                              ", not '" + excerpt(text) + "'");
        }
        property.value = number;
        break;
    }
    case PropertyType::Float: {
        double number = 0.0;
        if (!xml::parseStrictNumber(text, number)) {
            fail(element, quoted + " must be a finite number, not '" + excerpt(text) + "'");
        }
        property.value = number;
        break;
    }
    case PropertyType::Bool:
        if (text != "true" && text != "false") {
            fail(element, quoted + " must be 'true' or 'false', not '" + excerpt(text) + "'");
        }
        property.value = text == "true";
        break;
    case PropertyType::Color: {
        Color color;
        if (!parseColor(text, color)) {
            fail(element, quoted + " must be a color like #AARRGGBB or #RRGGBB, not '" +
                              excerpt(text) + "'");
        }
        property.value = color;
        break;
    }
    case PropertyType::File:
        property.value =
            text.empty() ? std::string() : contentPath(element, quoted + " names file", text);
        break;
    }
    return property;
}

} // namespace

std::string excerpt(std::string_view text) {
    constexpr std::size_t kMax = 40;
    return text.size() <= kMax ? std::string(text) : std::string(text.substr(0, kMax)) + "...";
}

void fail(const std::string& file, int line, const std::string& message) {
    throw Error(file, line, message);
}

void fail(const xml::Element& at, const std::string& message) {
    throw Error(at.fileName(), at.line(), message);
}

std::string optionalString(const xml::Element& element, std::string_view name) {
    return element.attribute(name).value_or(std::string());
}

std::string requiredString(const xml::Element& element, std::string_view name) {
    DiagnosticList diagnostics;
    auto value = element.requiredAttribute(name, diagnostics);
    throwFirstError(diagnostics);
    return *value;
}

std::int64_t requiredInt(const xml::Element& element, std::string_view name, std::int64_t min,
                         std::int64_t max) {
    requiredString(element, name);
    return optionalInt(element, name, 0, min, max);
}

std::int64_t optionalInt(const xml::Element& element, std::string_view name, std::int64_t fallback,
                         std::int64_t min, std::int64_t max) {
    DiagnosticList diagnostics;
    const auto value = element.intAttribute(name, diagnostics, min, max);
    throwFirstError(diagnostics);
    return value.value_or(fallback);
}

double optionalNumber(const xml::Element& element, std::string_view name, double fallback,
                      double min, double max) {
    DiagnosticList diagnostics;
    const auto value = element.numberAttribute(name, diagnostics, min, max);
    throwFirstError(diagnostics);
    return value.value_or(fallback);
}

bool optionalFlag(const xml::Element& element, std::string_view name, bool fallback) {
    const auto value = element.attribute(name);
    if (!value) {
        return fallback;
    }
    if (*value != "0" && *value != "1") {
        fail(element, "attribute '" + std::string(name) + "' of <" + std::string(element.name()) +
                          "> must be 0 or 1, not '" + excerpt(*value) + "'");
    }
    return *value == "1";
}

void checkChildren(const xml::Element& element, std::initializer_list<std::string_view> allowed) {
    DiagnosticList diagnostics;
    element.checkChildren(allowed, diagnostics);
    throwFirstError(diagnostics);
}

std::string contentPath(const xml::Element& at, const std::string& what, const std::string& value) {
    try {
        return io::joinContentPath(at.fileName(), value);
    } catch (const Error& error) {
        fail(at, what + " '" + excerpt(value) + "': " + error.diagnostic().message);
    }
}

std::string existingContentPath(const io::ContentRoot& root, const xml::Element& at,
                                const std::string& what, const std::string& value) {
    const std::string path = contentPath(at, what, value);
    try {
        root.resolve(path);
    } catch (const Error& error) {
        fail(at, what + " '" + excerpt(value) + "' (" + path + "): " + error.diagnostic().message);
    }
    return path;
}

Properties readProperties(const xml::Element& owner) {
    const auto blocks = owner.children("properties");
    if (blocks.empty()) {
        return {};
    }
    if (blocks.size() > 1) {
        fail(blocks[1], "<" + std::string(owner.name()) + "> has more than one <properties>");
    }
    checkChildren(blocks[0], {"property"});
    std::vector<Property> items;
    for (const xml::Element& element : blocks[0].children()) {
        Property property = readProperty(element);
        for (const Property& earlier : items) {
            if (earlier.name == property.name) {
                fail(element, "property '" + property.name + "' is defined twice (first at line " +
                                  std::to_string(earlier.line) + ")");
            }
        }
        items.push_back(std::move(property));
    }
    return Properties(std::move(items));
}

} // namespace respect::engine::tiled::detail
