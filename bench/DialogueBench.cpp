// bench-dialogue: the dialogue side of tools/bench, in-process timings of one level file.
//
//   bench-dialogue parse FILE                 tinyxml2 parsing the file alone (the floor)
//   bench-dialogue load FILE                  read + safe reader + loadLevel (form only)
//   bench-dialogue check FILE                 load + checker, as `respect check` does
//   bench-dialogue play FILE CHOICES SEED     random play-through on LevelSession (the game's
//                                             layer: scores, feedback, the record of play)
//   bench-dialogue run FILE CHOICES SEED      the same on the engine's dialogue Runner alone,
//                                             which is what inkjs's Story compares with
//
// Prints one JSON line like bench/ink/ink-bench.js. The data folder (for the Diversity
// Code) is the source tree. Random picks use xorshift32, as the ink side does.

#include <engine/core/Diagnostic.hpp>
#include <engine/dialogue/Runner.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/xml/Document.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>
#include <game/level/LevelSession.hpp>

#include <tinyxml2.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace dlg = respect::engine::dialogue;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct XorShift {
    std::uint32_t state;
    std::size_t operator()(std::size_t n) {
        state ^= state << 13u;
        state ^= state >> 17u;
        state ^= state << 5u;
        return state % n;
    }
};

respect::game::DiversityCode code() {
    respect::engine::DiagnosticList diagnostics;
    auto loaded = respect::game::loadDiversityCode(std::string(RESPECT_SOURCE_DIR) + "/" +
                                                       respect::game::kDiversityCodePath,
                                                   respect::game::kDiversityCodePath, diagnostics);
    if (!loaded) {
        std::fprintf(stderr, "%s", diagnostics.formatAll().c_str());
        std::exit(1);
    }
    return *loaded;
}

int parse(const char* file) {
    const std::string text = respect::engine::io::readFileLimited(file);
    const auto start = Clock::now();
    tinyxml2::XMLDocument document;
    const bool ok = document.Parse(text.data(), text.size()) == tinyxml2::XML_SUCCESS;
    const double ms = millisecondsSince(start);
    std::printf("{\"what\":\"parse\",\"ok\":%s,\"ms\":%.3f}\n", ok ? "true" : "false", ms);
    return ok ? 0 : 1;
}

int load(const char* file, bool check) {
    const auto theCode = code();
    const auto start = Clock::now();
    respect::engine::DiagnosticList diagnostics;
    bool ok = false;
    double ms = 0;
    // Timed until the level is ready to play; freeing it afterwards is not part of loading
    // (as the parse floor does not time freeing its document).
    if (check) {
        const auto level =
            respect::game::loadCheckedLevel(file, file, theCode, nullptr, diagnostics);
        ms = millisecondsSince(start);
        ok = level.has_value();
    } else {
        const auto document = respect::engine::xml::Document::loadFile(file, file);
        const auto level = respect::game::loadLevel(document, diagnostics);
        ms = millisecondsSince(start);
        ok = level.has_value();
    }
    std::printf("{\"what\":\"%s\",\"ok\":%s,\"ms\":%.3f}\n", check ? "check" : "load",
                ok ? "true" : "false", ms);
    if (!ok) {
        std::fprintf(stderr, "%s", diagnostics.formatAll().c_str());
    }
    return ok ? 0 : 1;
}

/// The level to play, or the program ends with its diagnostics.
respect::game::Level checkedLevel(const char* file, const respect::game::DiversityCode& theCode) {
    respect::engine::DiagnosticList diagnostics;
    auto level = respect::game::loadCheckedLevel(file, file, theCode, nullptr, diagnostics);
    if (!level) {
        std::fprintf(stderr, "%s", diagnostics.formatAll().c_str());
        std::exit(1);
    }
    return std::move(*level);
}

int play(const char* file, long wanted, std::uint32_t seed) {
    const auto theCode = code();
    const auto level = checkedLevel(file, theCode);
    XorShift pick{seed == 0 ? 1u : seed};
    std::vector<respect::game::SessionEvent> events;
    long choices = 0;
    const auto start = Clock::now();
    while (choices < wanted) {
        respect::game::LevelSession session(level, theCode); // the end: play again
        for (const auto& encounter : level.encounters) {
            if (choices >= wanted) {
                break;
            }
            if (!session.isAvailable(encounter)) {
                session.skip(encounter);
                continue;
            }
            session.start(encounter);
            while (session.runner().state() != dlg::RunnerState::Ended) {
                if (session.runner().state() == dlg::RunnerState::ShowingLine) {
                    session.advance();
                } else {
                    session.choose(pick(session.runner().offeredChoices().size()));
                    ++choices;
                }
            }
            session.takeEvents(events); // what the scenes read each step
        }
    }
    const double ms = millisecondsSince(start);
    std::printf("{\"what\":\"play\",\"choices\":%ld,\"ms\":%.3f,\"perSecond\":%.0f}\n", choices, ms,
                static_cast<double>(choices) / (ms / 1000.0));
    return 0;
}

int run(const char* file, long wanted, std::uint32_t seed) {
    const auto theCode = code();
    const auto level = checkedLevel(file, theCode);
    std::vector<std::size_t> starts; // looked up once, as LevelSession does
    for (const auto& encounter : level.encounters) {
        starts.push_back(level.graph.indexOf(encounter.startNode));
    }
    XorShift pick{seed == 0 ? 1u : seed};
    std::vector<dlg::RunnerEvent> events;
    long choices = 0;
    const auto start = Clock::now();
    while (choices < wanted) {
        dlg::VariableStore variables; // the end: play again
        for (const auto& variable : level.variables) {
            variables.declare(variable.name, variable.initial);
        }
        dlg::Runner runner(level.graph, variables);
        for (std::size_t i = 0; i < level.encounters.size() && choices < wanted; ++i) {
            const auto& condition = level.encounters[i].condition;
            if (condition && !runner.evaluate(*condition).asBool()) {
                continue;
            }
            runner.start(starts[i]);
            while (runner.state() != dlg::RunnerState::Ended) {
                if (runner.state() == dlg::RunnerState::ShowingLine) {
                    runner.advance();
                } else {
                    runner.choose(pick(runner.offeredChoices().size()));
                    ++choices;
                }
            }
            runner.takeEvents(events); // the lines, choices and changes, as a game reads them
        }
    }
    const double ms = millisecondsSince(start);
    std::printf("{\"what\":\"run\",\"choices\":%ld,\"ms\":%.3f,\"perSecond\":%.0f}\n", choices, ms,
                static_cast<double>(choices) / (ms / 1000.0));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    try {
        if (mode == "parse" && argc == 3) {
            return parse(argv[2]);
        }
        if ((mode == "load" || mode == "check") && argc == 3) {
            return load(argv[2], mode == "check");
        }
        if ((mode == "play" || mode == "run") && argc == 5) {
            const auto seed = static_cast<std::uint32_t>(std::strtoul(argv[4], nullptr, 10));
            return mode == "play" ? play(argv[2], std::atol(argv[3]), seed)
                                  : run(argv[2], std::atol(argv[3]), seed);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench-dialogue: %s\n", error.what());
        return 1;
    }
    std::fprintf(stderr,
                 "usage: bench-dialogue parse|load|check FILE | play|run FILE CHOICES SEED\n");
    return 2;
}
