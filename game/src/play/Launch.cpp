#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/level/LevelFiles.hpp>
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

std::unique_ptr<engine::Scene> sceneFor(GameContext& context, std::unique_ptr<Scenario> scenario,
                                        const std::string& notice) {
    // A team event goes encounter by encounter: nobody walks the office on a projector.
    if (scenario->world() != nullptr && !context.facilitator) {
        return std::make_unique<OfficeScene>(context, std::move(scenario), notice);
    }
    return std::make_unique<LevelPlayScene>(context, std::move(scenario), notice);
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
    return sceneFor(context, std::move(scenario), notice);
}

std::string levelFileOf(const engine::io::ContentRoot& content, const std::string& argument) {
    namespace fs = std::filesystem;
    const std::string inLevels = "levels/" + argument;
    if (content.contains(inLevels)) {
        return inLevels;
    }
    std::error_code error;
    if (fs::is_regular_file(argument, error)) {
        const fs::path file = fs::weakly_canonical(argument, error);
        const fs::path relative = file.lexically_relative(content.path());
        const std::string name = relative.generic_string();
        if (!error && !relative.empty() && name.rfind("..", 0) != 0 && content.contains(name)) {
            return name;
        }
        throw engine::Error(argument, 0,
                            "the level must be inside the data folder " + content.path().string() +
                                " (choose another with --data DIR)");
    }
    throw engine::Error(argument, 0,
                        "no such level (looked in " + (content.path() / "levels").string() +
                            " and from the current folder)");
}

void openLevelFromCommandLine(GameContext& context, engine::SceneStack& stack,
                              const std::string& argument) {
    const std::string levelFile = levelFileOf(context.content, argument);
    auto loaded = Scenario::load(context.content, levelFile, context.text.language());
    if (auto* problem = std::get_if<std::string>(&loaded)) {
        // Every error of the level, as `respect check` shows them; the load stops at the
        // first, so check it again (only on this path, which ends the program).
        engine::DiagnosticList diagnostics;
        if (const auto code = loadDiversityCode(context.content.path() / kDiversityCodePath,
                                                kDiversityCodePath, diagnostics)) {
            loadCheckedLevel(context.content.resolve(levelFile), levelFile, *code, &context.content,
                             diagnostics);
        }
        std::string errors;
        for (const auto& item : diagnostics.items()) {
            if (item.severity == engine::Severity::Error) {
                errors += (errors.empty() ? "" : "\n") + item.format();
            }
        }
        throw engine::Error("", 0,
                            "cannot start the scenario:\n" + (errors.empty() ? *problem : errors));
    }
    stack.push(sceneFor(context, std::move(std::get<std::unique_ptr<Scenario>>(loaded)), {}));
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
