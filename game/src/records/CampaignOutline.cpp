#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/i18n/Translator.hpp>
#include <game/campaign/CampaignFiles.hpp>
#include <game/campaign/ScenarioCard.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/records/RecordsFolder.hpp>

namespace respect::game {

CampaignOutline loadCampaignOutline(const engine::io::ContentRoot& content,
                                    const std::string& language) {
    CampaignOutline outline;
    engine::DiagnosticList diagnostics;
    const auto code =
        loadDiversityCode(content.path() / kDiversityCodePath, kDiversityCodePath, diagnostics);
    const auto campaign =
        loadCampaignFile(content.path() / kCampaignPath, kCampaignPath, diagnostics);
    if (!code || !campaign) {
        return outline;
    }
    outline.title = campaign->title;
    for (const auto& card : buildScenarioCards(*campaign, *code, &content, {})) {
        std::string title = card.title;
        if (!card.levelId.empty() && !language.empty()) {
            try {
                title = engine::i18n::Translator::load(content, levelCatalogPattern(card.levelId),
                                                       language)
                            .translate("title", title);
            } catch (const engine::Error& error) {
                engine::log::warning(error.what()); // a broken catalog: the title as written
            }
        }
        outline.scenarios.push_back({card.levelId.empty() ? card.file : card.levelId, title});
    }
    return outline;
}

} // namespace respect::game
