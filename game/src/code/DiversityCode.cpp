#include <game/code/DiversityCode.hpp>

#include <sstream>

namespace respect::game {

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '-' && c != '_'))) {
            return false;
        }
    }
    return true;
}

DiversityCode DiversityCode::fromXml(const engine::xml::Document& document,
                                     engine::DiagnosticList& diagnostics) {
    DiversityCode code;
    const auto root = document.root();
    const auto& file = document.fileName();
    if (root.name() != "diversity-code") {
        diagnostics.error(file, root.line(),
                          "expected <diversity-code> as the root element, found <" +
                              std::string(root.name()) + ">");
        return code;
    }
    root.checkAttributes({"version", "lang"}, diagnostics);
    root.checkChildren({"title", "summary", "dimension", "rule"}, diagnostics);
    root.intAttribute("version", diagnostics, 1, 1);
    if (const auto title = root.child("title")) {
        code.title_ = title->normalizedText();
    }
    for (const auto& element : root.children("dimension")) {
        element.checkAttributes({"id", "name"}, diagnostics);
        element.checkChildren({}, diagnostics);
        Dimension dimension;
        dimension.line = element.line();
        dimension.id = element.requiredAttribute("id", diagnostics).value_or("");
        dimension.name = element.requiredAttribute("name", diagnostics).value_or("");
        if (!dimension.id.empty() && !isValidId(dimension.id)) {
            diagnostics.error(file, element.line(),
                              "malformed dimension id '" + dimension.id + "'");
        } else if (code.findDimension(dimension.id) != nullptr) {
            diagnostics.error(file, element.line(),
                              "duplicate dimension id '" + dimension.id + "'");
        } else if (!dimension.id.empty()) {
            code.dimensions_.push_back(dimension);
        }
    }
    for (const auto& element : root.children("rule")) {
        element.checkAttributes({"id", "dimensions"}, diagnostics);
        element.checkChildren({"title", "text"}, diagnostics);
        Rule rule;
        rule.line = element.line();
        rule.id = element.requiredAttribute("id", diagnostics).value_or("");
        if (const auto title = element.child("title")) {
            rule.title = title->normalizedText();
        }
        if (const auto text = element.child("text")) {
            rule.text = text->normalizedText();
        }
        if (rule.title.empty() || rule.text.empty()) {
            diagnostics.error(file, element.line(),
                              "rule '" + rule.id + "' needs a <title> and a <text>");
        }
        std::istringstream refs(element.requiredAttribute("dimensions", diagnostics).value_or(""));
        for (std::string ref; refs >> ref;) {
            if (code.findDimension(ref) == nullptr) {
                diagnostics.error(file, element.line(),
                                  "rule '" + rule.id + "' names unknown dimension '" + ref +
                                      "'; expected one of: " + code.dimensionList());
            }
            rule.dimensions.push_back(ref);
        }
        if (!rule.id.empty() && !isValidId(rule.id)) {
            diagnostics.error(file, element.line(), "malformed rule id '" + rule.id + "'");
        } else if (code.findRule(rule.id) != nullptr) {
            diagnostics.error(file, element.line(), "duplicate rule id '" + rule.id + "'");
        } else if (!rule.id.empty()) {
            code.rules_.push_back(std::move(rule));
        }
    }
    if (code.dimensions_.empty()) {
        diagnostics.error(file, root.line(), "the Diversity Code defines no <dimension>");
    }
    return code;
}

const Dimension* DiversityCode::findDimension(std::string_view id) const {
    for (const auto& dimension : dimensions_) {
        if (dimension.id == id) {
            return &dimension;
        }
    }
    return nullptr;
}

const Rule* DiversityCode::findRule(std::string_view id) const {
    for (const auto& rule : rules_) {
        if (rule.id == id) {
            return &rule;
        }
    }
    return nullptr;
}

std::string DiversityCode::dimensionList() const {
    std::string out;
    for (const auto& dimension : dimensions_) {
        out += (out.empty() ? "" : ", ") + dimension.id;
    }
    return out;
}

DiversityCode DiversityCode::translated(
    const std::function<std::string(const std::string&, const std::string&)>& translate) const {
    DiversityCode copy = *this;
    copy.title_ = translate("title", title_);
    for (auto& dimension : copy.dimensions_) {
        dimension.name = translate("dimension:" + dimension.id, dimension.name);
    }
    for (auto& rule : copy.rules_) {
        rule.title = translate("rule:" + rule.id + ":title", rule.title);
        rule.text = translate("rule:" + rule.id + ":text", rule.text);
    }
    return copy;
}

} // namespace respect::game
