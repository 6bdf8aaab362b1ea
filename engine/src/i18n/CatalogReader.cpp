// Catalog::parse: XLIFF 1.2 through the safe XML reader, failing at the first problem.
#include "PluralIds.hpp"

#include <engine/core/Error.hpp>
#include <engine/i18n/Catalog.hpp>
#include <engine/xml/Document.hpp>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace respect::engine::i18n {
namespace {

constexpr std::string_view kPluralRestype = "x-gettext-plurals";
constexpr std::string_view kHeaderRestype = "x-gettext-domain-header";

enum class Space { Default, Preserve };

[[noreturn]] void fail(const xml::Element& at, const std::string& message) {
    throw Error(at.fileName(), at.line(), message);
}

/// At most 40 characters (not cutting a UTF-8 sequence), for messages quoting content.
std::string excerpt(std::string_view text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) {
        return std::string(text);
    }
    std::size_t end = kMax;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u) {
        --end;
    }
    return std::string(text.substr(0, end)) + "…";
}

std::string inQuotes(std::string_view text) {
    return "'" + excerpt(text) + "'";
}

Space spaceOf(const xml::Element& element, Space inherited) {
    const auto value = element.attribute("xml:space");
    if (!value) {
        return inherited;
    }
    if (*value == "preserve") {
        return Space::Preserve;
    }
    if (*value == "default") {
        return Space::Default;
    }
    fail(element, "xml:space is " + inQuotes(*value) + "; expected 'default' or 'preserve'");
}

/// The text of <source>, <target> or <note>, which must not hold markup.
std::string plainText(const xml::Element& element, Space inherited, const std::string& unitId) {
    const std::vector<xml::Element> children = element.children();
    if (!children.empty()) {
        fail(children.front(), "unit " + inQuotes(unitId) + ": <" + std::string(element.name()) +
                                   "> holds markup <" + std::string(children.front().name()) +
                                   ">; only plain text is supported");
    }
    return spaceOf(element, inherited) == Space::Preserve ? element.text()
                                                          : element.normalizedText();
}

/// One <trans-unit> as written: a plain unit, or one form of a plural group.
struct RawUnit {
    std::string id;
    TranslationUnit::Form form;
    TranslationState state = TranslationState::New;
    bool approved = false;
    std::vector<TranslationUnit::Note> notes;
};

class Reader {
public:
    std::string sourceLanguage;
    std::string targetLanguage;
    std::string original;
    std::vector<TranslationUnit> units;

    void readRoot(const xml::Element& root) {
        if (root.name() != "xliff") {
            fail(root, "root element is <" + std::string(root.name()) + ">, expected <xliff>");
        }
        const auto version = root.attribute("version");
        if (!version) {
            fail(root, "<xliff> needs a 'version' attribute");
        }
        if (*version != "1.2" && *version != "1.1") {
            fail(root, "XLIFF version " + inQuotes(*version) + " is not supported; expected 1.2");
        }
        const Space space = spaceOf(root, Space::Default);
        bool anyFile = false;
        for (const xml::Element& child : root.children()) {
            if (child.name() == "file") {
                readFile(child, space, !anyFile);
                anyFile = true;
            } else {
                refuseOutsideBody(child, "xliff");
                fail(child,
                     "<xliff> may hold only <file>, not <" + std::string(child.name()) + ">");
            }
        }
        if (!anyFile) {
            fail(root, "<xliff> has no <file>");
        }
    }

private:
    static void refuseOutsideBody(const xml::Element& element, std::string_view parent) {
        if (element.name() == "trans-unit" || element.name() == "group") {
            fail(element, "<" + std::string(element.name()) + "> is directly in <" +
                              std::string(parent) + ">; units belong inside <file><body>");
        }
    }

    static std::string languageOf(const xml::Element& file, std::string_view attribute) {
        const auto value = file.attribute(attribute);
        if (!value || value->empty()) {
            fail(file, "<file> needs a '" + std::string(attribute) + "' attribute");
        }
        return *value;
    }

