#pragma once
// Ids (of nodes, of choices) to their positions, hashed: a level has tens of thousands, and
// a sorted map compared ids character by character at every insert and lookup.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace respect::engine::dialogue {

class IdIndex {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// False (and nothing changes) when the id is already there.
    bool insert(const std::string& id, std::size_t position) {
        return positions_.emplace(id, position).second;
    }
    /// The position of `id`, or npos.
    std::size_t find(std::string_view id) const {
        // C++17 cannot look a std::string key up by view: copy into a buffer kept per thread,
        // so that looking up allocates nothing once the buffer has grown.
        thread_local std::string key;
        key.assign(id.data(), id.size());
        const auto found = positions_.find(key);
        return found == positions_.end() ? npos : found->second;
    }
    bool contains(std::string_view id) const { return find(id) != npos; }

private:
    std::unordered_map<std::string, std::size_t> positions_;
};

} // namespace respect::engine::dialogue
