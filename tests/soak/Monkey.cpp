#include "Monkey.hpp"

#include "GameFixture.hpp"

#include <game/play/Scenario.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/GroupDebriefScene.hpp>
#include <game/scenes/IdentityScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/ScenarioSelectScene.hpp>
#include <game/world/OfficeWorld.hpp>

#include <malloc.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <typeinfo>

namespace respect::test {
namespace {

using engine::input::Action;

/// What the monkey presses, with how often (out of the sum of the weights).
struct Weighted {
    Action action;
    int weight;
};
constexpr std::array<Weighted, 21> kPresses{{
    {Action::Confirm, 30},  {Action::Interact, 12}, {Action::Choose1, 8},  {Action::Choose2, 6},
    {Action::Choose3, 4},   {Action::Choose4, 3},   {Action::Choose5, 1},  {Action::Back, 4},
    {Action::Menu, 2},      {Action::MoveUp, 6},    {Action::MoveDown, 8}, {Action::MoveLeft, 3},
    {Action::MoveRight, 3}, {Action::PageUp, 2},    {Action::PageDown, 2}, {Action::History, 1},
    {Action::Blank, 1},     {Action::Choose6, 1},   {Action::Choose7, 1},  {Action::Choose8, 1},
    {Action::Choose9, 1},
}};

class Monkey {
public:
    Monkey(std::uint32_t seed, const std::filesystem::path& home) : rng_(seed), game_(home) {
        int total = 0;
        for (const auto& press : kPresses) {
            total += press.weight;
        }
        pick_ = std::uniform_int_distribution<int>(0, total - 1);
        game_.openTitle();
    }

    void step(SoakReport& report) {
        if (game_.stack().empty()) {
            ++report.titleReopened; // it chose Quit: a player starts the game again
            game_.openTitle();
        }
        noteScene(report);
        engine::input::InputFrame frame;
        if (holdSteps_ > 0) {
            --holdSteps_;
            frame.setHeld(held_, true);
        } else if (chance(0.45)) {
            const Action action = pickAction();
            frame.setPressed(action);
            frame.setHeld(action, true);
            if (isMove(action) && game_.top<game::OfficeScene>() != nullptr) {
                held_ = action; // walking is holding a direction for a while
                holdSteps_ = std::uniform_int_distribution<int>(5, 60)(rng_);
            }
        }
        if (frame.anyPressed() && chance(0.2)) {
            // The key behind the action, for scenes that listen to keys (rebinding controls).
            static constexpr std::array<const char*, 6> kKeys{"Key:Escape", "Key:Enter", "Key:E",
                                                              "Key:Space",  "Key:Up",    "Pad:A"};
            frame.devicePresses = {
                kKeys[std::uniform_int_distribution<std::size_t>(0, kKeys.size() - 1)(rng_)]};
        }
        if (game_.top<game::IdentityScene>() != nullptr && chance(0.05)) {
            frame.typedText = chance(0.5) ? "Ana Blanco" : "ana@example.org";
        }
        unstickInOffice(frame);
        game_.stack().update(frame);
        game_.draw();
        if (++report.steps % 1000 == 0) {
            game_.forgetRecordings(); // the fixture's logs, not the game's memory
        }
    }

    game::CampaignProgress& progress() { return game_.context().progress; }
    std::size_t stackDepth() const { return game_.stack().size(); }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_) < p; }

    Action pickAction() {
        if (game_.top<game::ScenarioSelectScene>() != nullptr && chance(0.6)) {
            return chance(0.8) ? Action::MoveDown : Action::MoveUp; // pick other scenarios too
        }
        int roll = pick_(rng_);
        for (const auto& press : kPresses) {
            if (roll < press.weight) {
                return press.action;
            }
            roll -= press.weight;
        }
        return Action::Confirm;
    }

    static bool isMove(Action action) {
        return action == Action::MoveUp || action == Action::MoveDown ||
               action == Action::MoveLeft || action == Action::MoveRight;
    }

    void noteScene(SoakReport& report) {
        const engine::Scene* top = game_.stack().top();
        if (trace_ && top != lastTop_ && top != nullptr) {
            std::fprintf(stderr, "%llu %s\n", static_cast<unsigned long long>(report.steps),
                         typeid(*top).name());
        }
        if (top != lastTop_) {
            if (dynamic_cast<const game::DialogueScene*>(top) != nullptr) {
                ++report.dialogues;
            }
            const bool debrief = dynamic_cast<const game::DebriefScene*>(top) != nullptr ||
                                 dynamic_cast<const game::GroupDebriefScene*>(top) != nullptr;
            if (debrief) {
                ++report.completions;
                if (report.completions == 1) {
                    report.rssAfterFirstKb = residentKb();
                }
            }
            lastTop_ = top;
        }
    }

    // Long in a scenario without a dialogue: stand beside someone of the cast and talk.
    void unstickInOffice(engine::input::InputFrame& frame) {
        game::Scenario* scenario = game_.context().activeScenario;
        if (scenario == nullptr || game_.top<game::DialogueScene>() != nullptr) {
            sinceDialogue_ = 0;
            return;
        }
        if (++sinceDialogue_ < 400 || game_.top<game::OfficeScene>() == nullptr ||
            scenario->world() == nullptr || scenario->world()->cast().empty()) {
            return;
        }
        sinceDialogue_ = 0;
        const auto& cast = scenario->world()->cast();
        const auto& actor =
            cast[std::uniform_int_distribution<std::size_t>(0, cast.size() - 1)(rng_)];
        scenario->world()->placePlayer({actor.feet.x, actor.feet.y + 20.0f}, game::Facing::Up);
        holdSteps_ = 0;
        frame = engine::input::InputFrame{};
        frame.setPressed(Action::Interact);
        frame.setHeld(Action::Interact, true);
    }

    std::mt19937 rng_;
    std::uniform_int_distribution<int> pick_;
    GameFixture game_;
    const engine::Scene* lastTop_ = nullptr;
    const bool trace_ = std::getenv("RESPECT_SOAK_TRACE") != nullptr; ///< scene changes to stderr
    Action held_ = Action::MoveDown;
    int holdSteps_ = 0;
    int sinceDialogue_ = 0;
};

} // namespace

long residentKb() {
    // glibc keeps freed pages for reuse and the run's churn fragments them; returned first,
    // what is left is what the game holds (massif agrees: its heap stays near 1 MB).
    ::malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    long size = 0;
    long resident = 0;
    statm >> size >> resident;
    return resident * (::sysconf(_SC_PAGESIZE) / 1024);
}

SoakReport runMonkey(std::uint64_t steps, std::uint32_t seed, const std::filesystem::path& home,
                     const std::function<void(const std::string&)>& progress) {
    SoakReport report;
    Monkey monkey(seed, home);
    for (std::uint64_t i = 0; i < steps; ++i) {
        monkey.step(report);
        if (progress && (i + 1) % 10000 == 0) {
            progress(std::to_string(i + 1) + " steps, " + std::to_string(report.completions) +
                     " scenarios finished, " + std::to_string(report.dialogues) + " dialogues, " +
                     std::to_string(monkey.stackDepth()) + " scenes, RSS " +
                     std::to_string(residentKb()) + " KiB");
        }
    }
    for (const auto& [id, level] : monkey.progress().levels) {
        report.distinctCompleted += level.completed ? 1 : 0;
    }
    report.rssEndKb = residentKb();
    return report;
}

} // namespace respect::test
