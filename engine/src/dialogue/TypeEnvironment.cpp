#include <engine/dialogue/TypeEnvironment.hpp>
#include <engine/dialogue/VariableStore.hpp>

#include <algorithm>

namespace respect::engine::dialogue {

namespace {

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

TypeEnvironment::TypeEnvironment(const VariableStore& store) {
    for (const auto& [name, value] : store.values()) {
        types_.emplace(name, value.type());
    }
}

std::optional<ValueType> TypeEnvironment::find(std::string_view name) const {
    const auto it = types_.find(name);
    if (it == types_.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::vector<std::string> TypeEnvironment::names() const {
    std::vector<std::string> out;
    for (const auto& entry : types_) {
        out.push_back(entry.first);
    }
    return out;
}

std::string TypeEnvironment::closestName(std::string_view misspelled) const {
    // Names are visited in sorted order, so ties go to the alphabetically first one.
    std::string best;
    std::size_t bestDistance = 3;
    for (const auto& entry : types_) {
        const std::size_t distance = editDistance(misspelled, entry.first);
        if (distance < bestDistance && distance < entry.first.size()) {
            best = entry.first;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace respect::engine::dialogue
