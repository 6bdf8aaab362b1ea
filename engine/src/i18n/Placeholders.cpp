#include <engine/i18n/Placeholders.hpp>

#include <algorithm>
#include <optional>

namespace respect::engine::i18n {
namespace {

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

/// The placeholder that starts at `text[at]` (a '{'): its name and where it ends (one past
/// the '}'), or std::nullopt when the brace starts no placeholder.
std::optional<std::pair<std::string_view, std::size_t>> placeholderAt(std::string_view text,
                                                                      std::size_t at) {
    std::size_t end = at + 1;
    while (end < text.size() && isNameChar(text[end])) {
        ++end;
    }
    if (end == at + 1 || end >= text.size() || text[end] != '}') {
        return std::nullopt;
    }
    return std::make_pair(text.substr(at + 1, end - at - 1), end + 1);
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string braced(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) {
        out += (out.empty() ? "{" : ", {") + name + "}";
    }
    return out;
}

} // namespace

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> names;
    std::size_t at = text.find('{');
    while (at != std::string_view::npos) {
        std::size_t next = at + 1;
        if (const auto found = placeholderAt(text, at)) {
            std::string name(found->first);
            if (!contains(names, name)) {
                names.push_back(std::move(name));
            }
            next = found->second;
        }
        at = text.find('{', next);
    }
    return names;
}

std::string PlaceholderCheck::message() const {
    std::string out;
    if (!missing.empty()) {
        out = "missing " + braced(missing);
    }
    if (!extra.empty()) {
        out += (out.empty() ? "unexpected " : "; unexpected ") + braced(extra);
    }
    return out;
}

PlaceholderCheck checkPlaceholders(std::string_view source, std::string_view target) {
    const std::vector<std::string> inSource = placeholders(source);
    const std::vector<std::string> inTarget = placeholders(target);
    PlaceholderCheck check;
    for (const std::string& name : inSource) {
        if (!contains(inTarget, name)) {
            check.missing.push_back(name);
        }
    }
    for (const std::string& name : inTarget) {
        if (!contains(inSource, name)) {
            check.extra.push_back(name);
        }
    }
    return check;
}

std::string format(std::string_view text, const PlaceholderValues& values) {
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    std::size_t at = text.find('{');
    while (at != std::string_view::npos) {
        std::size_t next = at + 1;
        if (const auto found = placeholderAt(text, at)) {
            next = found->second;
            const auto value = values.find(found->first);
            if (value != values.end()) {
                out.append(text, copied, at - copied);
                out += value->second;
                copied = next;
            }
        }
        at = text.find('{', next);
    }
    out.append(text, copied, std::string_view::npos);
    return out;
}

} // namespace respect::engine::i18n
