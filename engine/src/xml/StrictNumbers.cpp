#include <engine/xml/StrictNumbers.hpp>

#include <charconv>
#include <cmath>

namespace respect::engine::xml {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::size_t skipDigits(std::string_view text, std::size_t i) {
    while (i < text.size() && isDigit(text[i])) {
        ++i;
    }
    return i;
}

// std::from_chars takes '-' but not '+'.
std::string_view withoutPlus(std::string_view text) {
    return !text.empty() && text[0] == '+' ? text.substr(1) : text;
}

} // namespace

bool parseStrictInt(std::string_view text, std::int64_t& value) {
    std::size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
    if (i == text.size() || skipDigits(text, i) != text.size()) {
        return false;
    }
    const std::string_view digits = withoutPlus(text);
    std::int64_t parsed = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return false;
    }
    value = parsed;
    return true;
}

bool parseStrictNumber(std::string_view text, double& value) {
    std::size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
    const std::size_t integerEnd = skipDigits(text, i);
    std::size_t digitCount = integerEnd - i;
    i = integerEnd;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fractionEnd = skipDigits(text, i + 1);
        digitCount += fractionEnd - (i + 1);
        i = fractionEnd;
    }
    if (digitCount == 0) {
        return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < text.size() && (text[j] == '+' || text[j] == '-')) {
            ++j;
        }
        const std::size_t exponentEnd = skipDigits(text, j);
        if (exponentEnd == j) {
            return false;
        }
        i = exponentEnd;
    }
    if (i != text.size()) {
        return false;
    }
    const std::string_view number = withoutPlus(text);
    double parsed = 0.0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), parsed);
    if (error != std::errc() || end != number.data() + number.size() || !std::isfinite(parsed)) {
        return false;
    }
    value = parsed;
    return true;
}

} // namespace respect::engine::xml
