#include <engine/core/Log.hpp>
#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Runner.hpp>

#include <algorithm>

namespace respect::engine::dialogue {

namespace {

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

} // namespace

Runner::Runner(const DialogueGraph& graph, VariableStore& variables)
    : graph_(graph), store_(variables), visits_(graph.size(), 0),
      onceTaken_(graph.choiceCount(), 0) {}

void Runner::start(std::string_view nodeId) {
    const std::size_t index = graph_.indexOf(nodeId);
    if (index == npos) {
        throw DialogueError("cannot start at unknown node " + quoted(nodeId));
    }
    start(index);
}

void Runner::start(std::size_t index) {
    if (index >= graph_.size()) {
        throw DialogueError("cannot start at node number " + std::to_string(index) + " of " +
                            std::to_string(graph_.size()));
    }
    automaticJumps_ = 0;
    outcome_.clear();
    offered_.clear();
    unavailable_.clear();
    enter(index);
}

const Line& Runner::currentLine() const {
    if (state_ != RunnerState::ShowingLine) {
        throw DialogueError(std::string("no line is showing; the runner is in state ") +
                            runnerStateName(state_));
    }
    return node().lines[line_];
}

void Runner::advance() {
    if (state_ != RunnerState::ShowingLine) {
        throw DialogueError(
            std::string("advance() needs a line on screen; the runner is in state ") +
            runnerStateName(state_));
    }
    if (!showLineFrom(line_ + 1)) {
        line_ = npos;
        followExit();
    }
}

void Runner::choose(std::size_t offeredIndex) {
    if (state_ != RunnerState::AwaitingChoice) {
        throw DialogueError(std::string("choose() needs a choice point; the runner is in state ") +
                            runnerStateName(state_));
    }
    if (offeredIndex >= offered_.size()) {
        throw DialogueError("choice " + std::to_string(offeredIndex) + " is out of range: node " +
                            quoted(node().id) + " offers " + std::to_string(offered_.size()) +
                            " choice(s)");
    }
    const OfferedChoice picked = offered_[offeredIndex];
    const Choice& choice = *picked.choice;
    // Check the target before changing anything, so a broken story leaves no half-made choice.
    const std::size_t target = graph_.choiceTargetIndex(node_, picked.choiceIndex);
    if (target == npos) {
        throw DialogueError("choice " + quoted(choice.id) + " goes to " + quoted(choice.target) +
                                ", which does not exist",
                            choice.sourceLine);
    }
    if (recording_) {
        RunnerEvent& event = push(RunnerEventKind::ChoiceMade);
        event.choiceId = choice.id;
        event.choice = &choice;
    }
    if (choice.once) {
        onceTaken_[graph_.choiceSerial(node_, picked.choiceIndex)] = 1;
    }
    offered_.clear();
    unavailable_.clear();
    graph_.prefetch(target); // loads overlap with applying the effects below
    for (const Effect& effect : choice.effects) {
        applyEffect(effect);
    }
    automaticJumps_ = 0;
    enter(target);
}

const std::string& Runner::outcome() const {
    return outcome_;
}

const std::string& Runner::currentNodeId() const {
    static const std::string none;
    return node_ == npos ? none : node().id;
}

int Runner::visits(std::string_view nodeId) const {
    const std::size_t index = graph_.indexOf(nodeId);
    if (index == npos) {
        throw DialogueError("unknown node " + quoted(nodeId));
    }
    return visits_[index];
}

std::vector<RunnerEvent> Runner::takeEvents() {
    std::vector<RunnerEvent> out;
    out.swap(events_);
    return out;
}

const Value* Runner::variable(std::string_view name) const {
    return store_.find(name);
}

int Runner::nodeVisits(std::string_view reference) const {
    const std::size_t index =
        node_ == npos ? graph_.indexOf(reference) : graph_.resolveIndex(node_, reference);
    if (index == npos) {
        throw DialogueError(
            "visited(\"" + std::string(reference) + "\") names no node" +
            (node_ == npos ? "" : " (looked up from node " + quoted(node().id) + ")"));
    }
    return visits_[index];
}

void Runner::enterNode(std::size_t index) {
    node_ = index;
    line_ = npos;
    ++visits_[index];
    if (recording_) {
        push(RunnerEventKind::NodeEntered);
    }
    for (const Effect& effect : node().onEnter) {
        applyEffect(effect);
    }
}

void Runner::enter(std::size_t index) {
    enterNode(index);
    if (!showLineFrom(0)) {
        followExit();
    }
}

bool Runner::showLineFrom(std::size_t first) {
    const std::vector<Line>& lines = node().lines;
    for (std::size_t i = first; i < lines.size(); ++i) {
        const Line& line = lines[i];
        if (line.condition && !line.condition->test(*this)) {
            continue;
        }
        line_ = i;
        state_ = RunnerState::ShowingLine;
        automaticJumps_ = 0;
        if (recording_) {
            RunnerEvent& event = push(RunnerEventKind::LineShown);
            event.lineId = line.id;
            event.line = &line;
        }
        return true;
    }
    return false;
}

void Runner::followExit() {
    for (;;) {
        const std::size_t target = exitTarget();
        if (target == npos) {
            return;
        }
        if (++automaticJumps_ > maxAutomaticJumps) {
            const Node& from = node();
            state_ = RunnerState::Ended;
            throw DialogueError("the dialogue jumps forever without showing a line or offering a "
                                "choice; the loop passes through node " +
                                    quoted(from.id),
                                from.sourceLine);
        }
        graph_.prefetch(target);
        enterNode(target);
        if (showLineFrom(0)) {
            return;
        }
    }
}

std::size_t Runner::exitTarget() {
    const Node& current = node();
    switch (current.exit) {
    case ExitKind::Goto: {
        const std::size_t target = graph_.gotoTargetIndex(node_);
        if (target == npos) {
            throw DialogueError("node " + quoted(current.id) + " goes to " +
                                    quoted(current.gotoTarget) + ", which does not exist",
                                current.sourceLine);
        }
        return target;
    }
    case ExitKind::Branch:
        for (std::size_t i = 0; i < current.branches.size(); ++i) {
            const Branch& branch = current.branches[i];
            if (branch.condition && !branch.condition->test(*this)) {
                continue;
            }
            const std::size_t target = graph_.branchTargetIndex(node_, i);
            if (target == npos) {
                throw DialogueError("a branch of node " + quoted(current.id) + " goes to " +
                                        quoted(branch.target) + ", which does not exist",
                                    branch.sourceLine);
            }
            return target;
        }
        throw DialogueError("no branch of node " + quoted(current.id) +
                                " applies and it has no else",
                            current.sourceLine);
    case ExitKind::End:
        state_ = RunnerState::Ended;
        outcome_ = current.outcome;
        if (recording_) {
            push(RunnerEventKind::Ended).outcome = current.outcome;
        }
        return npos;
    case ExitKind::Choices:
        offerChoices();
        if (recording_) {
            push(RunnerEventKind::ChoicesOffered);
        }
        return npos;
    }
    return npos;
}

void Runner::offerChoices() {
    offered_.clear();
    unavailable_.clear();
    const std::vector<Choice>& choices = node().choices;
    // First pass: normal choices; second pass, only if nothing was offered: fallbacks.
    for (int pass = 0; pass < 2 && offered_.empty(); ++pass) {
        const bool fallbacks = pass == 1;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const Choice& choice = choices[i];
            if (choice.fallback != fallbacks ||
                (choice.once && onceTaken_[graph_.choiceSerial(node_, i)] != 0)) {
                continue;
            }
            if (choice.condition && !choice.condition->test(*this)) {
                if (!fallbacks && choice.unavailableReason) {
                    unavailable_.push_back(OfferedChoice{0, i, &choice});
                }
                continue;
            }
            offered_.push_back(OfferedChoice{offered_.size(), i, &choice});
        }
    }
    state_ = RunnerState::AwaitingChoice;
    automaticJumps_ = 0;
    if (offered_.empty()) {
        log::warning("dialogue: node '" + node().id +
                     "' offers no choice: every choice is hidden and there is no fallback");
    }
}

