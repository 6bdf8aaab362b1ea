#pragma once
// Private: the JSON form of CampaignProgress. Reading is forgiving per level: a level
// entry or member that cannot be used is dropped with a warning, the rest is kept.

#include <game/progress/CampaignProgress.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace respect::game::detail {

/// Pretty JSON with sorted keys: {"levels": {...}, "version": 1}. Throws engine::Error when
/// a string is not valid UTF-8.
std::string progressToJson(const CampaignProgress& progress);

/// Reads the "levels" member of a progress object whose version was already checked.
/// Each problem with one level adds "<fileName>: warning: ..." to `warnings`; throws
/// engine::Error when "levels" is not an object (nothing in the file is usable).
CampaignProgress progressFromJson(const nlohmann::json& object, const std::string& fileName,
                                  std::vector<std::string>& warnings);

} // namespace respect::game::detail
