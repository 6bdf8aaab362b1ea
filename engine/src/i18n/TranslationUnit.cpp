#include <engine/i18n/TranslationUnit.hpp>

#include <algorithm>

namespace respect::engine::i18n {

const std::string& TranslationUnit::source() const {
    static const std::string none;
    return forms.empty() ? none : forms.front().source;
}

const std::optional<std::string>& TranslationUnit::target() const {
    static const std::optional<std::string> none;
    return forms.empty() ? none : forms.front().target;
}

bool TranslationUnit::hasTarget() const {
    if (forms.empty()) {
        return false;
    }
    for (const Form& form : forms) {
        if (!form.target || form.target->empty()) {
            return false;
        }
    }
    return true;
}

bool TranslationUnit::isTranslated() const {
    return hasTarget() &&
           (approved || state == TranslationState::Translated || state == TranslationState::Final);
}

bool TranslationUnit::matchesSource(const std::vector<std::string>& sourceForms) const {
    if (sourceForms.empty() || forms.size() < sourceForms.size()) {
        return false;
    }
    if (!plural && (sourceForms.size() != 1 || forms.size() != 1)) {
        return false;
    }
    for (std::size_t i = 0; i < forms.size(); ++i) {
        const std::string& expected = sourceForms[std::min(i, sourceForms.size() - 1)];
        if (forms[i].source != expected) {
            return false;
        }
    }
    return true;
}

} // namespace respect::engine::i18n
