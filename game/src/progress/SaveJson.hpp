#pragma once
// Private: the JSON form of a SaveGame (without its checksum) and the strict reader.

#include <game/progress/SaveGame.hpp>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace respect::game::detail {

/// A member is missing or has the wrong type; the message names the member.
class SaveFormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Every member except `checksum`. Throws engine::Error for a non-finite position.
nlohmann::json saveToJson(const SaveGame& save);

/// The reverse of saveToJson(); unknown members are ignored. Throws SaveFormatError.
SaveGame saveFromJson(const nlohmann::json& object);

} // namespace respect::game::detail
