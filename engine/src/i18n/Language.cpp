#include <engine/i18n/Language.hpp>

#include <cstdint>

namespace respect::engine::i18n {
namespace {

bool isSeparator(char c) {
    return c == '-' || c == '_';
}

} // namespace

std::string primaryLanguage(std::string_view tag) {
    std::string out;
    for (const char c : tag) {
        if (isSeparator(c)) {
            break;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::vector<std::string> languageFallbacks(std::string_view tag) {
    std::vector<std::string> out;
    std::size_t end = tag.size();
    while (end > 0) {
        out.emplace_back(tag.substr(0, end));
        std::size_t cut = end;
        while (cut > 0 && !isSeparator(tag[cut - 1])) {
            --cut;
        }
        if (cut == 0) {
            break;
        }
        end = cut - 1;
    }
    return out;
}

std::size_t pluralFormCount(std::string_view /*tag*/) {
    return 2;
}

std::size_t pluralFormIndex(std::string_view tag, std::int64_t n) {
    const std::uint64_t magnitude =
        n < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    if (primaryLanguage(tag) == "fr") {
        return magnitude <= 1 ? 0 : 1;
    }
    return magnitude == 1 ? 0 : 1;
}

} // namespace respect::engine::i18n
