#pragma once
// A read-only view of one element of a Document, valid while the Document lives. Typed
// reads report problems as `file:line` diagnostics and return std::nullopt.

#include <engine/core/Diagnostic.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tinyxml2 {
class XMLElement;
}

namespace respect::engine::xml {

class Document;

class Element {
public:
    std::string_view name() const;
    /// 1-based line of the opening tag.
    int line() const;
    /// The file name the Document was given, for diagnostics.
    const std::string& fileName() const { return *fileName_; }

    /// Child elements in document order (text and comments are skipped).
    std::vector<Element> children() const;
    std::vector<Element> children(std::string_view name) const;
    /// The first child element with this name.
    std::optional<Element> child(std::string_view name) const;

    /// Every piece of text inside, CDATA included and entities decoded, in document order.
    std::string text() const;
    /// text() with each run of whitespace collapsed to one space and both ends trimmed.
    std::string normalizedText() const;

    bool hasAttribute(std::string_view name) const;
    /// The value with entities decoded, or std::nullopt when absent.
    std::optional<std::string> attribute(std::string_view name) const;
    /// Attribute names in document order.
    std::vector<std::string_view> attributeNames() const;

    /// Reports "<say> needs a 'who' attribute" when absent.
    std::optional<std::string> requiredAttribute(std::string_view name,
                                                 DiagnosticList& diagnostics) const;
    /// Absent: std::nullopt and no diagnostic. Present: must pass parseStrictInt and lie in
    /// [min, max], otherwise an error is reported and std::nullopt returned.
    std::optional<std::int64_t> intAttribute(std::string_view name, DiagnosticList& diagnostics,
                                             std::int64_t min, std::int64_t max) const;
    /// Like intAttribute() with parseStrictNumber().
    std::optional<double> numberAttribute(std::string_view name, DiagnosticList& diagnostics,
                                          double min, double max) const;
    /// Absent: std::nullopt and no diagnostic. Present: exactly "true" or "false".
    std::optional<bool> boolAttribute(std::string_view name, DiagnosticList& diagnostics) const;

    /// Reports each attribute whose name is not in `allowed`.
    void checkAttributes(std::initializer_list<std::string_view> allowed,
                         DiagnosticList& diagnostics) const;
    /// Reports each child element whose name is not in `allowed`.
    void checkChildren(std::initializer_list<std::string_view> allowed,
                       DiagnosticList& diagnostics) const;

private:
    friend class Document;
    Element(const tinyxml2::XMLElement* element, const std::string* fileName)
        : element_(element), fileName_(fileName) {}

    const tinyxml2::XMLElement* element_;
    const std::string* fileName_;
};

} // namespace respect::engine::xml
