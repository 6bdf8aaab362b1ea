#include <engine/dialogue/DialogueError.hpp>
#include <game/level/LevelSession.hpp>
#include <game/level/PathExplorer.hpp>

namespace respect::game {
namespace {

namespace dlg = engine::dialogue;

std::string describe(const std::vector<std::size_t>& choices) {
    std::string out;
    for (const auto choice : choices) {
        out += (out.empty() ? "" : ",") + std::to_string(choice + 1);
    }
    return out.empty() ? "(no choice)" : out;
}

// What happened when the level was played with a fixed prefix of choices.
struct Playthrough {
    enum class Result { Finished, NeedsChoice, Failed };
    Result result = Result::Finished;
    std::size_t offered = 0; ///< NeedsChoice: how many choices were on offer
    std::string problem;     ///< Failed
};

Playthrough play(const Level& level, const DiversityCode& code,
                 const std::vector<std::size_t>& choices) {
    LevelSession session(level, code);
    session.runner().setRecordingEvents(false);
    std::size_t used = 0;
    std::size_t steps = 0;
    try {
        for (const auto& encounter : level.encounters) {
            if (!session.isAvailable(encounter)) {
                continue;
            }
            session.start(encounter);
            auto& runner = session.runner();
            while (runner.state() != dlg::RunnerState::Ended) {
                if (++steps > 100000) {
                    return {Playthrough::Result::Failed, 0,
                            "encounter '" + encounter.id + "' never ends"};
                }
                if (runner.state() == dlg::RunnerState::ShowingLine) {
                    runner.advance();
                    continue;
                }
                const std::size_t offered = runner.offeredChoices().size();
                if (offered == 0) {
                    return {Playthrough::Result::Failed, 0,
                            "soft-lock: no choice is available at node '" + runner.currentNodeId() +
                                "'"};
                }
                if (used == choices.size()) {
                    return {Playthrough::Result::NeedsChoice, offered, {}};
                }
                runner.choose(choices[used++]);
            }
        }
    } catch (const dlg::DialogueError& problem) {
        return {Playthrough::Result::Failed, 0, problem.what()};
    }
    return {};
}

} // namespace

ExplorationReport explorePaths(const Level& level, const DiversityCode& code,
                               std::size_t maxPaths) {
    ExplorationReport report;
    std::vector<std::vector<std::size_t>> pending{{}};
    while (!pending.empty()) {
        if (report.pathsCompleted + report.problems.size() >= maxPaths) {
            report.capped = true;
            break;
        }
        const auto prefix = std::move(pending.back());
        pending.pop_back();
        const auto outcome = play(level, code, prefix);
        switch (outcome.result) {
        case Playthrough::Result::Finished:
            ++report.pathsCompleted;
            break;
        case Playthrough::Result::Failed:
            report.problems.push_back(describe(prefix) + ": " + outcome.problem);
            break;
        case Playthrough::Result::NeedsChoice:
            // Pushed in reverse so choice 1 is explored first.
            for (std::size_t i = outcome.offered; i-- > 0;) {
                auto next = prefix;
                next.push_back(i);
                pending.push_back(std::move(next));
            }
            break;
        }
    }
    return report;
}

} // namespace respect::game
