#pragma once
// Typed reads of TMX and TSX elements that throw engine::Error (file:line) at the first
// problem, so the loader reads as a list of requirements.

#include <engine/io/ContentRoot.hpp>
#include <engine/tiled/Properties.hpp>
#include <engine/xml/Element.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace respect::engine::tiled::detail {

/// At most 40 characters of `text`, for messages that quote content.
std::string excerpt(std::string_view text);

[[noreturn]] void fail(const std::string& file, int line, const std::string& message);
[[noreturn]] void fail(const xml::Element& at, const std::string& message);

/// "" when absent.
std::string optionalString(const xml::Element& element, std::string_view name);
std::string requiredString(const xml::Element& element, std::string_view name);
std::int64_t requiredInt(const xml::Element& element, std::string_view name, std::int64_t min,
                         std::int64_t max);
std::int64_t optionalInt(const xml::Element& element, std::string_view name, std::int64_t fallback,
                         std::int64_t min, std::int64_t max);
double optionalNumber(const xml::Element& element, std::string_view name, double fallback,
                      double min, double max);
/// Tiled writes flags such as `visible` as "0" or "1".
bool optionalFlag(const xml::Element& element, std::string_view name, bool fallback);
void checkChildren(const xml::Element& element, std::initializer_list<std::string_view> allowed);

/// `value`, written in the file of `at`, as a content path; `what` names it in errors
/// ("tileset 'x.tsx': path leaves the content folder").
std::string contentPath(const xml::Element& at, const std::string& what, const std::string& value);
/// contentPath(), then the file must exist inside the root.
std::string existingContentPath(const io::ContentRoot& root, const xml::Element& at,
                                const std::string& what, const std::string& value);

/// The properties in the <properties> child of `owner` (none when it has no such child).
Properties readProperties(const xml::Element& owner);

} // namespace respect::engine::tiled::detail
