#include "report/HtmlText.hpp"

#include <engine/io/AtomicFile.hpp>
#include <game/facilitation/GroupDebrief.hpp>
#include <game/facilitation/GroupVote.hpp>

namespace respect::game {

namespace {

const char* const kStyle = R"CSS(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; background: #fff;
       margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
.date, .outcome { color: #333; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #777; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
.played td { font-weight: bold; background: #eef5ee; }
.bar { display: inline-block; height: .8rem; background: #2e7d32; vertical-align: middle; }
ol.questions li { font-size: 1.2rem; margin: .6rem 0; }
@media print { h3, table { break-inside: avoid; }
  .bar, .played td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)CSS";

bool isPlainToken(const std::string& text) {
    return !text.empty() &&
           text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") ==
               std::string::npos;
}

} // namespace

TeamRecord teamRecordOf(const ForumTheatre& forum) {
    TeamRecord record;
    for (const auto& play : forum.plays()) {
        // A replay repeats the choices before its rewind point: they were made once.
        const std::size_t first = play.replayOf >= 0 ? play.fromChoice : 0;
        for (std::size_t i = first; i < play.choices.size(); ++i) {
            const auto& choice = play.choices[i];
            TeamChoice team;
            team.encounter = play.encounter;
            team.encounterTitle = play.title;
            if (choice.played < choice.optionIds.size()) {
                team.choiceId = choice.optionIds[choice.played];
                team.text = choice.options[choice.played];
            }
            team.hands = choice.hands;
            team.replay = play.replayOf >= 0;
            record.choices.push_back(std::move(team));
        }
    }
    return record;
}

GroupDebrief buildGroupDebrief(const ForumTheatre& forum, const Level& level,
                               const DiversityCode& code, std::string date) {
    GroupDebrief debrief;
    debrief.levelTitle = level.title.empty() ? level.id : level.title;
    debrief.lang = level.lang;
    debrief.date = std::move(date);
    debrief.questions = level.debriefQuestions;
    for (const auto& play : forum.plays()) {
        GroupDebriefPlay entry;
        entry.title = play.title;
        entry.replay = play.replayOf >= 0;
        entry.fromChoice = play.fromChoice;
        entry.outcome = play.outcome;
        for (const auto& choice : play.choices) {
            const GroupVote vote(choice.hands);
            entry.choices.push_back({choice.options, choice.hands, vote.percents(), choice.played});
        }
        for (const auto& dimension : code.dimensions()) {
            const auto found = play.scoreChanges.find(dimension.id);
            if (found != play.scoreChanges.end()) {
                entry.scoreChanges.push_back(dimension.name + (found->second > 0 ? " +" : " ") +
                                             std::to_string(found->second));
            }
        }
        debrief.plays.push_back(std::move(entry));
    }
    return debrief;
}

std::string groupDebriefHtml(const GroupDebrief& debrief, const UiText& text) {
    const std::string heading = text.get("group.title") + ": " + debrief.levelTitle;
    std::string page = "<!DOCTYPE html>\n<html lang=\"" +
                       (isPlainToken(debrief.lang) ? debrief.lang : std::string("en")) + "\">\n";
    page += "<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(heading) +
            "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    page += "<h1>" + escapeHtml(heading) + "</h1>\n<p class=\"date\">" +
            escapeHtml(text.get("debrief.date")) + " " + escapeHtml(debrief.date) + "</p>\n";
    page += "<h2>" + escapeHtml(text.get("debrief.encounters")) + "</h2>\n";
    for (const auto& play : debrief.plays) {
        page += "<h3>" + escapeHtml(play.title);
        if (play.replay) {
            page += " (" +
                    escapeHtml(text.format("group.replay",
                                           {{"number", std::to_string(play.fromChoice + 1)}})) +
                    ")";
        }
        page += "</h3>\n<p class=\"outcome\">" + escapeHtml(text.get("debrief.outcome")) + ": " +
                escapeHtml(play.outcome.empty() ? std::string("-")
                                                : text.get("outcome." + play.outcome));
        if (!play.scoreChanges.empty()) {
            std::string changes;
            for (const auto& change : play.scoreChanges) {
                changes += (changes.empty() ? "" : ", ") + change;
            }
            page += " (" + escapeHtml(changes) + ")";
        }
        page += "</p>\n";
        for (std::size_t c = 0; c < play.choices.size(); ++c) {
            const auto& choice = play.choices[c];
            page += "<table>\n<caption>" +
                    escapeHtml(text.format("group.choice", {{"number", std::to_string(c + 1)}})) +
                    "</caption>\n<thead><tr><th scope=\"col\">" +
                    escapeHtml(text.get("group.option")) + "</th><th scope=\"col\">" +
                    escapeHtml(text.get("group.votes")) + "</th></tr></thead>\n<tbody>\n";
            for (std::size_t i = 0; i < choice.options.size(); ++i) {
                const bool played = i == choice.played;
                const int percent = i < choice.percents.size() ? choice.percents[i] : 0;
                const int hands = i < choice.hands.size() ? choice.hands[i] : 0;
                page +=
                    std::string(played ? "<tr class=\"played\">" : "<tr>") + "<td>" +
                    (played ? escapeHtml(text.get("group.played")) + " " : "") +
                    escapeHtml(choice.options[i]) +
                    "</td><td><span class=\"bar\" style=\"width:" + std::to_string(percent * 2) +
                    "px\"></span> " +
                    escapeHtml(text.format("vote.hands", {{"count", std::to_string(hands)}})) +
                    " (" + std::to_string(percent) + " %)</td></tr>\n";
            }
            page += "</tbody>\n</table>\n";
        }
    }
    if (!debrief.questions.empty()) {
        page += "<h2>" + escapeHtml(text.get("debrief.questions")) +
                "</h2>\n<ol class=\"questions\">\n";
        for (const auto& question : debrief.questions) {
            page += "<li>" + escapeHtml(question) + "</li>\n";
        }
        page += "</ol>\n";
    }
    page += "</body>\n</html>\n";
    return page;
}

void writeGroupDebriefHtml(const GroupDebrief& debrief, const UiText& text,
                           const std::filesystem::path& file) {
    engine::io::writeFileAtomically(file, groupDebriefHtml(debrief, text));
}

} // namespace respect::game
