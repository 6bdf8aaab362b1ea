#include <engine/i18n/TranslationState.hpp>

namespace respect::engine::i18n {

const char* translationStateName(TranslationState state) {
    switch (state) {
    case TranslationState::New:
        return "new";
    case TranslationState::NeedsTranslation:
        return "needs-translation";
    case TranslationState::NeedsReviewTranslation:
        return "needs-review-translation";
    case TranslationState::Translated:
        return "translated";
    case TranslationState::Final:
        return "final";
    }
    return "new";
}

std::optional<TranslationState> parseTranslationState(std::string_view name) {
    if (name == "new") {
        return TranslationState::New;
    }
    if (name == "needs-translation" || name == "needs-adaptation" || name == "needs-l10n") {
        return TranslationState::NeedsTranslation;
    }
    if (name == "needs-review-translation" || name == "needs-review-adaptation" ||
        name == "needs-review-l10n") {
        return TranslationState::NeedsReviewTranslation;
    }
    if (name == "translated") {
        return TranslationState::Translated;
    }
    if (name == "final" || name == "signed-off") {
        return TranslationState::Final;
    }
    return std::nullopt;
}

} // namespace respect::engine::i18n
