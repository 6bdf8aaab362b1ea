#pragma once
// Loading content files with every problem collected as a diagnostic instead of thrown:
// what `respect check`, `respect run` and the game share.

#include <engine/core/Diagnostic.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/tiled/Map.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace respect::game {

/// The path of the Diversity Code inside the data folder.
constexpr const char* kDiversityCodePath = "levels/diversity-code.xml";
/// The path of the campaign (the scenarios in play order) inside the data folder.
constexpr const char* kCampaignPath = "levels/campaign.xml";

/// True for a level file: an .xml file that is neither the Diversity Code nor the campaign.
bool isScenarioFile(const std::filesystem::path& file);
/// True for the campaign file: any file named campaign.xml.
bool isCampaignFile(const std::filesystem::path& file);

/// The scenario files in `<dataFolder>/levels`, sorted by name.
std::vector<std::filesystem::path> scenarioFiles(const std::filesystem::path& dataFolder);

/// Loads the Diversity Code; std::nullopt (with diagnostics) when it cannot be read.
std::optional<DiversityCode> loadDiversityCode(const std::filesystem::path& file,
                                               const std::string& displayName,
                                               engine::DiagnosticList& diagnostics);

/// Loads and checks a level. Returns it only when there is no error (warnings are fine).
/// `map`, when given, receives the level's map as the check loaded it (see checkLevel).
std::optional<Level> loadCheckedLevel(const std::filesystem::path& file,
                                      const std::string& displayName, const DiversityCode& code,
                                      const engine::io::ContentRoot* data,
                                      engine::DiagnosticList& diagnostics,
                                      std::optional<engine::tiled::Map>* map = nullptr);

} // namespace respect::game
