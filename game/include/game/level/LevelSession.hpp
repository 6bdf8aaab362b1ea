#pragma once
// Playing a level without a window: which encounters are available, one dialogue runner
// shared by all of them (so visits and variables carry over), and the game's meaning of
// each step (scores per dimension, feedback naming a rule) as a stream of events.

#include <engine/dialogue/Runner.hpp>
#include <engine/dialogue/VariableStore.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

/// One step of play, for the scenes and `respect run`. Text and ids are views into the
/// Level and the DiversityCode the session was made with (valid while they live, which is
/// as long as the session): events are read in the step they are taken, and recording
/// thousands of them per second must not copy every line.
struct SessionEvent {
    enum class Kind {
        EncounterStarted,
        EncounterSkipped,
        Line,
        ChoicesOffered,
        ChoiceMade,
        Score,
        Feedback,
        VariableChanged,
        EncounterEnded,
    };
    Kind kind = Kind::Line;
    std::string_view encounter;
    std::string_view node;                 ///< local node id
    std::string_view speaker;              ///< Line: character id
    std::string_view speakerName;          ///< Line: display name
    std::string_view text;                 ///< Line, ChoiceMade, Feedback, EncounterStarted (title)
    std::vector<std::string_view> options; ///< ChoicesOffered
    /// ChoicesOffered: choices hidden by their condition that the level wants shown greyed
    /// out, each with the reason it is unavailable.
    std::vector<std::pair<std::string_view, std::string_view>> unavailable;
    int index = 0;                  ///< ChoiceMade: 1-based among offered
    std::string_view dimension;     ///< Score: dimension id
    std::string_view dimensionName; ///< Score: as the Diversity Code names it
    int delta = 0;                  ///< Score
    int total = 0;                  ///< Score
    std::string_view rule;          ///< Feedback: rule id
    std::string_view ruleTitle;     ///< Feedback
    std::string_view variable;      ///< VariableChanged
    std::string oldValue;           ///< VariableChanged
    std::string newValue;           ///< VariableChanged
    std::string_view outcome;       ///< EncounterEnded
};

const char* sessionEventName(SessionEvent::Kind kind);

/// What LevelSession::restore() had to change to resume a saved state.
struct SessionRestore {
    bool exact = true;  ///< false when the scenario changed and the session resumed nearby
    std::string notice; ///< for the player (English), empty when exact
    std::string node;   ///< the local node the dialogue resumed at, when not exact
    std::vector<std::string> dropped; ///< saved variables ignored (undeclared or retyped)
};

class LevelSession {
public:
    /// Both must outlive the session.
    LevelSession(const Level& level, const DiversityCode& code);
    LevelSession(const LevelSession&) = delete;
    LevelSession& operator=(const LevelSession&) = delete;

    const Level& level() const { return level_; }
    engine::dialogue::Runner& runner() { return runner_; }
    const engine::dialogue::Runner& runner() const { return runner_; }
    const engine::dialogue::VariableStore& variables() const { return variables_; }

    /// The encounter's condition holds and, when once-only, it has not been played.
    bool isAvailable(const Encounter& encounter) const;
    /// The first available encounter (document order) with this trigger and key: the
    /// character for Talk, the zone for Zone, the finished encounter for After; the key is
    /// ignored for Start. nullptr when none.
    const Encounter* triggered(Trigger trigger, std::string_view key = {}) const;
    /// No encounter can be played any more: every one was played or its condition is false.
    /// (Conditions only change through encounters, so nothing can become available later.)
    bool finished() const;
    /// Starts the encounter (whatever its condition; callers decide).
    void start(const Encounter& encounter);
    /// Records that an encounter was passed over because its condition was false.
    void skip(const Encounter& encounter);
    /// The encounter being played, or nullptr.
    const Encounter* current() const { return current_; }

    void advance();
    /// Takes an offered choice by its 0-based index; throws DialogueError when out of range.
    void choose(std::size_t offeredIndex);

    std::vector<SessionEvent> takeEvents();
    /// The same without allocating in a steady loop: `out` is cleared, receives the events,
    /// and its old buffer is reused for the next ones.
    void takeEvents(std::vector<SessionEvent>& out) {
        out.clear();
        out.swap(events_);
    }

    /// Total score per dimension id (dimensions never scored are absent).
    const std::map<std::string, int>& scores() const { return scores_; }
    struct EncounterResult {
        std::string encounter;
        std::string outcome;
        std::vector<std::string> choices; ///< ids, in order
        /// The ids offered at each of those choice points (offered[i] holds choices[i] and
        /// its alternatives, in the order shown). Recorded rather than derived from the
        /// graph because conditions, once-only choices and fallbacks decide what the player
        /// actually saw. An empty entry means "not recorded" (saves from before this field).
        std::vector<std::vector<std::string>> offered;
    };
    const std::vector<EncounterResult>& results() const { return results_; }

    /// Puts a fresh or used session where a saved one was: the runner's snapshot, scores,
    /// results and the encounter being played ("" between encounters). Never throws for a
    /// scenario edited since the save: a missing line restarts its node's lines
    /// (Runner::restoreNearest), a missing node resumes at the start of the encounter's
    /// first node, a missing encounter ends the dialogue; variables the level no longer
    /// declares with the same type keep their initial values. Each adjustment is reported.
    /// Events queued by resuming (lines shown again) are available from takeEvents().
    SessionRestore restore(const engine::dialogue::Snapshot& snapshot,
                           const std::map<std::string, int>& scores,
                           const std::vector<EncounterResult>& results,
                           const std::string& currentEncounterId);

private:
    static constexpr std::size_t kNotInLevel = static_cast<std::size_t>(-1);
    /// The encounter's place in level().encounters, or kNotInLevel for a copy from elsewhere.
    std::size_t indexOf(const Encounter& encounter) const;
    bool wasStarted(const Encounter& encounter) const;
    /// Rebuilds started_ from results_ (after restore()).
    void markStarted();
    void startRunnerAt(const Encounter& encounter);
    void translateRunnerEvents();
    static std::string_view localNode(std::string_view nodeId);

    const Level& level_;
    const DiversityCode& code_;
    engine::dialogue::VariableStore variables_;
    engine::dialogue::Runner runner_;
    const Encounter* current_ = nullptr;
    int lastChosen_ = 0;                       ///< 1-based, for the ChoiceMade event
    std::vector<std::string> offeredAtChoice_; ///< ids offered when choose() was called
    std::map<std::string, int> scores_;
    std::vector<EncounterResult> results_;
    /// By encounter index: started at least once (results_ holds it), so once-only
    /// encounters are refused without scanning every result (levels have thousands).
    std::vector<bool> started_;
    /// By encounter index: its start node's index in the graph, kNotInLevel until needed.
    std::vector<std::size_t> startNodes_;
    std::vector<SessionEvent> events_;
    std::vector<engine::dialogue::RunnerEvent> rawEvents_; ///< reused: no allocation per step
};

} // namespace respect::game
