#pragma once
// How complete a catalog is, counted in units (a plural unit counts once).

#include <engine/i18n/Catalog.hpp>

namespace respect::engine::i18n {

struct CatalogStats {
    int total = 0;
    int translated = 0; ///< TranslationUnit::isTranslated()
    int stale = 0;      ///< has a target waiting for review (needs-review-translation)
    int missing = 0;    ///< everything else: no target, or only a draft

    /// translated / total in percent; 100 for an empty catalog.
    double percentTranslated() const;
};

CatalogStats stats(const Catalog& catalog);

} // namespace respect::engine::i18n
