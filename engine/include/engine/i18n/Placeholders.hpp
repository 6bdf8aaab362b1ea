#pragma once
// `{name}` placeholders in texts. A name is one or more ASCII letters, digits, '_', '.' or
// '-'; any other brace is plain text ("{ }" and "{a b}" are not placeholders).

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::i18n {

/// The names in order of first appearance, each once: "{a} {b} {a}" → {"a", "b"}.
std::vector<std::string> placeholders(std::string_view text);

/// What a translation does wrong with the placeholders of its source.
struct PlaceholderCheck {
    std::vector<std::string> missing; ///< in the source, not in the target
    std::vector<std::string> extra;   ///< in the target, not in the source

    bool ok() const { return missing.empty() && extra.empty(); }
    /// "" when ok(); otherwise e.g. "missing {name}; unexpected {nmae}".
    std::string message() const;
};

/// Compares the placeholder names of `source` and `target` (order and repeats do not matter).
PlaceholderCheck checkPlaceholders(std::string_view source, std::string_view target);

using PlaceholderValues = std::map<std::string, std::string, std::less<>>;

/// `text` with every placeholder that has a value replaced by it; others stay as they are.
/// Replacements are not scanned again.
std::string format(std::string_view text, const PlaceholderValues& values);

} // namespace respect::engine::i18n
