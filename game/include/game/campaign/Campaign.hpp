#pragma once
// The campaign (levels/campaign.xml): the scenarios in the order the player meets them,
// and which completed levels unlock each one. Plain data: loadCampaign() reads its form,
// resolveCampaign() ties it to the level files, loadCampaignFile() does both.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

struct CampaignEntry {
    std::string file; ///< as written, relative to the campaign's folder (levels/)
    /// Level ids that must all be completed before this scenario unlocks; none means it is
    /// unlocked from the start. (Not named `requires`: that is a C++20 keyword.)
    std::vector<std::string> requiredLevels;
    int line = 0;

    // Filled by resolveCampaign():
    std::filesystem::path path; ///< the level file; empty when it was not found
    std::string levelId;        ///< the id the level declares; empty when it cannot be read
};

struct Campaign {
    std::string file; ///< as the user named it, for diagnostics ("levels/campaign.xml")
    std::string id;
    int version = 1;
    std::string title;
    std::vector<CampaignEntry> scenarios; ///< play order
    int line = 0;

    /// The entry whose level declares `levelId`, or nullptr.
    const CampaignEntry* findLevel(std::string_view levelId) const;
    /// How diagnostics name a scenario's file: the campaign's folder as the user named it,
    /// then the entry's file ("levels/sample-first-day.xml").
    std::string displayNameOf(const CampaignEntry& entry) const;
};

} // namespace respect::game
