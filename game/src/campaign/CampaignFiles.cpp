#include <engine/core/Error.hpp>
#include <engine/xml/Document.hpp>
#include <game/campaign/CampaignFiles.hpp>
#include <game/campaign/CampaignLoader.hpp>
#include <game/campaign/CampaignResolver.hpp>

namespace respect::game {

std::optional<Campaign> loadCampaignFile(const std::filesystem::path& file,
                                         const std::string& displayName,
                                         engine::DiagnosticList& diagnostics) {
    try {
        const auto document = engine::xml::Document::loadFile(file, displayName);
        auto campaign = loadCampaign(document, diagnostics);
        if (campaign) {
            const auto folder = file.parent_path();
            resolveCampaign(*campaign, folder.empty() ? "." : folder, diagnostics);
        }
        return campaign;
    } catch (const engine::Error& problem) {
        diagnostics.add(problem.diagnostic());
        return std::nullopt;
    }
}

} // namespace respect::game
