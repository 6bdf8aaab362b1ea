#include "report/HtmlText.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/io/XdgPaths.hpp>
#include <game/records/HrCsv.hpp>
#include <game/records/RecordsFolder.hpp>
#include <game/text/JsonProblem.hpp>

#include <nlohmann/json.hpp>

#include <cctype>
#include <sstream>

namespace respect::game {

namespace {

using Json = nlohmann::json;

/// Records grow with every play; far more than years of plays, far less than memory.
constexpr std::size_t kMaxRecordBytes = 256u * 1024u * 1024u;
constexpr int kCompletionsVersion = 1;

std::string readIfExists(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        return {};
    }
    return engine::io::readFileLimited(file, kMaxRecordBytes);
}

Json toJson(const CompletionEntry& e) {
    return {{"registration", e.registration},
            {"levelId", e.levelId},
            {"title", e.title},
            {"language", e.language},
            {"startedAt", e.startedAt},
            {"finishedAt", e.finishedAt},
            {"durationSeconds", e.durationSeconds},
            {"learnerName", e.learnerName},
            {"learnerEmail", e.learnerEmail},
            {"playerId", e.playerId},
            {"score", e.score},
            {"success", e.success},
            {"outcomes", e.outcomes}};
}

CompletionEntry fromJson(const Json& j) {
    CompletionEntry e;
    e.registration = j.at("registration").get<std::string>();
    e.levelId = j.at("levelId").get<std::string>();
    e.title = j.value("title", "");
    e.language = j.value("language", "");
    e.startedAt = j.value("startedAt", "");
    e.finishedAt = j.at("finishedAt").get<std::string>();
    e.durationSeconds = j.value("durationSeconds", 0.0);
    e.learnerName = j.value("learnerName", "");
    e.learnerEmail = j.value("learnerEmail", "");
    e.playerId = j.value("playerId", "");
    e.score = j.value("score", 0);
    e.success = j.value("success", false);
    e.outcomes = j.value("outcomes", std::map<std::string, int>{});
    return e;
}

bool sameLearner(const CompletionEntry& entry, const Learner& learner) {
    return learner.email.empty() ? entry.learnerEmail.empty() && entry.playerId == learner.playerId
                                 : entry.learnerEmail == learner.email;
}

std::string dateOnly(const std::string& iso) {
    return iso.substr(0, iso.find('T'));
}

const char* const kCertificateStyle =
    "body { font-family: sans-serif; max-width: 48em; margin: 3em auto; padding: 0 1em; "
    "color: #111; line-height: 1.5; }\n"
    "h1 { font-size: 2em; border-bottom: 3px solid #1f3b5c; padding-bottom: 0.3em; }\n"
    "table { border-collapse: collapse; width: 100%; margin: 1.5em 0; }\n"
    "th, td { border: 1px solid #777; padding: 0.4em 0.6em; text-align: left; }\n"
    "th { background: #e8edf3; }\n"
    ".issued { color: #333; margin-top: 2em; }\n"
    "@media print { body { margin: 1cm; } }\n";

} // namespace

void RecordsFolder::recordStatements(const std::vector<std::string>& statements) const {
    engine::io::XdgPaths::createPrivateFolder(folder_);
    std::string outbox = readIfExists(folder_ / kStatementsFile);
    if (!outbox.empty() && outbox.back() != '\n') {
        outbox += '\n';
    }
    for (const auto& statement : statements) {
        outbox += statement + '\n';
    }
    engine::io::writeFileAtomically(folder_ / kStatementsFile, outbox);
}

std::vector<std::string> RecordsFolder::statements() const {
    std::vector<std::string> lines;
    std::istringstream text(readIfExists(folder_ / kStatementsFile));
    std::string line;
    while (std::getline(text, line)) {
        if (!line.empty()) {
            lines.push_back(line);
        }
    }
    return lines;
}

std::vector<CompletionEntry> RecordsFolder::completions() const {
    const auto file = folder_ / kCompletionsFile;
    const std::string text = readIfExists(file);
    if (text.empty()) {
        return {};
    }
    std::vector<CompletionEntry> entries;
    try {
        const Json root = Json::parse(text);
        if (root.value("version", 0) > kCompletionsVersion) {
            throw engine::Error(file.string(), 0,
                                "written by a newer version of Respect; it was left as it is");
        }
        for (const auto& entry : root.at("completions")) {
            entries.push_back(fromJson(entry));
        }
    } catch (const Json::exception& problem) {
        throw engine::Error(file.string(), 0,
                            "damaged (" + jsonProblem(problem.what()) +
                                "); it was left as it is, and this play was not added to it");
    }
    return entries;
}

