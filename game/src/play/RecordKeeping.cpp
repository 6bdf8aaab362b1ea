#include <engine/core/Error.hpp>
#include <game/play/RecordKeeping.hpp>
#include <game/records/RecordsUploader.hpp>
#include <game/records/Uuid.hpp>

#include <vector>

namespace respect::game {

PlayRecordContext playRecordContext(GameContext& context, const Scenario& scenario,
                                    const std::string& finishedAt) {
    Settings settings = context.preferences.settings();
    if (settings.playerId.empty()) {
        settings.playerId = randomUuid(); // the same account from now on
        context.preferences.change(settings);
    }
    PlayRecordContext record;
    record.learner = {settings.playerName, settings.playerEmail, settings.playerId};
    record.registration = scenario.registration();
    record.startedAt = scenario.startedAt();
    record.finishedAt = finishedAt;
    record.durationSeconds = scenario.playSeconds();
    record.language = context.text.language();
    record.gameVersion = RESPECT_VERSION;
    return record;
}

std::string keepRecords(GameContext& context,
                        const std::function<void(const RecordsFolder&)>& write) {
    const Settings& settings = context.preferences.settings();
    std::vector<std::filesystem::path> folders = {context.recordsFolder};
    if (!settings.recordsFolder.empty()) {
        folders.emplace_back(settings.recordsFolder);
    }
    std::string problems;
    for (const auto& folder : folders) {
        try {
            write(RecordsFolder(folder));
        } catch (const engine::Error& error) {
            problems += (problems.empty() ? "" : "\n") + std::string(error.what());
        }
    }
    if (!settings.lrsEndpoint.empty() && context.uploader != nullptr) {
        context.uploader->send(RecordsFolder(context.recordsFolder),
                               {settings.lrsEndpoint, settings.lrsUser, settings.lrsPassword});
    }
    return problems;
}

} // namespace respect::game