    void readFile(const xml::Element& file, Space inherited, bool first) {
        const std::string source = languageOf(file, "source-language");
        const std::string target = languageOf(file, "target-language");
        if (first) {
            sourceLanguage = source;
            targetLanguage = target;
            original = file.attribute("original").value_or("");
        } else if (source != sourceLanguage || target != targetLanguage) {
            fail(file, "<file> is " + source + " → " + target + ", but an earlier <file> is " +
                           sourceLanguage + " → " + targetLanguage +
                           "; a catalog holds one language pair");
        }
        const Space space = spaceOf(file, inherited);
        bool anyBody = false;
        for (const xml::Element& child : file.children()) {
            if (child.name() == "body") {
                if (anyBody) {
                    fail(child, "<file> has more than one <body>");
                }
                anyBody = true;
                readContainer(child, spaceOf(child, space));
            } else if (child.name() != "header") {
                refuseOutsideBody(child, "file");
                fail(child, "<file> may hold only <header> and <body>, not <" +
                                std::string(child.name()) + ">");
            }
        }
        if (!anyBody) {
            fail(file, "<file> has no <body>");
        }
    }

    // <body> or a plain <group>: units, plural groups and further groups.
    void readContainer(const xml::Element& container, Space space) {
        for (const xml::Element& child : container.children()) {
            if (child.name() == "trans-unit") {
                if (child.attribute("restype") == std::optional<std::string>(kHeaderRestype)) {
                    continue;
                }
                readPlainUnit(child, space);
            } else if (child.name() == "group") {
                if (child.attribute("restype") == std::optional<std::string>(kPluralRestype)) {
                    readPluralGroup(child, spaceOf(child, space));
                } else {
                    readContainer(child, spaceOf(child, space));
                }
            }
            // bin-unit, context groups, notes of plain groups and extensions: not kept.
        }
    }

    void claim(const std::string& id, const xml::Element& at) {
        const auto [first, inserted] = lines_.emplace(id, at.line());
        if (!inserted) {
            fail(at, "duplicate unit id " + inQuotes(id) + " (first used on line " +
                         std::to_string(first->second) + ")");
        }
    }

    static std::optional<bool> approvedOf(const xml::Element& element, const std::string& id) {
        const auto approved = element.attribute("approved");
        if (!approved) {
            return std::nullopt;
        }
        if (*approved != "yes" && *approved != "no") {
            fail(element, "unit " + inQuotes(id) + ": approved is " + inQuotes(*approved) +
                              "; expected 'yes' or 'no'");
        }
        return *approved == "yes";
    }

    static RawUnit readRawUnit(const xml::Element& element, Space inherited) {
        RawUnit raw;
        const auto id = element.attribute("id");
        if (!id) {
            fail(element, "<trans-unit> needs an 'id' attribute");
        }
        if (id->empty()) {
            fail(element, "<trans-unit> has an empty 'id'");
        }
        raw.id = *id;
        const Space space = spaceOf(element, inherited);
        raw.approved = approvedOf(element, raw.id).value_or(false);

        const std::vector<xml::Element> sources = element.children("source");
        if (sources.empty()) {
            fail(element, "unit " + inQuotes(raw.id) + " has no <source>");
        }
        if (sources.size() > 1) {
            fail(sources[1], "unit " + inQuotes(raw.id) + " has more than one <source>");
        }
        raw.form.source = plainText(sources.front(), space, raw.id);

        const std::vector<xml::Element> targets = element.children("target");
        if (targets.size() > 1) {
            fail(targets[1], "unit " + inQuotes(raw.id) + " has more than one <target>");
        }
        std::optional<std::string> stateName;
        if (!targets.empty()) {
            std::string text = plainText(targets.front(), space, raw.id);
            if (!text.empty()) {
                raw.form.target = std::move(text);
            }
            stateName = targets.front().attribute("state");
        }
        if (stateName) {
            const auto state = parseTranslationState(*stateName);
            if (!state) {
                fail(targets.front(), "unit " + inQuotes(raw.id) + ": unknown state " +
                                          inQuotes(*stateName) +
                                          "; expected new, needs-translation, "
                                          "needs-review-translation, translated or final");
            }
            raw.state = *state;
        } else {
            raw.state = raw.form.target ? TranslationState::Translated : TranslationState::New;
        }

        for (const xml::Element& note : element.children("note")) {
            raw.notes.push_back(
                {note.attribute("from").value_or(""), plainText(note, space, raw.id)});
        }
        return raw;
    }

