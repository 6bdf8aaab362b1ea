#include <engine/dialogue/RunnerEvent.hpp>
#include <engine/dialogue/RunnerState.hpp>

#include <ostream>

namespace respect::engine::dialogue {

const char* eventKindName(RunnerEventKind kind) {
    switch (kind) {
    case RunnerEventKind::NodeEntered:
        return "NodeEntered";
    case RunnerEventKind::LineShown:
        return "LineShown";
    case RunnerEventKind::ChoicesOffered:
        return "ChoicesOffered";
    case RunnerEventKind::ChoiceMade:
        return "ChoiceMade";
    case RunnerEventKind::VariableChanged:
        return "VariableChanged";
    case RunnerEventKind::Ended:
        return "Ended";
    }
    return "?";
}

const char* runnerStateName(RunnerState state) {
    switch (state) {
    case RunnerState::ShowingLine:
        return "ShowingLine";
    case RunnerState::AwaitingChoice:
        return "AwaitingChoice";
    case RunnerState::Ended:
        return "Ended";
    }
    return "?";
}

std::string RunnerEvent::toString() const {
    std::string out = eventKindName(kind);
    out += ' ';
    out += nodeId;
    switch (kind) {
    case RunnerEventKind::LineShown:
        out += ' ';
        out += lineId;
        break;
    case RunnerEventKind::ChoiceMade:
        out += ' ';
        out += choiceId;
        break;
    case RunnerEventKind::VariableChanged:
        out += ' ';
        out += variable;
        out += ' ' + oldValue.toString() + " -> " + newValue.toString();
        break;
    case RunnerEventKind::Ended:
        out += ' ';
        out += outcome;
        break;
    case RunnerEventKind::NodeEntered:
    case RunnerEventKind::ChoicesOffered:
        break;
    }
    return out;
}

bool operator==(const RunnerEvent& a, const RunnerEvent& b) {
    return a.kind == b.kind && a.nodeId == b.nodeId && a.lineId == b.lineId &&
           a.choiceId == b.choiceId && a.variable == b.variable && a.oldValue == b.oldValue &&
           a.newValue == b.newValue && a.outcome == b.outcome;
}

std::ostream& operator<<(std::ostream& out, const RunnerEvent& event) {
    return out << event.toString();
}

} // namespace respect::engine::dialogue
