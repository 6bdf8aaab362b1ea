#include <engine/app/Application.hpp>
#include <engine/core/Error.hpp>
#include <game/GameContext.hpp>
#include <game/GameMain.hpp>
#include <game/GameServices.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/TitleScene.hpp>

#include <cstdlib>
#include <iostream>

#ifndef RESPECT_SOURCE_DIR
#define RESPECT_SOURCE_DIR ""
#endif

namespace respect::game {
namespace fs = std::filesystem;

namespace {

bool holdsGameData(const fs::path& folder) {
    std::error_code error;
    return fs::is_directory(folder / "assets", error) && fs::is_directory(folder / "levels", error);
}

} // namespace

fs::path findDataFolder(const std::optional<fs::path>& given, const fs::path& executable) {
    if (given) {
        if (!holdsGameData(*given)) {
            throw engine::Error(given->string(), 0,
                                "not a Respect data folder (it needs assets/ and levels/)");
        }
        return *given;
    }
    if (const char* fromEnvironment = std::getenv("RESPECT_DATA")) {
        if (holdsGameData(fromEnvironment)) {
            return fromEnvironment;
        }
    }
    std::error_code error;
    const fs::path exeDir = fs::weakly_canonical(executable, error).parent_path();
    for (const fs::path& candidate : {exeDir, exeDir.parent_path(), exeDir / "../share/respect",
                                      fs::path(RESPECT_SOURCE_DIR)}) {
        if (!candidate.empty() && holdsGameData(candidate)) {
            return candidate;
        }
    }
    throw engine::Error("", 0, "cannot find the game data (assets/ and levels/); use --data DIR");
}

const std::vector<std::pair<std::string, std::string>>& fontFiles() {
    static const std::vector<std::pair<std::string, std::string>> fonts = {
        {"regular", "assets/fonts/DejaVuSans.ttf"},
        {"bold", "assets/fonts/DejaVuSans-Bold.ttf"},
        {"atkinson", "assets/fonts/AtkinsonHyperlegible-Regular.ttf"},
        {"atkinson-bold", "assets/fonts/AtkinsonHyperlegible-Bold.ttf"},
        {"opendyslexic", "assets/fonts/OpenDyslexic-Regular.otf"},
        {"opendyslexic-bold", "assets/fonts/OpenDyslexic-Bold.otf"},
    };
    return fonts;
}

int runGame(const GameOptions& options, engine::Platform& platform,
            const engine::io::ContentRoot& content, Narrator::Sink speech,
            RecordsUploader::ClientFactory httpClients) {
    std::optional<engine::input::InputScript> script;
    if (options.inputScript) {
        script = engine::input::InputScript::load(*options.inputScript);
    }
    if (platform.isHeadless() && !options.screenshots.empty()) {
        throw engine::Error("", 0,
                            "--screenshot needs a window; it cannot be used with --headless");
    }

    engine::input::InputState input;
    GameServices services(content, platform.audio(), PlayerFolders::fromXdg(), &platform, &input,
                          std::move(speech), RunOverrides{options.language, options.facilitator},
                          std::move(httpClients));
    GameContext& context = services.context();
    engine::SceneStack scenes;
    scenes.push(std::make_unique<TitleScene>(context, services.startupNotices()));
    if (options.level) {
        // Straight into the scenario, above the title: leaving it lands there. Both go on
        // in one round, so only the scenario enters now (the title starts its music and
        // reads its menu when it is shown, not for the few milliseconds before).
        openLevelFromCommandLine(context, scenes, *options.level);
    }
    scenes.applyRequests();

    engine::RunOptions run;
    run.maxFrames = options.frames;
    run.screenshots = options.screenshots;
    run.script = script ? &*script : nullptr;
    // Scripted, counted and headless runs take exactly one step per frame, so a
    // screenshot at frame N always shows the same state.
    run.lockstep =
        platform.isHeadless() || script || options.frames != 0 || !options.screenshots.empty();
    if (platform.isHeadless() && options.frames == 0 && !script) {
        throw engine::Error("", 0, "--headless needs --frames N or --input-script FILE to end");
    }
    run.capture = &context.capture;
    run.frameTimesFile = options.frameTimes;
    engine::Application app(platform, scenes, input, run);
    const int exitCode = app.run();
    // Closing the window or quitting mid-scenario keeps the player's place.
    if (const std::string problem = saveActiveScenario(context, SaveStore::kAutosave);
        !problem.empty()) {
        std::cerr << "respect: " << problem << '\n';
    }
    return exitCode;
}

} // namespace respect::game
