#include <engine/core/Log.hpp>
#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/RunnerEvent.hpp>
#include <game/level/LevelSession.hpp>

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_set>

namespace respect::game {

namespace dlg = engine::dialogue;

const char* sessionEventName(SessionEvent::Kind kind) {
    switch (kind) {
    case SessionEvent::Kind::EncounterStarted:
        return "encounter-started";
    case SessionEvent::Kind::EncounterSkipped:
        return "encounter-skipped";
    case SessionEvent::Kind::Line:
        return "line";
    case SessionEvent::Kind::ChoicesOffered:
        return "choices";
    case SessionEvent::Kind::ChoiceMade:
        return "chosen";
    case SessionEvent::Kind::Score:
        return "score";
    case SessionEvent::Kind::Feedback:
        return "feedback";
    case SessionEvent::Kind::VariableChanged:
        return "variable";
    case SessionEvent::Kind::EncounterEnded:
        return "encounter-ended";
    }
    return "event";
}

namespace {

/// The runner at rest (no node) with the snapshot's variables, visits and once-only marks.
dlg::Snapshot closedSnapshot(const dlg::Snapshot& snapshot) {
    dlg::Snapshot closed;
    closed.variables = snapshot.variables;
    closed.visits = snapshot.visits;
    closed.onceTaken = snapshot.onceTaken;
    return closed;
}

dlg::VariableStore initialVariables(const Level& level) {
    dlg::VariableStore store;
    for (const auto& variable : level.variables) {
        store.declare(variable.name, variable.initial);
    }
    return store;
}

} // namespace

LevelSession::LevelSession(const Level& level, const DiversityCode& code)
    : level_(level), code_(code), variables_(initialVariables(level)),
      runner_(level.graph, variables_), started_(level.encounters.size(), false),
      startNodes_(level.encounters.size(), kNotInLevel) {}

bool LevelSession::isAvailable(const Encounter& encounter) const {
    if (encounter.once && wasStarted(encounter)) {
        return false;
    }
    return !encounter.condition || runner_.evaluate(*encounter.condition).asBool();
}

std::size_t LevelSession::indexOf(const Encounter& encounter) const {
    // std::less gives a total order on pointers, even into different arrays.
    const std::less<const Encounter*> before;
    const Encounter* first = level_.encounters.data();
    const Encounter* const address = &encounter;
    if (before(address, first) || !before(address, first + level_.encounters.size())) {
        return kNotInLevel;
    }
    return static_cast<std::size_t>(address - first);
}

bool LevelSession::wasStarted(const Encounter& encounter) const {
    const std::size_t index = indexOf(encounter);
    if (index != kNotInLevel) {
        return started_[index];
    }
    return std::any_of(results_.begin(), results_.end(),
                       [&](const EncounterResult& r) { return r.encounter == encounter.id; });
}

void LevelSession::markStarted() {
    std::unordered_set<std::string_view> played;
    for (const auto& result : results_) {
        played.insert(result.encounter);
    }
    started_.assign(level_.encounters.size(), false);
    for (std::size_t i = 0; i < level_.encounters.size(); ++i) {
        started_[i] = played.count(level_.encounters[i].id) != 0;
    }
}

const Encounter* LevelSession::triggered(Trigger trigger, std::string_view key) const {
    for (const auto& encounter : level_.encounters) {
        if (encounter.trigger != trigger || !isAvailable(encounter)) {
            continue;
        }
        const std::string& wanted = trigger == Trigger::Talk   ? encounter.with
                                    : trigger == Trigger::Zone ? encounter.zone
                                                               : encounter.after;
        if (trigger == Trigger::Start || wanted == key) {
            return &encounter;
        }
    }
    return nullptr;
}

bool LevelSession::finished() const {
    return current_ == nullptr &&
           std::none_of(level_.encounters.begin(), level_.encounters.end(),
                        [&](const Encounter& encounter) { return isAvailable(encounter); });
}

void LevelSession::start(const Encounter& encounter) {
    current_ = &encounter;
    results_.push_back({encounter.id, {}, {}, {}});
    if (const std::size_t index = indexOf(encounter); index != kNotInLevel) {
        started_[index] = true;
    }
    SessionEvent event;
    event.kind = SessionEvent::Kind::EncounterStarted;
    event.encounter = encounter.id;
    event.text = encounter.title;
    event.speaker = encounter.with;
    event.speakerName =
        encounter.with.empty() ? std::string_view() : level_.speakerName(encounter.with);
    events_.push_back(std::move(event));
    startRunnerAt(encounter);
    translateRunnerEvents();
}

void LevelSession::startRunnerAt(const Encounter& encounter) {
    const std::size_t index = indexOf(encounter);
    if (index == kNotInLevel) {
        runner_.start(encounter.startNode);
        return;
    }
    // Looked up once per encounter, not at every start: levels have thousands of nodes.
    if (startNodes_[index] == kNotInLevel) {
        startNodes_[index] = level_.graph.indexOf(encounter.startNode);
    }
    if (startNodes_[index] == dlg::DialogueGraph::npos) {
        runner_.start(encounter.startNode); // throws, naming the node
    }
    runner_.start(startNodes_[index]);
}

void LevelSession::skip(const Encounter& encounter) {
    SessionEvent event;
    event.kind = SessionEvent::Kind::EncounterSkipped;
    event.encounter = encounter.id;
    event.text =
        encounter.condition ? std::string_view(encounter.condition->source()) : std::string_view();
    events_.push_back(std::move(event));
}

void LevelSession::advance() {
    runner_.advance();
    translateRunnerEvents();
}

void LevelSession::choose(std::size_t offeredIndex) {
    // Read before choosing: afterwards the runner has moved on to the next node.
    offeredAtChoice_.clear();
    for (const auto& offered : runner_.offeredChoices()) {
        offeredAtChoice_.push_back(offered.choice->id);
    }
    runner_.choose(offeredIndex);
    lastChosen_ = static_cast<int>(offeredIndex) + 1;
    translateRunnerEvents();
}

std::vector<SessionEvent> LevelSession::takeEvents() {
    auto out = std::move(events_);
    events_.clear();
    return out;
}

SessionRestore LevelSession::restore(const dlg::Snapshot& saved,
                                     const std::map<std::string, int>& scores,
                                     const std::vector<EncounterResult>& results,
                                     const std::string& currentEncounterId) {
    static const char* const kChanged = "the scenario changed since this save";
    SessionRestore report;
    dlg::Snapshot snapshot = saved;

    // Variables: only those the level still declares with the same type.
    for (auto it = snapshot.variables.begin(); it != snapshot.variables.end();) {
        const dlg::Value* declared = variables_.find(it->first);
        if (declared == nullptr || declared->type() != it->second.type()) {
            report.dropped.push_back(it->first);
            it = snapshot.variables.erase(it);
        } else {
            ++it;
        }
    }
    // Variables the save does not mention start from the level's initial values.
    for (const auto& declaration : level_.variables) {
        snapshot.variables.emplace(declaration.name, declaration.initial);
    }

    const Encounter* encounter = nullptr;
    if (snapshot.state != dlg::RunnerState::Ended) {
        encounter = level_.findEncounter(currentEncounterId);
        if (encounter == nullptr) {
            encounter = level_.encounterOfNode(snapshot.nodeId);
        }
    }
    const bool nodeKnown = !snapshot.nodeId.empty() &&
                           level_.graph.indexOf(snapshot.nodeId) != dlg::DialogueGraph::npos;
    std::string resumedAt; // qualified node restarted, for the notice
    if (snapshot.state != dlg::RunnerState::Ended) {
        if (encounter == nullptr || encounter->startNode.empty()) {
            snapshot = closedSnapshot(snapshot);
            report.exact = false;
            report.notice = std::string(kChanged) + "; the conversation \"" + currentEncounterId +
                            "\" no longer exists and was closed";
        } else if (!nodeKnown) {
            snapshot.nodeId = encounter->startNode;
            snapshot.lineId.clear(); // ShowingLine with no line: restart the node's lines
            snapshot.state = dlg::RunnerState::ShowingLine;
            snapshot.outcome.clear();
            resumedAt = encounter->startNode;
        }
    } else if (!snapshot.nodeId.empty() && !nodeKnown) {
        snapshot.nodeId.clear(); // the last node played is gone; nothing to resume
    }

    try {
        const dlg::RestoreResult result = runner_.restoreNearest(snapshot);
        if (!result.exact && resumedAt.empty()) {
            resumedAt = snapshot.nodeId;
        }
    } catch (const dlg::DialogueError& error) {
        // Every known cause was handled above; close the conversation rather than fail.
        snapshot = closedSnapshot(snapshot);
        runner_.restore(snapshot);
        resumedAt.clear();
        report.exact = false;
        report.notice =
            std::string(kChanged) + "; the conversation was closed (" + error.what() + ")";
    }
    if (!resumedAt.empty()) {
        report.exact = false;
        report.node = std::string(localNode(resumedAt));
        report.notice =
            std::string(kChanged) + "; resuming at the start of node \"" + report.node + "\"";
    }
    if (!report.exact) {
        engine::log::warning("level " + level_.id + ": " + report.notice);
    }
    for (const auto& name : report.dropped) {
        engine::log::warning("level " + level_.id + ": saved variable '" + name +
                             "' is no longer declared with that type; it starts from its "
                             "initial value");
    }

    scores_ = scores;
    results_ = results;
    const bool midDialogue = snapshot.state != dlg::RunnerState::Ended;
    current_ = midDialogue ? encounter : nullptr;
    if (current_ != nullptr) {
        if (results_.empty() || results_.back().encounter != current_->id ||
            !results_.back().outcome.empty()) {
            results_.push_back({current_->id, {}, {}, {}});
        }
    } else if (saved.state != dlg::RunnerState::Ended && !results_.empty() &&
               results_.back().encounter == currentEncounterId && results_.back().outcome.empty()) {
        results_.pop_back(); // the closed conversation was never finished
    }
    markStarted();
    lastChosen_ = 0;
    events_.clear();
    translateRunnerEvents();
    return report;
}

std::string_view LevelSession::localNode(std::string_view nodeId) {
    const auto slash = nodeId.find('/');
    return slash == std::string_view::npos ? nodeId : nodeId.substr(slash + 1);
}

void LevelSession::translateRunnerEvents() {
    const std::string_view encounter =
        current_ != nullptr ? std::string_view(current_->id) : std::string_view();
    runner_.takeEvents(rawEvents_);
    for (const auto& raw : rawEvents_) {
        SessionEvent event;
        event.encounter = encounter;
        event.node = localNode(raw.nodeId);
        switch (raw.kind) {
        case dlg::RunnerEventKind::NodeEntered:
            continue;
        case dlg::RunnerEventKind::LineShown:
            event.kind = SessionEvent::Kind::Line;
            event.speaker = raw.line->speaker;
            event.speakerName = level_.speakerName(raw.line->speaker);
            event.text = raw.line->text;
            events_.push_back(std::move(event));
            break;
        case dlg::RunnerEventKind::ChoicesOffered:
            event.kind = SessionEvent::Kind::ChoicesOffered;
            for (const auto& offered : runner_.offeredChoices()) {
                event.options.push_back(offered.choice->text);
            }
            for (const auto& hidden : runner_.unavailableChoices()) {
                const auto& reason = hidden.choice->unavailableReason;
                event.unavailable.emplace_back(
                    hidden.choice->text, reason ? std::string_view(*reason) : std::string_view());
            }
            events_.push_back(std::move(event));
            break;
        case dlg::RunnerEventKind::ChoiceMade: {
            event.kind = SessionEvent::Kind::ChoiceMade;
            event.text = raw.choice->text;
            event.index = lastChosen_;
            const std::string choiceId(raw.choiceId);
            if (!results_.empty()) {
                EncounterResult& result = results_.back();
                // A result resumed from an older save has no offered lists: pad with "not
                // recorded" so offered[i] stays aligned with choices[i].
                result.offered.resize(result.choices.size());
                result.choices.push_back(choiceId);
                result.offered.push_back(std::move(offeredAtChoice_));
                offeredAtChoice_.clear(); // moved from: make it a known empty state
            }
            events_.push_back(event);
            const auto info = level_.choices.find(choiceId);
            if (info == level_.choices.end()) {
                break;
            }
            for (const auto& score : info->second.scores) {
                SessionEvent scored;
                scored.kind = SessionEvent::Kind::Score;
                scored.encounter = encounter;
                scored.node = event.node;
                scored.dimension = score.dimension;
                const Dimension* dimension = code_.findDimension(score.dimension);
                scored.dimensionName = dimension != nullptr ? std::string_view(dimension->name)
                                                            : std::string_view(score.dimension);
                scored.delta = score.delta;
                scored.total = (scores_[score.dimension] += score.delta);
                events_.push_back(std::move(scored));
            }
            if (const auto& feedback = info->second.feedback) {
                SessionEvent explained;
                explained.kind = SessionEvent::Kind::Feedback;
                explained.encounter = encounter;
                explained.node = event.node;
                explained.rule = feedback->rule;
                const Rule* rule = code_.findRule(feedback->rule);
                explained.ruleTitle = rule != nullptr ? std::string_view(rule->title)
                                                      : std::string_view(feedback->rule);
                explained.text = feedback->text;
                events_.push_back(std::move(explained));
            }
            break;
        }
        case dlg::RunnerEventKind::VariableChanged:
            event.kind = SessionEvent::Kind::VariableChanged;
            event.variable = raw.variable;
            event.oldValue = raw.oldValue.toString();
            event.newValue = raw.newValue.toString();
            events_.push_back(std::move(event));
            break;
        case dlg::RunnerEventKind::Ended:
            event.kind = SessionEvent::Kind::EncounterEnded;
            event.outcome = raw.outcome;
            if (!results_.empty()) {
                results_.back().outcome = std::string(raw.outcome);
            }
            events_.push_back(std::move(event));
            current_ = nullptr;
            break;
        }
    }
}

} // namespace respect::game