void RecordsFolder::recordPlay(const DebriefReport& report, const PlayRecordContext& context,
                               const std::vector<std::string>& statements,
                               const CampaignOutline& campaign, const UiText& text) const {
    // The statements first: they are the record a Learning Record Store receives.
    recordStatements(statements);

    auto entries = completions();
    CompletionEntry entry;
    entry.registration = context.registration;
    entry.levelId = report.levelId;
    entry.title = report.levelTitle;
    entry.language = context.language.empty() ? report.lang : context.language;
    entry.startedAt = context.startedAt;
    entry.finishedAt = context.finishedAt;
    entry.durationSeconds = context.durationSeconds;
    entry.learnerName = context.learner.name;
    entry.learnerEmail = context.learner.email;
    entry.playerId = context.learner.playerId;
    entry.score = totalScore(report);
    entry.success = scenarioSucceeded(report);
    for (const auto& encounter : report.encounters) {
        if (!encounter.outcome.empty()) {
            ++entry.outcomes[encounter.outcome];
        }
    }
    entries.push_back(entry);
    Json list = Json::array();
    for (const auto& e : entries) {
        list.push_back(toJson(e));
    }
    engine::io::writeFileAtomically(
        folder_ / kCompletionsFile,
        Json{{"version", kCompletionsVersion}, {"completions", list}}.dump(2) + '\n');
    engine::io::writeFileAtomically(folder_ / kCsvFile, completionsCsv(entries));
    engine::io::writeFileAtomically(
        folder_ / kCertificateFile,
        certificateHtml(campaign, context.learner, entries, text, context.finishedAt));
}

std::string completionsCsv(const std::vector<CompletionEntry>& entries) {
    std::string csv = csvRow({"completed_at", "name", "email", "player_id", "scenario_id",
                              "scenario", "language", "duration", "score", "success", "respectful",
                              "awkward", "hurtful", "neutral", "registration"});
    const auto count = [](const CompletionEntry& e, const char* outcome) {
        const auto found = e.outcomes.find(outcome);
        return std::to_string(found == e.outcomes.end() ? 0 : found->second);
    };
    for (const auto& e : entries) {
        csv += csvRow({e.finishedAt, e.learnerName, e.learnerEmail, e.playerId, e.levelId, e.title,
                       e.language, isoDuration(e.durationSeconds), std::to_string(e.score),
                       e.success ? "yes" : "no", count(e, "respectful"), count(e, "awkward"),
                       count(e, "hurtful"), count(e, "neutral"), e.registration});
    }
    return csv;
}

std::string certificateHtml(const CampaignOutline& campaign, const Learner& learner,
                            const std::vector<CompletionEntry>& entries, const UiText& text,
                            const std::string& date) {
    std::size_t done = 0;
    std::vector<std::string> completedOn;
    for (const auto& scenario : campaign.scenarios) {
        std::string first;
        for (const auto& entry : entries) {
            if (entry.levelId == scenario.levelId && sameLearner(entry, learner) &&
                (first.empty() || entry.finishedAt < first)) {
                first = entry.finishedAt;
            }
        }
        done += first.empty() ? 0u : 1u;
        completedOn.push_back(first);
    }
    const bool complete = !campaign.scenarios.empty() && done == campaign.scenarios.size();
    const std::string name =
        learner.name.empty() ? text.get("certificate.anonymous") : learner.name;
    const std::string heading =
        text.get(complete ? "certificate.title" : "certificate.progress-title");
    const std::string summary =
        complete ? text.format("certificate.completed-all",
                               {{"name", name}, {"campaign", campaign.title}})
                 : text.format("certificate.completed-some",
                               {{"name", name},
                                {"campaign", campaign.title},
                                {"done", std::to_string(done)},
                                {"total", std::to_string(campaign.scenarios.size())}});
    const std::string language = text.language();
    const bool plain =
        !language.empty() &&
        language.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") ==
            std::string::npos;
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + (plain ? language : "en") + "\">\n";
    page += "<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(heading) + "</title>\n";
    page += "<style>" + std::string(kCertificateStyle) + "</style>\n</head>\n<body>\n";
    page += "<h1>" + escapeHtml(heading) + "</h1>\n";
    page += "<p>" + escapeHtml(summary) + "</p>\n";
    page += "<table>\n<thead><tr><th scope=\"col\">" +
            escapeHtml(text.get("certificate.scenario")) + "</th><th scope=\"col\">" +
            escapeHtml(text.get("certificate.completed-on")) + "</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < campaign.scenarios.size(); ++i) {
        const std::string when =
            completedOn[i].empty() ? text.get("certificate.not-yet") : dateOnly(completedOn[i]);
        page += "<tr><td>" + escapeHtml(campaign.scenarios[i].title) + "</td><td>" +
                escapeHtml(when) + "</td></tr>\n";
    }
    page += "</tbody>\n</table>\n";
    page += "<p class=\"issued\">" +
            escapeHtml(text.format("certificate.issued", {{"date", dateOnly(date)}})) + "</p>\n";
    page += "</body>\n</html>\n";
    return page;
}

} // namespace respect::game
