#include <game/report/DebriefReport.hpp>

#include <algorithm>

namespace respect::game {

namespace dlg = engine::dialogue;

const char* ruleVerdictName(RuleVerdict verdict) {
    switch (verdict) {
    case RuleVerdict::Respected:
        return "respected";
    case RuleVerdict::Broken:
        return "broken";
    case RuleVerdict::Mixed:
        return "mixed";
    case RuleVerdict::Neutral:
        return "neutral";
    }
    return "neutral";
}

namespace {

std::string dimensionName(const DiversityCode& code, const std::string& id) {
    const Dimension* dimension = code.findDimension(id);
    return dimension != nullptr ? dimension->name : id;
}

DebriefOption describeOption(const Level& level, const DiversityCode& code,
                             const std::string& choiceId) {
    DebriefOption option;
    option.id = choiceId;
    const std::size_t serial = level.graph.findChoiceSerial(choiceId);
    // A choice gone from an edited level (a resumed save) still shows, by its id.
    option.text =
        serial != dlg::DialogueGraph::npos ? level.graph.choiceBySerial(serial).text : choiceId;
    const auto info = level.choices.find(choiceId);
    if (info == level.choices.end()) {
        return option;
    }
    for (const auto& score : info->second.scores) {
        option.scores.push_back(
            {score.dimension, dimensionName(code, score.dimension), score.delta});
    }
    if (info->second.feedback) {
        option.rule = info->second.feedback->rule;
        const Rule* rule = code.findRule(option.rule);
        option.ruleTitle = rule != nullptr ? rule->title : option.rule;
        option.feedback = info->second.feedback->text;
    }
    return option;
}

/// The choices of the node holding `choiceId`, other than it and the fallbacks: what a
/// choice point most likely offered when the session did not record it.
std::vector<std::string> guessedAlternatives(const Level& level, const std::string& choiceId) {
    for (const auto& node : level.graph.nodes()) {
        const bool owns = std::any_of(node.choices.begin(), node.choices.end(),
                                      [&](const dlg::Choice& c) { return c.id == choiceId; });
        if (!owns) {
            continue;
        }
        std::vector<std::string> ids;
        for (const auto& choice : node.choices) {
            if (choice.id != choiceId && !choice.fallback) {
                ids.push_back(choice.id);
            }
        }
        return ids;
    }
    return {};
}

DebriefEncounter describeEncounter(const Level& level, const DiversityCode& code,
                                   const LevelSession::EncounterResult& result) {
    DebriefEncounter out;
    out.id = result.encounter;
    out.outcome = result.outcome;
    const Encounter* encounter = level.findEncounter(result.encounter);
    out.title = encounter != nullptr && !encounter->title.empty() ? encounter->title : out.id;
    if (encounter != nullptr) {
        if (const Character* character = level.findCharacter(encounter->with)) {
            out.who = character->name;
            out.role = character->role;
        }
    }
    for (std::size_t i = 0; i < result.choices.size(); ++i) {
        const std::string& chosen = result.choices[i];
        const bool recorded = i < result.offered.size() && !result.offered[i].empty();
        DebriefChoicePoint point;
        point.chosen = describeOption(level, code, chosen);
        for (const auto& id : recorded ? result.offered[i] : guessedAlternatives(level, chosen)) {
            if (id != chosen) {
                point.alternatives.push_back(describeOption(level, code, id));
            }
        }
        out.choices.push_back(std::move(point));
    }
    return out;
}

int scoreSum(const DebriefOption& option) {
    int sum = 0;
    for (const auto& change : option.scores) {
        sum += change.delta;
    }
    return sum;
}

RuleVerdict verdictOf(const DebriefRule& rule) {
    if (rule.respected > 0) {
        return rule.broken > 0 ? RuleVerdict::Mixed : RuleVerdict::Respected;
    }
    return rule.broken > 0 ? RuleVerdict::Broken : RuleVerdict::Neutral;
}

std::vector<DebriefRule> rulesThatCameUp(const std::vector<DebriefEncounter>& encounters,
                                         const DiversityCode& code) {
    std::vector<DebriefRule> rules;
    for (const auto& encounter : encounters) {
        for (const auto& point : encounter.choices) {
            const DebriefOption& chosen = point.chosen;
            if (chosen.rule.empty()) {
                continue;
            }
            auto found = std::find_if(rules.begin(), rules.end(),
                                      [&](const DebriefRule& r) { return r.id == chosen.rule; });
            if (found == rules.end()) {
                DebriefRule rule;
                rule.id = chosen.rule;
                rule.title = chosen.rule;
                if (const Rule* known = code.findRule(chosen.rule)) {
                    rule.title = known->title;
                    rule.text = known->text;
                    for (const auto& dimension : known->dimensions) {
                        rule.dimensionNames.push_back(dimensionName(code, dimension));
                    }
                }
                rules.push_back(std::move(rule));
                found = rules.end() - 1;
            }
            const int sum = scoreSum(chosen);
            found->respected += sum > 0 ? 1 : 0;
            found->broken += sum < 0 ? 1 : 0;
        }
    }
    for (auto& rule : rules) {
        rule.verdict = verdictOf(rule);
    }
    return rules;
}

} // namespace

DebriefReport buildDebriefReport(const LevelSession& session, const DiversityCode& code,
                                 std::string date) {
    const Level& level = session.level();
    DebriefReport report;
    report.levelId = level.id;
    report.levelTitle = level.title;
    report.lang = level.lang;
    report.date = std::move(date);
    for (const auto& result : session.results()) {
        report.encounters.push_back(describeEncounter(level, code, result));
    }
    // Every dimension, scored or not, so reports of different levels line up.
    for (const auto& dimension : code.dimensions()) {
        const auto found = session.scores().find(dimension.id);
        report.scores.push_back(
            {dimension.id, dimension.name, found == session.scores().end() ? 0 : found->second});
    }
    report.rules = rulesThatCameUp(report.encounters, code);
    report.questions = level.debriefQuestions;
    return report;
}

} // namespace respect::game
