#include "PreScan.hpp"

#include <engine/xml/Element.hpp>
#include <engine/xml/StrictNumbers.hpp>

#include <tinyxml2.h>

#include <locale>
#include <sstream>

namespace respect::engine::xml {
namespace {

const tinyxml2::XMLAttribute* findAttribute(const tinyxml2::XMLElement* element,
                                            std::string_view name) {
    for (const auto* attribute = element->FirstAttribute(); attribute != nullptr;
         attribute = attribute->Next()) {
        if (std::string_view(attribute->Name()) == name) {
            return attribute;
        }
    }
    return nullptr;
}

/// Calls `visit` with each text node's value under `node`, in document order.
template <typename Visit> void forEachText(const tinyxml2::XMLNode* node, Visit& visit) {
    for (const auto* child = node->FirstChild(); child != nullptr; child = child->NextSibling()) {
        if (const auto* text = child->ToText()) {
            visit(text->Value());
        } else if (const auto* element = child->ToElement()) {
            forEachText(element, visit);
        }
    }
}

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool looksLikeInteger(std::string_view text) {
    std::size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
    if (i == text.size()) {
        return false;
    }
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

std::string formatNumber(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(15);
    out << value;
    return out.str();
}

std::string joined(std::initializer_list<std::string_view> names) {
    std::string out;
    for (const std::string_view name : names) {
        if (!out.empty()) {
            out += ", ";
        }
        out += name;
    }
    return out;
}

bool contains(std::initializer_list<std::string_view> names, std::string_view name) {
    for (const std::string_view candidate : names) {
        if (candidate == name) {
            return true;
        }
    }
    return false;
}

} // namespace

std::string_view Element::name() const {
    return element_->Name();
}

int Element::line() const {
    return element_->GetLineNum();
}

std::vector<Element> Element::children() const {
    std::vector<Element> out;
    std::size_t count = 0; // counted first: one allocation instead of one per doubling
    for (const auto* child = element_->FirstChildElement(); child != nullptr;
         child = child->NextSiblingElement()) {
        ++count;
    }
    out.reserve(count);
    for (const auto* child = element_->FirstChildElement(); child != nullptr;
         child = child->NextSiblingElement()) {
        out.push_back(Element(child, fileName_));
    }
    return out;
}

std::vector<Element> Element::children(std::string_view name) const {
    std::vector<Element> out;
    for (const auto* child = element_->FirstChildElement(); child != nullptr;
         child = child->NextSiblingElement()) {
        if (std::string_view(child->Name()) == name) {
            out.push_back(Element(child, fileName_));
        }
    }
    return out;
}

std::optional<Element> Element::child(std::string_view name) const {
    for (const auto* child = element_->FirstChildElement(); child != nullptr;
         child = child->NextSiblingElement()) {
        if (std::string_view(child->Name()) == name) {
            return Element(child, fileName_);
        }
    }
    return std::nullopt;
}

std::string Element::text() const {
    std::string out;
    const auto append = [&](const char* text) { out += text; };
    forEachText(element_, append);
    return out;
}

std::string Element::normalizedText() const {
    // Collapses blank runs to one space, trims both ends; one pass over the text nodes,
    // without first copying the raw text.
    std::string out;
    bool pendingSpace = false;
    const auto append = [&](const char* text) {
        const char* c = text;
        while (*c != '\0') {
            if (isBlank(*c)) {
                pendingSpace = !out.empty();
                ++c;
                continue;
            }
            const char* wordEnd = c;
            while (*wordEnd != '\0' && !isBlank(*wordEnd)) {
                ++wordEnd;
            }
            if (pendingSpace) {
                out += ' ';
                pendingSpace = false;
            }
            out.append(c, static_cast<std::size_t>(wordEnd - c));
            c = wordEnd;
        }
    };
    forEachText(element_, append);
    return out;
}

bool Element::hasAttribute(std::string_view name) const {
    return findAttribute(element_, name) != nullptr;
}

std::optional<std::string> Element::attribute(std::string_view name) const {
    if (const auto* attribute = findAttribute(element_, name)) {
        return std::string(attribute->Value());
    }
    return std::nullopt;
}

std::vector<std::string_view> Element::attributeNames() const {
    std::vector<std::string_view> out;
    for (const auto* attribute = element_->FirstAttribute(); attribute != nullptr;
         attribute = attribute->Next()) {
        out.emplace_back(attribute->Name());
    }
    return out;
}

std::optional<std::string> Element::requiredAttribute(std::string_view name,
                                                      DiagnosticList& diagnostics) const {
    auto value = attribute(name);
    if (!value) {
        // "an 'id'", "a 'who'": the article follows the sound of the attribute's name.
        const bool vowel =
            !name.empty() && std::string_view("aeiou").find(name[0]) != std::string_view::npos;
        diagnostics.error(fileName(), line(),
                          "<" + std::string(this->name()) + "> needs " + (vowel ? "an" : "a") +
                              " '" + std::string(name) + "' attribute");
    }
    return value;
}

std::optional<std::int64_t> Element::intAttribute(std::string_view name,
                                                  DiagnosticList& diagnostics, std::int64_t min,
                                                  std::int64_t max) const {
    const auto* attribute = findAttribute(element_, name);
    if (attribute == nullptr) {
        return std::nullopt;
    }
    const std::string_view text = attribute->Value();
    // The message is built only when there is a problem: levels read thousands of numbers.
    const auto problem = [&](const std::string& expected) {
        diagnostics.error(fileName(), attribute->GetLineNum(),
                          "attribute '" + std::string(name) + "' of <" + std::string(this->name()) +
                              "> must be " + expected + ", not '" + excerpt(text) + "'");
    };
    const auto range = [&] {
        return "between " + std::to_string(min) + " and " + std::to_string(max);
    };
    std::int64_t value = 0;
    if (!parseStrictInt(text, value)) {
        problem(looksLikeInteger(text) ? range() : std::string("an integer"));
        return std::nullopt;
    }
    if (value < min || value > max) {
        problem(range());
        return std::nullopt;
    }
    return value;
}

std::optional<double> Element::numberAttribute(std::string_view name, DiagnosticList& diagnostics,
                                               double min, double max) const {
    const auto* attribute = findAttribute(element_, name);
    if (attribute == nullptr) {
        return std::nullopt;
    }
    const std::string_view text = attribute->Value();
    const auto problem = [&](const std::string& expected) {
        diagnostics.error(fileName(), attribute->GetLineNum(),
                          "attribute '" + std::string(name) + "' of <" + std::string(this->name()) +
                              "> must be " + expected + ", not '" + excerpt(text) + "'");
    };
    double value = 0.0;
    if (!parseStrictNumber(text, value)) {
        problem("a number");
        return std::nullopt;
    }
    if (value < min || value > max) {
        problem("between " + formatNumber(min) + " and " + formatNumber(max));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> Element::boolAttribute(std::string_view name,
                                           DiagnosticList& diagnostics) const {
    const auto* attribute = findAttribute(element_, name);
    if (attribute == nullptr) {
        return std::nullopt;
    }
    const std::string_view text = attribute->Value();
    if (text == "true") {
        return true;
    }
    if (text == "false") {
        return false;
    }
    diagnostics.error(fileName(), attribute->GetLineNum(),
                      "attribute '" + std::string(name) + "' of <" + std::string(this->name()) +
                          "> must be 'true' or 'false', not '" + excerpt(text) + "'");
    return std::nullopt;
}

void Element::checkAttributes(std::initializer_list<std::string_view> allowed,
                              DiagnosticList& diagnostics) const {
    for (const auto* attribute = element_->FirstAttribute(); attribute != nullptr;
         attribute = attribute->Next()) {
        if (!contains(allowed, attribute->Name())) {
            diagnostics.error(fileName(), attribute->GetLineNum(),
                              "unknown attribute '" + excerpt(attribute->Name()) + "' on <" +
                                  std::string(name()) + ">; " +
                                  (allowed.size() == 0 ? std::string("it takes no attributes")
                                                       : "expected one of: " + joined(allowed)));
        }
    }
}

void Element::checkChildren(std::initializer_list<std::string_view> allowed,
                            DiagnosticList& diagnostics) const {
    for (const auto* child = element_->FirstChildElement(); child != nullptr;
         child = child->NextSiblingElement()) {
        if (!contains(allowed, child->Name())) {
            diagnostics.error(fileName(), child->GetLineNum(),
                              "unknown element <" + excerpt(child->Name()) + "> in <" +
                                  std::string(name()) + ">; " +
                                  (allowed.size() == 0 ? std::string("it takes no child elements")
                                                       : "expected one of: " + joined(allowed)));
        }
    }
}

} // namespace respect::engine::xml
