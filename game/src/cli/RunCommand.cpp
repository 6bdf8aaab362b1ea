#include "LoadedLevel.hpp"

#include <engine/core/Error.hpp>
#include <engine/dialogue/DialogueError.hpp>
#include <engine/xml/StrictNumbers.hpp>
#include <game/GameMain.hpp>
#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/level/LevelSession.hpp>
#include <game/progress/SaveGame.hpp>
#include <game/progress/Settings.hpp>
#include <game/records/RecordsFolder.hpp>
#include <game/records/Uuid.hpp>
#include <game/report/DebriefHtml.hpp>
#include <game/text/UiText.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <ctime>
#include <ostream>
#include <sstream>

namespace respect::game {
namespace {

std::vector<std::size_t> parseChoices(const std::string& text) {
    std::vector<std::size_t> choices;
    std::istringstream parts(text);
    for (std::string part; std::getline(parts, part, ',');) {
        std::int64_t number = 0;
        if (!engine::xml::parseStrictInt(part, number) || number < 1 || number > 99) {
            throw UsageError("run: --choose takes 1-based numbers separated by commas, got '" +
                             part + "'");
        }
        choices.push_back(static_cast<std::size_t>(number));
    }
    return choices;
}

/// Now, or SOURCE_DATE_EPOCH when set to a whole number of seconds, so pages made for
/// documentation or tests can be reproduced byte for byte.
std::string debriefDate() {
    std::int64_t seconds = 0;
    const char* fixed = std::getenv("SOURCE_DATE_EPOCH");
    if (fixed != nullptr && engine::xml::parseStrictInt(fixed, seconds) && seconds >= 0) {
        return utcTimestamp(static_cast<std::time_t>(seconds));
    }
    return utcTimestamp(std::time(nullptr));
}

std::string signedNumber(int value) {
    return (value > 0 ? "+" : "") + std::to_string(value);
}

void printText(std::ostream& out, const SessionEvent& e) {
    using Kind = SessionEvent::Kind;
    switch (e.kind) {
    case Kind::EncounterStarted:
        out << "== " << e.encounter;
        if (!e.text.empty()) {
            out << ": " << e.text;
        }
        if (!e.speakerName.empty()) {
            out << " (with " << e.speakerName << ")";
        }
        out << '\n';
        break;
    case Kind::EncounterSkipped:
        out << "== " << e.encounter << " skipped: when=\"" << e.text << "\" is false\n";
        break;
    case Kind::Line:
        if (e.speaker != kNarrator) {
            out << e.speakerName << ": ";
        }
        out << e.text << '\n';
        break;
    case Kind::ChoicesOffered:
        for (std::size_t i = 0; i < e.options.size(); ++i) {
            out << "  " << i + 1 << ") " << e.options[i] << '\n';
        }
        for (const auto& [option, reason] : e.unavailable) {
            out << "  -) " << option << " [not available";
            if (!reason.empty()) {
                out << ": " << reason;
            }
            out << "]\n";
        }
        break;
    case Kind::ChoiceMade:
        out << "> " << e.index << ") " << e.text << '\n';
        break;
    case Kind::Score:
        out << "  score " << e.dimension << ' ' << signedNumber(e.delta) << " (total " << e.total
            << ")\n";
        break;
    case Kind::Feedback:
        out << "  rule " << e.rule << " - " << e.ruleTitle << ": " << e.text << '\n';
        break;
    case Kind::VariableChanged:
        out << "  set " << e.variable << " = " << e.newValue << '\n';
        break;
    case Kind::EncounterEnded:
        out << "== end of " << e.encounter << ": " << e.outcome << "\n\n";
        break;
    }
}

void printJson(std::ostream& out, const SessionEvent& e) {
    using Kind = SessionEvent::Kind;
    nlohmann::ordered_json j;
    j["event"] = sessionEventName(e.kind);
    j["encounter"] = e.encounter;
    switch (e.kind) {
    case Kind::EncounterStarted:
        j["title"] = e.text;
        j["with"] = e.speaker;
        break;
    case Kind::EncounterSkipped:
        j["when"] = e.text;
        break;
    case Kind::Line:
        j["node"] = e.node;
        j["speaker"] = e.speaker;
        j["name"] = e.speakerName;
        j["text"] = e.text;
        break;
    case Kind::ChoicesOffered:
        j["node"] = e.node;
        j["options"] = e.options;
        j["unavailable"] = nlohmann::json::array();
        for (const auto& [option, reason] : e.unavailable) {
            j["unavailable"].push_back({{"text", option}, {"reason", reason}});
        }
        break;
    case Kind::ChoiceMade:
        j["node"] = e.node;
        j["index"] = e.index;
        j["text"] = e.text;
        break;
    case Kind::Score:
        j["dimension"] = e.dimension;
        j["delta"] = e.delta;
        j["total"] = e.total;
        break;
    case Kind::Feedback:
        j["rule"] = e.rule;
        j["title"] = e.ruleTitle;
        j["text"] = e.text;
        break;
    case Kind::VariableChanged:
        j["node"] = e.node;
        j["variable"] = e.variable;
        j["old"] = e.oldValue;
        j["new"] = e.newValue;
        break;
    case Kind::EncounterEnded:
        j["node"] = e.node;
        j["outcome"] = e.outcome;
        break;
    }
    out << j.dump() << '\n';
}

} // namespace

int runRunCommand(const std::vector<std::string>& args, const std::filesystem::path& executable,
                  CommandStreams streams) {
    std::string levelPath;
    std::vector<std::size_t> choices;
    bool json = false;
    std::optional<std::filesystem::path> data;
    std::optional<std::filesystem::path> debriefHtmlFile;
    std::optional<std::filesystem::path> recordsFolder;
    Learner learner;
    std::string language;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) {
                throw UsageError("run: " + args[i] + " needs a value");
            }
            return args[++i];
        };
        if (args[i] == "--choose") {
            choices = parseChoices(value());
        } else if (args[i] == "--json") {
            json = true;
        } else if (args[i] == "--data") {
            data = value();
        } else if (args[i] == "--lang") {
            language = value();
        } else if (args[i] == "--debrief-html") {
            debriefHtmlFile = value();
        } else if (args[i] == "--records") {
            recordsFolder = value();
        } else if (args[i] == "--player") {
            learner.name = value();
        } else if (args[i] == "--email") {
            learner.email = value();
            if (!isEmailAddress(learner.email)) {
                throw UsageError("run: --email takes an e-mail address, got '" + learner.email +
                                 "'");
            }
        } else if (args[i] == "--player-id") {
            learner.playerId = value();
            if (!isUuid(learner.playerId)) {
                throw UsageError("run: --player-id takes a UUID, got '" + learner.playerId + "'");
            }
        } else if (!args[i].empty() && args[i][0] == '-') {
            throw UsageError("run: unknown option '" + args[i] + "'");
        } else if (levelPath.empty()) {
            levelPath = args[i];
        } else {
            throw UsageError("run: one level at a time, got '" + args[i] + "' too");
        }
    }
    if (levelPath.empty()) {
        throw UsageError("run: which level? respect run LEVEL --choose 1,2,1");
    }
    const auto loaded = loadLevelForCommand(levelPath, data, executable, streams);
    if (!loaded) {
        return 2;
    }
    if (!language.empty()) {
        try {
            const engine::io::ContentRoot content(findDataFolder(data, executable));
            localizeContent(content, language, loaded->level, loaded->code);
        } catch (const engine::Error& problem) {
            streams.err << problem.what() << '\n';
            return 2;
        }
    }
    LevelSession session(loaded->level, loaded->code);
    std::size_t used = 0;
    const auto flush = [&] {
        for (const auto& event : session.takeEvents()) {
            json ? printJson(streams.out, event) : printText(streams.out, event);
        }
    };
    const auto where = [&] {
        return levelPath + ": encounter '" + session.current()->id + "', node '" +
               session.runner().currentNodeId().substr(session.current()->id.size() + 1) + "'";
    };
    namespace dlg = engine::dialogue;
    for (const auto& encounter : loaded->level.encounters) {
        try {
            if (!session.isAvailable(encounter)) {
                session.skip(encounter);
                flush();
                continue;
            }
            session.start(encounter);
            flush();
            while (session.runner().state() != dlg::RunnerState::Ended) {
                if (session.runner().state() == dlg::RunnerState::ShowingLine) {
                    session.advance();
                } else {
                    const std::size_t offered = session.runner().offeredChoices().size();
                    if (used == choices.size()) {
                        streams.err << where() << ": a choice is pending but --choose has no "
                                    << "entry left (" << used << " used)\n";
                        return 2;
                    }
                    const std::size_t pick = choices[used++];
                    if (pick > offered) {
                        streams.err << where() << ": choice " << pick << " is out of range ("
                                    << offered << (offered == 1 ? " choice" : " choices")
                                    << " offered)\n";
                        return 2;
                    }
                    session.choose(pick - 1);
                }
                flush();
            }
        } catch (const dlg::DialogueError& problem) {
            flush();
            streams.err << levelPath << ':' << problem.sourceLine() << ": error: encounter '"
                        << encounter.id << "': " << problem.what() << '\n';
            return 2;
        }
    }
    if (!json) {
        streams.out << "== scores:";
        for (const auto& dimension : loaded->code.dimensions()) {
            const auto found = session.scores().find(dimension.id);
            if (found != session.scores().end()) {
                streams.out << ' ' << dimension.id << ' ' << signedNumber(found->second);
            }
        }
        streams.out << '\n';
    }
    if (debriefHtmlFile) {
        try {
            writeDebriefHtml(buildDebriefReport(session, loaded->code, debriefDate()), UiText(),
                             *debriefHtmlFile);
        } catch (const engine::Error& problem) {
            streams.err << problem.what() << '\n';
            return 2;
        }
    }
    if (recordsFolder) {
        try {
            const engine::io::ContentRoot content(findDataFolder(data, executable));
            UiText text;
            if (!language.empty()) {
                text.setLanguage(content, language);
            }
            const std::string now = debriefDate();
            PlayRecordContext context;
            context.learner = learner;
            if (context.learner.playerId.empty()) {
                context.learner.playerId = randomUuid(); // --player-id groups several runs
            }
            context.registration = randomUuid();
            context.startedAt = now;
            context.finishedAt = now;
            context.language = language.empty() ? loaded->level.lang : language;
            context.gameVersion = RESPECT_VERSION;
            const auto report = buildDebriefReport(session, loaded->code, now);
            const RecordsFolder folder(*recordsFolder);
            folder.recordPlay(report, context, buildXapiStatements(report, context, randomUuid),
                              loadCampaignOutline(content, context.language), text);
        } catch (const engine::Error& problem) {
            streams.err << problem.what() << '\n';
            return 2;
        }
    }
    if (used < choices.size()) {
        streams.err << "respect: warning: " << choices.size() - used
                    << " --choose entries were not needed\n";
    }
    return 0;
}

} // namespace respect::game
