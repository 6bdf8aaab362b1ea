#include <engine/dialogue/RunnerEvent.hpp>
#include <game/level/LevelSession.hpp>

#include <algorithm>

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
      runner_(level.graph, variables_) {}

bool LevelSession::isAvailable(const Encounter& encounter) const {
    if (encounter.once &&
        std::any_of(results_.begin(), results_.end(),
                    [&](const EncounterResult& r) { return r.encounter == encounter.id; })) {
        return false;
    }
    return !encounter.condition || runner_.evaluate(*encounter.condition).asBool();
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
    results_.push_back({encounter.id, {}, {}});
    SessionEvent event;
    event.kind = SessionEvent::Kind::EncounterStarted;
    event.encounter = encounter.id;
    event.text = encounter.title;
    event.speaker = encounter.with;
    event.speakerName = encounter.with.empty() ? "" : level_.speakerName(encounter.with);
    events_.push_back(std::move(event));
    runner_.start(encounter.startNode);
    translateRunnerEvents();
}

void LevelSession::skip(const Encounter& encounter) {
    SessionEvent event;
    event.kind = SessionEvent::Kind::EncounterSkipped;
    event.encounter = encounter.id;
    event.text = encounter.condition ? encounter.condition->source() : "";
    events_.push_back(std::move(event));
}

void LevelSession::advance() {
    runner_.advance();
    translateRunnerEvents();
}

void LevelSession::choose(std::size_t offeredIndex) {
    runner_.choose(offeredIndex);
    lastChosen_ = static_cast<int>(offeredIndex) + 1;
    translateRunnerEvents();
}

std::vector<SessionEvent> LevelSession::takeEvents() {
    auto out = std::move(events_);
    events_.clear();
    return out;
}

std::string LevelSession::localNode(std::string_view nodeId) const {
    const auto slash = nodeId.find('/');
    return std::string(slash == std::string_view::npos ? nodeId : nodeId.substr(slash + 1));
}

void LevelSession::translateRunnerEvents() {
    const std::string encounter = current_ != nullptr ? current_->id : "";
    for (const auto& raw : runner_.takeEvents()) {
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
            events_.push_back(std::move(event));
            break;
        case dlg::RunnerEventKind::ChoiceMade: {
            event.kind = SessionEvent::Kind::ChoiceMade;
            event.text = raw.choice->text;
            event.index = lastChosen_;
            const std::string choiceId(raw.choiceId);
            if (!results_.empty()) {
                results_.back().choices.push_back(choiceId);
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
                scored.dimensionName = dimension != nullptr ? dimension->name : score.dimension;
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
                explained.ruleTitle = rule != nullptr ? rule->title : feedback->rule;
                explained.text = feedback->text;
                events_.push_back(std::move(explained));
            }
            break;
        }
        case dlg::RunnerEventKind::VariableChanged:
            event.kind = SessionEvent::Kind::VariableChanged;
            event.variable = std::string(raw.variable);
            event.oldValue = raw.oldValue.toString();
            event.newValue = raw.newValue.toString();
            events_.push_back(std::move(event));
            break;
        case dlg::RunnerEventKind::Ended:
            event.kind = SessionEvent::Kind::EncounterEnded;
            event.outcome = std::string(raw.outcome);
            if (!results_.empty()) {
                results_.back().outcome = event.outcome;
            }
            events_.push_back(std::move(event));
            current_ = nullptr;
            break;
        }
    }
}

} // namespace respect::game
