#pragma once
// The Diversity Code as data (levels/diversity-code.xml): the dimensions a choice is
// scored on, and the rules a feedback explains.

#include <engine/core/Diagnostic.hpp>
#include <engine/xml/Document.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

struct Dimension {
    std::string id;
    std::string name;
    int line = 0;
};

struct Rule {
    std::string id;
    std::string title;
    std::string text;
    std::vector<std::string> dimensions;
    int line = 0;
};

class DiversityCode {
public:
    /// Reads the code from a parsed document; problems go to `diagnostics`.
    static DiversityCode fromXml(const engine::xml::Document& document,
                                 engine::DiagnosticList& diagnostics);

    const std::string& title() const { return title_; }
    const std::vector<Dimension>& dimensions() const { return dimensions_; }
    const std::vector<Rule>& rules() const { return rules_; }
    const Dimension* findDimension(std::string_view id) const;
    const Rule* findRule(std::string_view id) const;
    /// "language, age, ..." for error messages.
    std::string dimensionList() const;

    /// A copy with every text passed through `translate(unitId, source)` (ids as in
    /// game/i18n/ContentTexts.hpp): the same code in another language.
    DiversityCode translated(
        const std::function<std::string(const std::string&, const std::string&)>& translate) const;

private:
    std::string title_;
    std::vector<Dimension> dimensions_;
    std::vector<Rule> rules_;
};

/// True for ids authors may use: lowercase letters, digits, '-' and '_', starting with a
/// letter or digit.
bool isValidId(std::string_view id);

} // namespace respect::game
