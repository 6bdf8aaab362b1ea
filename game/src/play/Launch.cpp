#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/play/Launch.hpp>
#include <game/play/Scenario.hpp>
#include <game/scenes/LevelPlayScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/ScenarioSelectScene.hpp>

namespace respect::game {

namespace {

std::unique_ptr<engine::Scene> cannotPlay(GameContext& context, const std::string& problem) {
    return std::make_unique<NoticeScene>(context,
                                         context.text.get("notice.level-error") + "\n" + problem);
}

void resumeFrom(GameContext& context, engine::SceneStack& stack, const SaveGame& save) {
    // Under the scenario, its list: where the debrief leads back to, as after Play.
    stack.push(std::make_unique<ScenarioSelectScene>(context));
    stack.push(openScenario(context, save.levelFile, &save));
}

} // namespace

std::unique_ptr<engine::Scene> openScenario(GameContext& context, const std::string& levelFile,
                                            const SaveGame* save) {
    auto loaded = Scenario::load(context.content, levelFile, context.text.language());
    if (auto* problem = std::get_if<std::string>(&loaded)) {
        return cannotPlay(context, *problem);
    }
    auto scenario = std::move(std::get<std::unique_ptr<Scenario>>(loaded));
    std::string notice;
    if (save != nullptr) {
        try {
            const SessionRestore restored = scenario->resume(*save);
            if (!restored.exact) {
                notice = context.text.get("notice.level-changed") + "\n" + restored.notice;
            }
        } catch (const engine::Error& error) {
            return cannotPlay(context, error.what());
        }
    }
    // A team event goes encounter by encounter: nobody walks the office on a projector.
    if (scenario->world() != nullptr && !context.facilitator) {
        return std::make_unique<OfficeScene>(context, std::move(scenario), notice);
    }
    return std::make_unique<LevelPlayScene>(context, std::move(scenario), notice);
}

void openSaveSlot(GameContext& context, engine::SceneStack& stack, const std::string& slot) {
    SaveReadResult read = context.saves.read(slot);
    switch (read.status) {
    case SaveStatus::Ok:
        resumeFrom(context, stack, *read.save);
        return;
    case SaveStatus::NewerVersion:
        stack.push(std::make_unique<NoticeScene>(context, context.text.get("notice.save-newer") +
                                                              "\n" + read.message));
        return;
    case SaveStatus::Missing:
    case SaveStatus::Corrupt:
        break;
    }
    const std::string what =
        context.text.get(read.status == SaveStatus::Missing ? "notice.save-missing"
                                                            : "notice.save-damaged") +
        (read.message.empty() ? "" : "\n" + read.message);
    if (!read.backupAvailable) {
        stack.push(std::make_unique<NoticeScene>(context, what));
        return;
    }
    // Never replace the damaged file silently: the player decides, and loading the
    // previous generation leaves both files as they are.
    const SaveReadResult backup = context.saves.readBackup(slot);
    std::string question = what + "\n\n" +
                           context.text.format("notice.offer-backup",
                                               {{"time", readableTime(backup.save->timestamp)}});
    stack.push(std::make_unique<NoticeScene>(
        context, question,
        std::vector<std::string>{context.text.get("notice.load-backup"),
                                 context.text.get("menu.cancel")},
        [&context, backup](std::optional<std::size_t> answer, engine::SceneStack& next) {
            if (answer == std::size_t{0}) {
                resumeFrom(context, next, *backup.save);
            }
        }));
}

std::string saveActiveScenario(GameContext& context, const std::string& slot) {
    if (context.activeScenario == nullptr) {
        return {};
    }
    try {
        context.saves.write(slot, context.activeScenario->capture());
    } catch (const engine::Error& error) {
        engine::log::warning(error.what());
        return context.text.get("notice.save-failed") + "\n" + error.what();
    }
    return {};
}

} // namespace respect::game