void Runner::applyEffect(const Effect& effect) {
    const Value* current = store_.find(effect.variable);
    if (current == nullptr) {
        throw DialogueError("unknown variable " + quoted(effect.variable), effect.sourceLine);
    }
    Value next = effect.compute(*current, *this);
    if (next == *current) {
        return;
    }
    if (recording_) {
        RunnerEvent& event = push(RunnerEventKind::VariableChanged);
        event.variable = effect.variable;
        event.oldValue = *current;
        event.newValue = next;
    }
    store_.set(effect.variable, std::move(next));
}

RunnerEvent& Runner::push(RunnerEventKind kind) {
    RunnerEvent& event = events_.emplace_back();
    event.kind = kind;
    event.nodeId = node().id;
    return event;
}

Snapshot Runner::snapshot() const {
    Snapshot snapshot;
    if (node_ != npos) {
        snapshot.nodeId = node().id;
    }
    if (state_ == RunnerState::ShowingLine) {
        snapshot.lineId = node().lines[line_].id;
    }
    snapshot.state = state_;
    snapshot.outcome = outcome_;
    snapshot.variables.insert(store_.values().begin(), store_.values().end());
    for (std::size_t i = 0; i < visits_.size(); ++i) {
        if (visits_[i] > 0) {
            snapshot.visits.emplace(graph_.node(i).id, visits_[i]);
        }
    }
    for (std::size_t serial = 0; serial < onceTaken_.size(); ++serial) {
        if (onceTaken_[serial] != 0) {
            snapshot.onceTaken.push_back(graph_.choiceBySerial(serial).id);
        }
    }
    std::sort(snapshot.onceTaken.begin(), snapshot.onceTaken.end());
    return snapshot;
}

