#include <game/records/XapiStatements.hpp>

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>

namespace respect::game {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kVerbs = "http://adlnet.gov/expapi/verbs/";
constexpr const char* kSelected = "https://w3id.org/xapi/adb/verbs/selected";
constexpr const char* kTypes = "https://w3id.org/xapi/seriousgames/activity-types/";

/// One path segment of an IRI: unreserved characters as they are, the rest %-encoded.
std::string segment(const std::string& text) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0F];
        }
    }
    return out;
}

Json verb(const std::string& id, const std::string& display) {
    return {{"id", id}, {"display", {{"en-US", display}}}};
}

Json activity(const std::string& id, const std::string& type, const std::string& name,
              const std::string& language) {
    Json definition = {{"type", std::string(kTypes) + type}};
    if (!name.empty()) {
        definition["name"] = {{language.empty() ? "en" : language, name}};
    }
    return {{"objectType", "Activity"}, {"id", id}, {"definition", definition}};
}

Json actor(const PlayRecordContext& context) {
    const Learner& learner = context.learner;
    Json agent = {{"objectType", "Agent"}};
    if (!learner.name.empty()) {
        agent["name"] = learner.name;
    }
    if (learner.email.empty()) {
        agent["account"] = {{"homePage", context.activityBase},
                            {"name", learner.playerId.empty() ? "anonymous" : learner.playerId}};
    } else {
        agent["mbox"] = "mailto:" + learner.email;
    }
    return agent;
}

int sumOf(const std::vector<DebriefScoreChange>& changes) {
    int sum = 0;
    for (const auto& change : changes) {
        sum += change.delta;
    }
    return sum;
}

} // namespace

int totalScore(const DebriefReport& report) {
    int total = 0;
    for (const auto& score : report.scores) {
        total += score.total;
    }
    return total;
}

bool scenarioSucceeded(const DebriefReport& report) {
    for (const auto& encounter : report.encounters) {
        if (encounter.outcome == "hurtful") {
            return false;
        }
    }
    return totalScore(report) > 0;
}

std::string isoDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 1.0) {
        return "PT0S";
    }
    auto rest = static_cast<long long>(seconds);
    const long long hours = rest / 3600;
    rest %= 3600;
    const long long minutes = rest / 60;
    rest %= 60;
    std::string text = "PT";
    if (hours > 0) {
        text += std::to_string(hours) + "H";
    }
    if (minutes > 0) {
        text += std::to_string(minutes) + "M";
    }
    if (rest > 0 || (hours == 0 && minutes == 0)) {
        text += std::to_string(rest) + "S";
    }
    return text;
}

std::vector<std::string> buildXapiStatements(const DebriefReport& report,
                                             const PlayRecordContext& context,
                                             const std::function<std::string()>& newId,
                                             const TeamRecord* team) {
    const std::string& language = context.language.empty() ? report.lang : context.language;
    const std::string scenarioId = context.activityBase + "/scenarios/" + segment(report.levelId);
    const Json scenario = activity(scenarioId, "level", report.levelTitle, language);
    Json agent = actor(context);
    Json baseContext = {{"registration", context.registration},
                        {"platform", "Respect " + context.gameVersion},
                        {"language", language}};
    if (team != nullptr) {
        // The room is the actor; who led it is the instructor. No member is named.
        baseContext["instructor"] = agent;
        agent = {{"objectType", "Group"},
                 {"name", "Team event"},
                 {"account",
                  {{"homePage", context.activityBase}, {"name", "team-" + context.registration}}}};
    }
    const std::string extensions = context.activityBase + "/extensions/";

    std::vector<std::string> statements;
    const auto add = [&](Json verbJson, Json object, const std::string& timestamp, Json result,
                         Json statementContext) {
        Json statement = {{"id", newId()},
                          {"actor", agent},
                          {"verb", std::move(verbJson)},
                          {"object", std::move(object)}};
        if (!result.empty()) {
            statement["result"] = std::move(result);
        }
        statement["context"] = std::move(statementContext);
        statement["timestamp"] = timestamp;
        statements.push_back(statement.dump());
    };

    add(verb(std::string(kVerbs) + "initialized", "initialized"), scenario, context.startedAt, {},
        baseContext);

    // One `selected` statement per choice: the choice point is the node the choice
    // belongs to ("encounter/node#choice-2").
    const auto selected = [&](const std::string& encounterId, const std::string& encounterTitle,
                              const std::string& choiceId, Json result) {
        const std::string encounterIri = scenarioId + "/encounters/" + segment(encounterId);
        const Json encounterActivity =
            activity(encounterIri, "dialog-tree", encounterTitle, language);
        const std::string node = choiceId.substr(0, choiceId.find('#'));
        const std::string local =
            node.substr(node.find('/') == std::string::npos ? 0 : node.find('/') + 1);
        Json choiceContext = baseContext;
        choiceContext["contextActivities"] = {{"parent", Json::array({encounterActivity})},
                                              {"grouping", Json::array({scenario})}};
        add(verb(kSelected, "selected"),
            activity(encounterIri + "/nodes/" + segment(local), "alternative", encounterTitle,
                     language),
            context.finishedAt, std::move(result), std::move(choiceContext));
    };
    if (team != nullptr) {
        for (const auto& choice : team->choices) {
            selected(choice.encounter, choice.encounterTitle, choice.choiceId,
                     {{"response", choice.choiceId},
                      {"extensions",
                       {{extensions + "choice-text", choice.text},
                        {extensions + "votes", choice.hands},
                        {extensions + "replay", choice.replay}}}});
        }
    } else {
        for (const auto& encounter : report.encounters) {
            for (const auto& point : encounter.choices) {
                Json resultExtensions = {{extensions + "choice-text", point.chosen.text}};
                if (!point.chosen.rule.empty()) {
                    resultExtensions[extensions + "rule"] = point.chosen.rule;
                }
                selected(encounter.id, encounter.title, point.chosen.id,
                         {{"response", point.chosen.id},
                          {"score", {{"raw", sumOf(point.chosen.scores)}}},
                          {"extensions", resultExtensions}});
            }
        }
    }

    Json scores = Json::object();
    for (const auto& score : report.scores) {
        scores[score.dimension] = score.total;
    }
    Json outcomes = Json::object();
    for (const auto& encounter : report.encounters) {
        outcomes[encounter.id] = encounter.outcome;
    }
    const std::string duration = isoDuration(context.durationSeconds);
    add(verb(std::string(kVerbs) + "completed", "completed"), scenario, context.finishedAt,
        {{"score", {{"raw", totalScore(report)}}},
         {"success", scenarioSucceeded(report)},
         {"completion", true},
         {"duration", duration},
         {"extensions", {{extensions + "scores", scores}, {extensions + "outcomes", outcomes}}}},
        baseContext);
    add(verb(std::string(kVerbs) + "terminated", "terminated"), scenario, context.finishedAt,
        {{"duration", duration}}, baseContext);
    return statements;
}

} // namespace respect::game