    void readPlainUnit(const xml::Element& element, Space space) {
        RawUnit raw = readRawUnit(element, space);
        if (detail::endsLikePluralForm(raw.id)) {
            fail(element, "unit id " + inQuotes(raw.id) +
                              " ends like a plural form; plural forms belong in a <group "
                              "restype=\"x-gettext-plurals\">");
        }
        claim(raw.id, element);
        TranslationUnit unit;
        unit.id = std::move(raw.id);
        unit.forms.push_back(std::move(raw.form));
        unit.state = raw.state;
        unit.approved = raw.approved;
        unit.notes = std::move(raw.notes);
        unit.line = element.line();
        units.push_back(std::move(unit));
    }

    void readPluralGroup(const xml::Element& group, Space space) {
        const std::vector<xml::Element> elements = group.children("trans-unit");
        if (elements.empty()) {
            fail(group, "plural group has no <trans-unit>");
        }
        for (const xml::Element& child : group.children("group")) {
            fail(child, "a plural group cannot hold another <group>");
        }
        TranslationUnit unit;
        unit.plural = true;
        unit.line = group.line();
        if (const auto id = group.attribute("id"); id && !id->empty()) {
            unit.id = *id;
        } else {
            const std::string first = elements.front().attribute("id").value_or("");
            if (first.size() < 4 || first.compare(first.size() - 3, 3, "[0]") != 0) {
                fail(elements.front(), "the first unit of a plural group without an id must "
                                       "have an id ending in [0], not " +
                                           inQuotes(first));
            }
            unit.id = first.substr(0, first.size() - 3);
        }
        claim(unit.id, group);
        for (const xml::Element& note : group.children("note")) {
            unit.notes.push_back(
                {note.attribute("from").value_or(""), plainText(note, space, unit.id)});
        }

        // translate-toolkit writes approved on the group too; when present it decides.
        const std::optional<bool> groupApproved = approvedOf(group, unit.id);
        unit.state = TranslationState::Final;
        unit.approved = true;
        for (std::size_t i = 0; i < elements.size(); ++i) {
            RawUnit raw = readRawUnit(elements[i], space);
            const std::string expected = unit.id + "[" + std::to_string(i) + "]";
            if (raw.id != expected) {
                fail(elements[i], "unit " + inQuotes(raw.id) + " in plural group " +
                                      inQuotes(unit.id) + " should have the id " +
                                      inQuotes(expected));
            }
            claim(raw.id, elements[i]);
            unit.forms.push_back(std::move(raw.form));
            unit.state = std::min(unit.state, raw.state);
            unit.approved = unit.approved && raw.approved;
            // translate-toolkit copies the group's notes into forms after the first.
            for (TranslationUnit::Note& note : raw.notes) {
                if (std::find(unit.notes.begin(), unit.notes.end(), note) == unit.notes.end()) {
                    unit.notes.push_back(std::move(note));
                }
            }
        }
        if (groupApproved) {
            unit.approved = *groupApproved;
        }
        units.push_back(std::move(unit));
    }

    std::unordered_map<std::string, int> lines_;
};

} // namespace

Catalog Catalog::parse(std::string text, std::string fileName, const xml::Limits& limits) {
    const xml::Document document = xml::Document::parse(std::move(text), fileName, limits);
    Reader reader;
    reader.readRoot(document.root());
    Catalog catalog(std::move(reader.sourceLanguage), std::move(reader.targetLanguage),
                    std::move(reader.original));
    catalog.fileName_ = std::move(fileName);
    catalog.units_ = std::move(reader.units);
    catalog.reindex();
    return catalog;
}

Catalog Catalog::load(const io::ContentRoot& root, const std::string& relative,
                      const xml::Limits& limits) {
    return parse(root.read(relative, limits.maxBytes), relative, limits);
}

} // namespace respect::engine::i18n
