#include <engine/i18n/CatalogMerge.hpp>
#include <engine/i18n/Language.hpp>

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace respect::engine::i18n {
namespace {

using Note = TranslationUnit::Note;

void checkSources(const std::vector<SourceText>& sources) {
    std::unordered_set<std::string> ids;
    for (const SourceText& source : sources) {
        if (source.id.empty()) {
            throw std::invalid_argument("a source text has an empty id");
        }
        if (source.forms.empty()) {
            throw std::invalid_argument("source text '" + source.id + "' has no form");
        }
        if (!source.plural && source.forms.size() != 1) {
            throw std::invalid_argument("plain source text '" + source.id + "' has " +
                                        std::to_string(source.forms.size()) + " forms, expected 1");
        }
        if (!ids.insert(source.id).second) {
            throw std::invalid_argument("two source texts have the id '" + source.id + "'");
        }
    }
}

/// How many forms a unit for `source` has: one, or enough for the source and the target
/// language (and never fewer than `atLeast`, so no kept target is dropped).
std::size_t formCount(const SourceText& source, const std::string& targetLanguage,
                      std::size_t atLeast) {
    if (!source.plural) {
        return 1;
    }
    return std::max({source.forms.size(), pluralFormCount(targetLanguage), atLeast});
}

const std::string& sourceOfForm(const SourceText& source, std::size_t index) {
    return source.forms[std::min(index, source.forms.size() - 1)];
}

/// The developer notes of `source` first, then the unit's other notes.
std::vector<Note> withDeveloperNotes(const std::vector<Note>& notes, const SourceText& source) {
    std::vector<Note> out = source.notes;
    for (const Note& note : notes) {
        if (note.from != kDeveloperNote) {
            out.push_back(note);
        }
    }
    return out;
}

void removePreviousSourceNotes(std::vector<Note>& notes) {
    notes.erase(std::remove_if(notes.begin(), notes.end(),
                               [](const Note& note) { return note.from == kPreviousSourceNote; }),
                notes.end());
}

bool hasPreviousSourceNote(const std::vector<Note>& notes) {
    return std::any_of(notes.begin(), notes.end(),
                       [](const Note& note) { return note.from == kPreviousSourceNote; });
}

TranslationUnit addedUnit(const SourceText& source, const std::string& targetLanguage) {
    TranslationUnit unit;
    unit.id = source.id;
    unit.plural = source.plural;
    unit.state = TranslationState::NeedsTranslation;
    unit.notes = source.notes;
    const std::size_t count = formCount(source, targetLanguage, 0);
    for (std::size_t i = 0; i < count; ++i) {
        unit.forms.push_back({sourceOfForm(source, i), std::nullopt});
    }
    return unit;
}

TranslationUnit changedUnit(const TranslationUnit& old, const SourceText& source,
                            const std::string& targetLanguage) {
    TranslationUnit unit = old;
    unit.plural = source.plural;
    unit.notes = withDeveloperNotes(old.notes, source);
    unit.forms.clear();
    const std::size_t count = formCount(source, targetLanguage, old.forms.size());
    bool anyTarget = false;
    for (std::size_t i = 0; i < count; ++i) {
        TranslationUnit::Form form{sourceOfForm(source, i), std::nullopt};
        if (i < old.forms.size()) {
            form.target = old.forms[i].target;
        }
        anyTarget = anyTarget || form.target.has_value();
        unit.forms.push_back(std::move(form));
    }
    unit.approved = false;
    if (!anyTarget) {
        removePreviousSourceNotes(unit.notes);
        unit.state = std::min(old.state, TranslationState::NeedsTranslation);
        return unit;
    }
    // A unit already waiting for review keeps the notes naming the source its target was
    // written for.
    if (old.state != TranslationState::NeedsReviewTranslation || old.approved ||
        !hasPreviousSourceNote(old.notes)) {
        removePreviousSourceNotes(unit.notes);
        for (const TranslationUnit::Form& form : old.forms) {
            unit.notes.push_back({kPreviousSourceNote, form.source});
        }
    }
    unit.state = TranslationState::NeedsReviewTranslation;
    return unit;
}

} // namespace

MergeStats mergeCatalog(Catalog& catalog, const std::vector<SourceText>& sources) {
    checkSources(sources);
    const Catalog old = catalog;
    catalog.clear();
    MergeStats stats;
    for (const SourceText& source : sources) {
        const TranslationUnit* existing = old.find(source.id);
        if (existing == nullptr) {
            catalog.add(addedUnit(source, catalog.targetLanguage()));
            ++stats.added;
        } else if (existing->plural == source.plural && existing->matchesSource(source.forms)) {
            TranslationUnit unit = *existing;
            unit.notes = withDeveloperNotes(existing->notes, source);
            catalog.add(std::move(unit));
            ++stats.kept;
        } else {
            catalog.add(changedUnit(*existing, source, catalog.targetLanguage()));
            ++stats.changed;
        }
    }
    stats.removed = static_cast<int>(old.size()) - stats.kept - stats.changed;
    return stats;
}

} // namespace respect::engine::i18n
