#pragma once
// The update step of text extraction: bring a catalog in line with the current source texts
// without ever losing a translation.
//  - new id: added, no target, state needs-translation;
//  - same id, same source: kept as it is (target, state, approved, notes);
//  - same id, source changed: the new source is recorded, the old target kept, the state
//    becomes needs-review-translation and approved is removed; a note from "previous-source"
//    holds the old source (one note per form) so translators see what changed. If the unit
//    was already waiting for review, its older previous-source notes stay (they name the
//    source the target was written for). A unit without a target just gets the new source;
//  - id no longer in the sources: removed.
// Units end up in the order of `sources`. Notes from "developer" belong to the sources: they
// are replaced by the SourceText's notes; all other notes are kept.

#include <engine/i18n/Catalog.hpp>
#include <engine/i18n/TranslationUnit.hpp>

#include <string>
#include <vector>

namespace respect::engine::i18n {

/// The author name of notes that merging writes and replaces.
constexpr const char* kPreviousSourceNote = "previous-source";
constexpr const char* kDeveloperNote = "developer";

/// One text as the sources have it now.
struct SourceText {
    std::string id;
    std::vector<std::string> forms; ///< one text; or the source's plural forms (singular first)
    bool plural = false;
    std::vector<TranslationUnit::Note> notes; ///< usually from kDeveloperNote
};

struct MergeStats {
    int added = 0;
    int changed = 0;
    int removed = 0;
    int kept = 0;
};

/// Updates `catalog` in place. Throws std::invalid_argument when two sources share an id, an
/// id is empty, or a source has no form (or a plain one several).
MergeStats mergeCatalog(Catalog& catalog, const std::vector<SourceText>& sources);

} // namespace respect::engine::i18n
