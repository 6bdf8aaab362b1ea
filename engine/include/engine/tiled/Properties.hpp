#pragma once
// The custom properties of one element, in document order, each name at most once.
// The shortcuts answer std::nullopt when the name is absent or holds another type.

#include <engine/tiled/Property.hpp>

#include <string_view>
#include <vector>

namespace respect::engine::tiled {

class Properties {
public:
    Properties() = default;
    /// The caller guarantees that names are unique (the loader reports duplicates).
    explicit Properties(std::vector<Property> items) : items_(std::move(items)) {}

    const std::vector<Property>& items() const { return items_; }
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }

    /// nullptr when absent.
    const Property* find(std::string_view name) const;

    std::optional<std::string> string(std::string_view name) const;
    std::optional<std::int64_t> integer(std::string_view name) const;
    std::optional<double> number(std::string_view name) const; ///< float or int
    std::optional<bool> boolean(std::string_view name) const;
    std::optional<Color> color(std::string_view name) const;
    std::optional<std::string> file(std::string_view name) const;

private:
    std::vector<Property> items_;
};

} // namespace respect::engine::tiled
