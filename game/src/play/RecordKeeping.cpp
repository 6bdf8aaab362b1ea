#include <engine/core/Error.hpp>
#include <game/play/RecordKeeping.hpp>
#include <game/records/RecordsUploader.hpp>

#include <vector>

namespace respect::game {

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
