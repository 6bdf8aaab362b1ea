#include <game/campaign/CampaignLoader.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/LevelFiles.hpp>

#include <algorithm>
#include <sstream>

namespace respect::game {
namespace {

using engine::xml::Element;

/// The versions of the campaign format this game reads.
constexpr std::int64_t kCampaignVersion = 1;

std::vector<std::string> requiredLevels(const Element& scenario,
                                        engine::DiagnosticList& diagnostics) {
    std::vector<std::string> ids;
    std::istringstream words(scenario.attribute("requires").value_or(""));
    for (std::string word; words >> word;) {
        if (!isValidId(word)) {
            diagnostics.error(scenario.fileName(), scenario.line(),
                              "malformed level id '" + word +
                                  "' in 'requires' (use lowercase letters, digits, '-' and '_')");
        } else if (std::find(ids.begin(), ids.end(), word) != ids.end()) {
            diagnostics.warning(scenario.fileName(), scenario.line(),
                                "'requires' names '" + word + "' twice");
        } else {
            ids.push_back(word);
        }
    }
    return ids;
}

void readScenario(const Element& element, Campaign& campaign, engine::DiagnosticList& diagnostics) {
    element.checkAttributes({"file", "requires"}, diagnostics);
    element.checkChildren({}, diagnostics);
    CampaignEntry entry;
    entry.line = element.line();
    entry.requiredLevels = requiredLevels(element, diagnostics);
    const auto file = element.requiredAttribute("file", diagnostics);
    if (!file) {
        return;
    }
    entry.file = *file;
    if (!isScenarioFile(entry.file)) {
        diagnostics.error(campaign.file, entry.line,
                          "'" + entry.file +
                              "' is not a scenario file (a scenario is a level .xml file other "
                              "than diversity-code.xml and campaign.xml)");
        return;
    }
    for (const auto& earlier : campaign.scenarios) {
        if (earlier.file == entry.file) {
            diagnostics.error(campaign.file, entry.line,
                              "scenario '" + entry.file + "' is listed twice (first on line " +
                                  std::to_string(earlier.line) + ")");
            return;
        }
    }
    campaign.scenarios.push_back(std::move(entry));
}

} // namespace

std::optional<Campaign> loadCampaign(const engine::xml::Document& document,
                                     engine::DiagnosticList& diagnostics) {
    Campaign campaign;
    campaign.file = document.fileName();
    const Element root = document.root();
    campaign.line = root.line();
    if (root.name() != "campaign") {
        diagnostics.error(campaign.file, root.line(),
                          "expected <campaign> as the root element, found <" +
                              std::string(root.name()) + ">");
        return std::nullopt;
    }
    root.checkAttributes({"id", "version"}, diagnostics);
    root.checkChildren({"title", "scenario"}, diagnostics);
    campaign.id = root.requiredAttribute("id", diagnostics).value_or("");
    if (!campaign.id.empty() && !isValidId(campaign.id)) {
        diagnostics.error(campaign.file, root.line(),
                          "malformed campaign id '" + campaign.id +
                              "' (use lowercase letters, digits, '-' and '_')");
    }
    if (const auto version = root.intAttribute("version", diagnostics, 1, 1000)) {
        campaign.version = static_cast<int>(*version);
        if (*version > kCampaignVersion) {
            diagnostics.error(campaign.file, root.line(),
                              "campaign version " + std::to_string(*version) +
                                  " is newer than this game reads (" +
                                  std::to_string(kCampaignVersion) + ")");
        }
    }
    if (const auto title = root.child("title")) {
        title->checkAttributes({}, diagnostics);
        title->checkChildren({}, diagnostics);
        campaign.title = title->normalizedText();
    }
    if (campaign.title.empty()) {
        diagnostics.error(campaign.file, root.line(), "<campaign> needs a <title>");
    }
    const auto scenarios = root.children("scenario");
    for (const auto& scenario : scenarios) {
        readScenario(scenario, campaign, diagnostics);
    }
    if (scenarios.empty()) {
        diagnostics.error(campaign.file, root.line(), "the campaign lists no <scenario>");
    }
    return campaign;
}

} // namespace respect::game