void Runner::restore(const Snapshot& snapshot) {
    RestoreResult ignored;
    restoreImpl(snapshot, false, ignored);
}

RestoreResult Runner::restoreNearest(const Snapshot& snapshot) {
    RestoreResult result;
    restoreImpl(snapshot, true, result);
    if (!result.exact) {
        log::warning("dialogue: " + result.message);
    }
    return result;
}

void Runner::restoreImpl(const Snapshot& snapshot, bool nearest, RestoreResult& result) {
    // Validate everything first: a failed restore leaves the runner and the store untouched.
    std::size_t nodeIndex = npos;
    std::size_t lineIndex = npos;
    bool restartLines = false;
    if (!snapshot.nodeId.empty()) {
        nodeIndex = graph_.indexOf(snapshot.nodeId);
        if (nodeIndex == npos) {
            throw DialogueError("cannot restore: node " + quoted(snapshot.nodeId) +
                                " no longer exists");
        }
    } else if (snapshot.state != RunnerState::Ended) {
        throw DialogueError("cannot restore: the snapshot names no node");
    }
    if (snapshot.state == RunnerState::ShowingLine) {
        lineIndex = graph_.lineIndex(nodeIndex, snapshot.lineId);
        if (lineIndex == npos) {
            std::string problem = "line " + quoted(snapshot.lineId) + " no longer exists in node " +
                                  quoted(snapshot.nodeId);
            if (!nearest) {
                throw DialogueError("cannot restore: " + problem);
            }
            restartLines = true;
            result.exact = false;
            result.message = problem + "; restarted the node's lines";
        }
    }
    if (snapshot.state == RunnerState::AwaitingChoice &&
        graph_.node(nodeIndex).exit != ExitKind::Choices) {
        std::string problem = "node " + quoted(snapshot.nodeId) + " no longer ends in choices";
        if (!nearest) {
            throw DialogueError("cannot restore: " + problem);
        }
        restartLines = true;
        result.exact = false;
        result.message = problem + "; restarted the node's lines";
    }
    for (const auto& [name, value] : snapshot.variables) {
        const Value* current = store_.find(name);
        if (current != nullptr && current->type() != value.type()) {
            throw DialogueError("cannot restore: variable " + quoted(name) + " is now " +
                                (current->isInt() ? "an " : "a ") + typeName(current->type()) +
                                " but the snapshot holds " + value.toString());
        }
        if (current == nullptr && !isValidVariableName(name)) {
            throw DialogueError("cannot restore: " + quoted(name) +
                                " is not a valid variable name");
        }
    }

    for (const auto& [name, value] : snapshot.variables) {
        if (store_.has(name)) {
            store_.set(name, value);
        } else {
            store_.declare(name, value);
        }
    }
    // Visits and once-only marks of nodes and choices removed from the story are dropped.
    std::fill(visits_.begin(), visits_.end(), 0);
    for (const auto& [id, count] : snapshot.visits) {
        const std::size_t index = graph_.indexOf(id);
        if (index != npos) {
            visits_[index] = std::max(count, 0);
        }
    }
    std::fill(onceTaken_.begin(), onceTaken_.end(), 0);
    for (const std::string& id : snapshot.onceTaken) {
        const std::size_t serial = graph_.findChoiceSerial(id);
        if (serial != npos) {
            onceTaken_[serial] = 1;
        }
    }
    events_.clear();
    offered_.clear();
    unavailable_.clear();
    automaticJumps_ = 0;
    node_ = nodeIndex;
    line_ = npos;
    state_ = snapshot.state;
    outcome_ = snapshot.outcome;

    if (restartLines) {
        outcome_.clear();
        if (!showLineFrom(0)) {
            followExit();
        }
        return;
    }
    if (state_ == RunnerState::ShowingLine) {
        line_ = lineIndex;
    } else if (state_ == RunnerState::AwaitingChoice) {
        offerChoices(); // recomputed from the restored variables; no event
    }
}

} // namespace respect::engine::dialogue
