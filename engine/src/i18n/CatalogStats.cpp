#include <engine/i18n/CatalogStats.hpp>

namespace respect::engine::i18n {

double CatalogStats::percentTranslated() const {
    return total == 0 ? 100.0 : 100.0 * translated / total;
}

CatalogStats stats(const Catalog& catalog) {
    CatalogStats counts;
    for (const TranslationUnit& unit : catalog.units()) {
        ++counts.total;
        if (unit.isTranslated()) {
            ++counts.translated;
        } else if (unit.hasTarget() && unit.state == TranslationState::NeedsReviewTranslation) {
            ++counts.stale;
        } else {
            ++counts.missing;
        }
    }
    return counts;
}

} // namespace respect::engine::i18n
