#pragma once
// A cursor over an immutable DialogueGraph: shows lines, offers choices, follows exits and
// queues events. Variables live in a shared VariableStore; visit counts and once-only
// choices belong to the runner and travel in its Snapshot.

#include <engine/dialogue/DialogueGraph.hpp>
#include <engine/dialogue/EvalContext.hpp>
#include <engine/dialogue/RunnerEvent.hpp>
#include <engine/dialogue/RunnerState.hpp>
#include <engine/dialogue/Snapshot.hpp>
#include <engine/dialogue/VariableStore.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::dialogue {

/// A choice the player can pick now (or, from unavailableChoices(), one shown greyed out).
struct OfferedChoice {
    std::size_t offeredIndex = 0; ///< what choose() takes
    std::size_t choiceIndex = 0;  ///< position in Node::choices
    const Choice* choice = nullptr;
};

/// What restoreNearest() had to adjust.
struct RestoreResult {
    bool exact = true;   ///< false when the saved line is gone and the node's lines restarted
    std::string message; ///< what changed, for a log; empty when exact
};

class Runner : private EvalContext {
public:
    /// Automatic jumps (goto/branch) allowed without showing a line or offering a choice.
    static constexpr int maxAutomaticJumps = 10000;

    /// Both must outlive the runner.
    Runner(const DialogueGraph& graph, VariableStore& variables);
    Runner(DialogueGraph&&, VariableStore&) = delete;
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    /// Enters the node (visit count +1, onEnter effects) and moves to its first visible
    /// line or its exit. Keeps visit counts and once-only choices from earlier runs.
    void start(std::string_view nodeId);
    /// The same by the node's index in the graph (DialogueGraph::indexOf), for callers
    /// that start the same nodes often. Throws DialogueError when out of range.
    void start(std::size_t nodeIndex);
    RunnerState state() const { return state_; }
    /// Throws DialogueError unless ShowingLine.
    const Line& currentLine() const;
    /// Next visible line, or the node's exit. Throws DialogueError unless ShowingLine, on a
    /// target that does not exist, a branch with no match, or too many automatic jumps;
    /// after such an error, start() again or restore().
    void advance();

    /// Available choices (condition true, once-only not yet taken), or, if there are none,
    /// the available fallbacks. Empty unless AwaitingChoice. Fixed when the choice point is
    /// reached: variables changed afterwards by the game do not re-filter it.
    const std::vector<OfferedChoice>& offeredChoices() const { return offered_; }
    /// Non-fallback choices hidden by their condition that have an unavailableReason, for
    /// showing greyed out. offeredIndex is meaningless here.
    const std::vector<OfferedChoice>& unavailableChoices() const { return unavailable_; }
    /// Takes an offered choice: applies its effects, marks it if once-only, enters its
    /// target. Throws DialogueError when not AwaitingChoice or the index is out of range.
    void choose(std::size_t offeredIndex);

    /// The Ended node's outcome; empty before that.
    const std::string& outcome() const;
    /// Empty before start().
    const std::string& currentNodeId() const;
    /// Times the node with this exact id was entered; throws DialogueError on an unknown id.
    int visits(std::string_view nodeId) const;
    /// Evaluates in the runner's context (variables, visited() from the current node).
    Value evaluate(const Expression& expression) const { return expression.evaluate(*this); }

    /// Hands over the events queued since the last call, oldest first.
    std::vector<RunnerEvent> takeEvents();
    /// The same without allocating in a steady loop: `out` is cleared, receives the events,
    /// and its old buffer is reused for the next ones.
    void takeEvents(std::vector<RunnerEvent>& out) {
        out.clear();
        out.swap(events_);
    }
    /// Events are queued by default; a headless run that never reads them can turn it off.
    void setRecordingEvents(bool recording) { recording_ = recording; }

    Snapshot snapshot() const;
    /// Puts the runner (and the store's variables) exactly where the snapshot was. Queues no
    /// events. Throws DialogueError naming the missing id when the snapshot's node or line
    /// no longer exists, when a saved variable changed type, or when the saved node no longer
    /// ends in choices but the snapshot awaited one; nothing changes then.
    void restore(const Snapshot& snapshot);
    /// Like restore(), but when only the line (or the choice point) is gone it restarts the
    /// node's lines without re-entering it (no visit, no onEnter), then follows its exit if
    /// no line is visible; this may queue events. Still throws when the node is gone.
    RestoreResult restoreNearest(const Snapshot& snapshot);

private:
    static constexpr std::size_t npos = DialogueGraph::npos;

    // EvalContext
    const Value* variable(std::string_view name) const override;
    int nodeVisits(std::string_view reference) const override;

    void enterNode(std::size_t nodeIndex); // visit count, event, onEnter effects
    void enter(std::size_t nodeIndex);     // enterNode, then its first line or its exit
    bool showLineFrom(std::size_t lineIndex);
    void followExit();        // automatic jumps until a line, a choice point or the end
    std::size_t exitTarget(); // npos when the runner stops here (choices or end)
    void offerChoices();
    void applyEffect(const Effect& effect);
    void restoreImpl(const Snapshot& snapshot, bool nearest, RestoreResult& result);
    RunnerEvent& push(RunnerEventKind kind);
    const Node& node() const { return graph_.node(node_); }

    const DialogueGraph& graph_;
    VariableStore& store_;
    RunnerState state_ = RunnerState::Ended;
    std::size_t node_ = npos;
    std::size_t line_ = npos;
    std::string outcome_;
    int automaticJumps_ = 0;
    std::vector<int> visits_;     // by node index
    std::vector<char> onceTaken_; // by choice serial
    std::vector<OfferedChoice> offered_;
    std::vector<OfferedChoice> unavailable_;
    std::vector<RunnerEvent> events_;
    bool recording_ = true;
};

} // namespace respect::engine::dialogue
