#include "PluralIds.hpp"

#include <engine/core/Error.hpp>
#include <engine/i18n/Catalog.hpp>
#include <engine/io/AtomicFile.hpp>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace respect::engine::i18n {
namespace {

class Writer {
public:
    explicit Writer(const std::string& fileName) : fileName_(fileName) {}

    std::string out;

    void line(int depth, const std::string& text) {
        out.append(static_cast<std::size_t>(depth) * 2u, ' ');
        out += text;
        out += '\n';
    }

    /// Text content: & < > escaped, a carriage return as a reference (a parser would turn a
    /// literal one into a line feed).
    std::string text(std::string_view value, const std::string& unitId) const {
        if (!value.empty() && value.find_first_not_of(" \t\n") == std::string_view::npos) {
            return blankText(value);
        }
        std::string escaped;
        escaped.reserve(value.size());
        for (const char c : value) {
            switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '\r':
                escaped += "&#13;";
                break;
            default:
                refuseControl(c, unitId);
                escaped += c;
                break;
            }
        }
        return escaped;
    }

    /// Attribute values: also quotes, and tab/line feed/return as references (attribute
    /// normalization would turn them into spaces).
    std::string attribute(std::string_view value, const std::string& unitId) const {
        std::string escaped;
        escaped.reserve(value.size());
        for (const char c : value) {
            switch (c) {
            case '"':
                escaped += "&quot;";
                break;
            case '\t':
                escaped += "&#9;";
                break;
            case '\n':
                escaped += "&#10;";
                break;
            default:
                escaped += text(std::string_view(&c, 1), unitId);
                break;
            }
        }
        return escaped;
    }

private:
    /// XML readers drop an element's text when it is only whitespace; references keep it.
    static std::string blankText(std::string_view value) {
        std::string escaped;
        for (const char c : value) {
            escaped += c == ' ' ? "&#32;" : c == '\t' ? "&#9;" : "&#10;";
        }
        return escaped;
    }

    void refuseControl(char c, const std::string& unitId) const {
        const auto code = static_cast<unsigned char>(c);
        if (code < 0x20u && c != '\t' && c != '\n') {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(code));
            throw Error(fileName_, 0,
                        "unit '" + unitId + "' holds the control character U+" + hex +
                            ", which an XML file cannot hold");
        }
    }

    const std::string& fileName_;
};

void writeNotes(Writer& w, int depth, const TranslationUnit& unit) {
    for (const TranslationUnit::Note& note : unit.notes) {
        std::string open = "<note";
        if (!note.from.empty()) {
            open += " from=\"" + w.attribute(note.from, unit.id) + "\"";
        }
        w.line(depth, open + ">" + w.text(note.text, unit.id) + "</note>");
    }
}

void writeTransUnit(Writer& w, int depth, const TranslationUnit& unit, const std::string& id,
                    const TranslationUnit::Form& form, bool withNotes) {
    std::string open = "<trans-unit id=\"" + w.attribute(id, unit.id) + "\"";
    if (unit.approved) {
        open += " approved=\"yes\"";
    }
    w.line(depth, open + " xml:space=\"preserve\">");
    w.line(depth + 1, "<source>" + w.text(form.source, unit.id) + "</source>");
    const std::string state = translationStateName(unit.state);
    if (form.target) {
        w.line(depth + 1,
               "<target state=\"" + state + "\">" + w.text(*form.target, unit.id) + "</target>");
    } else if (unit.state != TranslationState::New) {
        // The state lives on <target>: an empty one keeps it without giving a translation.
        w.line(depth + 1, "<target state=\"" + state + "\"/>");
    }
    if (withNotes) {
        writeNotes(w, depth + 1, unit);
    }
    w.line(depth, "</trans-unit>");
}

} // namespace

Catalog::Catalog(std::string sourceLanguage, std::string targetLanguage, std::string original)
    : sourceLanguage_(std::move(sourceLanguage)), targetLanguage_(std::move(targetLanguage)),
      original_(std::move(original)) {}

const TranslationUnit* Catalog::find(std::string_view id) const {
    const auto found = index_.find(id);
    return found == index_.end() ? nullptr : &units_[found->second];
}

void Catalog::check(const TranslationUnit& unit) const {
    if (unit.id.empty()) {
        throw std::invalid_argument("a catalog unit needs an id");
    }
    if (detail::endsLikePluralForm(unit.id)) {
        throw std::invalid_argument("unit id '" + unit.id +
                                    "' ends like a plural form ('id[N]' names the forms of a "
                                    "plural unit)");
    }
    if (unit.forms.empty()) {
        throw std::invalid_argument("unit '" + unit.id + "' has no form");
    }
    if (!unit.plural && unit.forms.size() != 1) {
        throw std::invalid_argument("plain unit '" + unit.id + "' has " +
                                    std::to_string(unit.forms.size()) + " forms, expected 1");
    }
    for (const TranslationUnit::Form& form : unit.forms) {
        if (form.target && form.target->empty()) {
            throw std::invalid_argument("unit '" + unit.id +
                                        "' has an empty target; use no target instead");
        }
    }
}

void Catalog::add(TranslationUnit unit) {
    check(unit);
    if (find(unit.id) != nullptr) {
        throw std::invalid_argument("duplicate unit id '" + unit.id + "'");
    }
    index_.emplace(unit.id, units_.size());
    units_.push_back(std::move(unit));
}

void Catalog::set(TranslationUnit unit) {
    check(unit);
    const auto found = index_.find(unit.id);
    if (found == index_.end()) {
        index_.emplace(unit.id, units_.size());
        units_.push_back(std::move(unit));
    } else {
        units_[found->second] = std::move(unit);
    }
}

bool Catalog::remove(std::string_view id) {
    const auto found = index_.find(id);
    if (found == index_.end()) {
        return false;
    }
    units_.erase(units_.begin() + static_cast<std::ptrdiff_t>(found->second));
    reindex();
    return true;
}

void Catalog::clear() {
    units_.clear();
    index_.clear();
}

void Catalog::reindex() {
    index_.clear();
    for (std::size_t i = 0; i < units_.size(); ++i) {
        index_.emplace(units_[i].id, i);
    }
}

std::string Catalog::write() const {
    Writer w(fileName_);
    const std::string none;
    w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    w.line(0, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">");
    w.line(1, "<file original=\"" + w.attribute(original_, none) + "\" source-language=\"" +
                  w.attribute(sourceLanguage_, none) + "\" target-language=\"" +
                  w.attribute(targetLanguage_, none) + "\" datatype=\"plaintext\">");
    w.line(2, "<body>");
    for (const TranslationUnit& unit : units_) {
        if (!unit.plural) {
            writeTransUnit(w, 3, unit, unit.id, unit.forms.front(), true);
            continue;
        }
        // translate-toolkit reads approval of a plural from the group.
        w.line(3, "<group id=\"" + w.attribute(unit.id, unit.id) +
                      "\" restype=\"x-gettext-plurals\"" +
                      (unit.approved ? " approved=\"yes\"" : "") + " xml:space=\"preserve\">");
        writeNotes(w, 4, unit);
        for (std::size_t i = 0; i < unit.forms.size(); ++i) {
            writeTransUnit(w, 4, unit, unit.id + "[" + std::to_string(i) + "]", unit.forms[i],
                           false);
        }
        w.line(3, "</group>");
    }
    w.line(2, "</body>");
    w.line(1, "</file>");
    w.line(0, "</xliff>");
    return std::move(w.out);
}

void Catalog::save(const std::filesystem::path& path) const {
    io::writeFileAtomically(path, write());
}

} // namespace respect::engine::i18n
