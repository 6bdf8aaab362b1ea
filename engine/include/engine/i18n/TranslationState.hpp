#pragma once
// Where the translation of one unit stands, as XLIFF 1.2 records it in <target state="...">.
// The order is meaningful: each state is further along than the ones before it.

#include <optional>
#include <string_view>

namespace respect::engine::i18n {

enum class TranslationState {
    New,                    ///< "new": nothing done yet
    NeedsTranslation,       ///< "needs-translation": to translate (a target is at most a draft)
    NeedsReviewTranslation, ///< "needs-review-translation": the target must be checked again
    Translated,             ///< "translated"
    Final,                  ///< "final"
};

/// The XLIFF spelling: "new", "needs-translation", "needs-review-translation", "translated"
/// or "final".
const char* translationStateName(TranslationState state);

/// The five names above, and the other XLIFF 1.2 states mapped to the nearest of them:
/// needs-adaptation and needs-l10n are NeedsTranslation, needs-review-adaptation and
/// needs-review-l10n are NeedsReviewTranslation, signed-off is Final. std::nullopt otherwise.
std::optional<TranslationState> parseTranslationState(std::string_view name);

} // namespace respect::engine::i18n
