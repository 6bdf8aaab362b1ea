#include <game/campaign/Campaign.hpp>

namespace respect::game {

const CampaignEntry* Campaign::findLevel(std::string_view levelId) const {
    for (const auto& entry : scenarios) {
        if (!entry.levelId.empty() && entry.levelId == levelId) {
            return &entry;
        }
    }
    return nullptr;
}

std::string Campaign::displayNameOf(const CampaignEntry& entry) const {
    const std::size_t slash = file.rfind('/');
    return slash == std::string::npos ? entry.file : file.substr(0, slash + 1) + entry.file;
}

} // namespace respect::game
