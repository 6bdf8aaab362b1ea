#include "HtmlText.hpp"
#include "ScoreChartSvg.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/AtomicFile.hpp>
#include <game/report/DebriefHtml.hpp>

#include <algorithm>

namespace respect::game {

namespace {

// Print rules keep rows and rules whole on a page and force the chart's colours, since
// browsers drop backgrounds and fills when printing unless told otherwise.
const char* const kStyle = R"CSS(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1b1b1b;
       background: #ffffff; margin: 2rem auto; max-width: 60rem; padding: 0 1rem;
       line-height: 1.45; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
.date { color: #444; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #777; padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
.outcome { font-weight: bold; padding: 0 .3rem; border-left: .4rem solid #777; }
.outcome-respectful { border-color: #2e7d32; }
.outcome-awkward { border-color: #b26a00; }
.outcome-hurtful { border-color: #c62828; }
.outcome-neutral { border-color: #777; }
.choices { margin: 0; padding-left: 1.2rem; }
.choices > li + li { margin-top: .6rem; }
.choices p { margin: 0; }
.feedback { color: #333; font-style: italic; }
.changes { white-space: nowrap; color: #333; }
.alternatives { margin: .2rem 0 0; padding-left: 1.2rem; color: #333; }
.chart { width: 100%; max-width: 40rem; height: auto; font-size: 15px; }
.chart .label, .chart .value { fill: #1b1b1b; }
.chart .axis { stroke: #1b1b1b; stroke-width: 2; }
.chart .positive .bar { fill: #2e7d32; }
.chart .negative .bar { fill: #c62828; }
.rule { border: 1px solid #777; border-left-width: .4rem; padding: .5rem .75rem;
        margin: 0 0 .75rem; }
.rule-respected { border-left-color: #2e7d32; }
.rule-broken { border-left-color: #c62828; }
.rule-mixed { border-left-color: #b26a00; }
.rule p { margin: .25rem 0; }
.verdict { font-weight: bold; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, .rule, .chart, .questions li { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";

/// Letters, digits and '-' only: safe as a language tag or in a class name.
bool isPlainToken(const std::string& word) {
    return !word.empty() && word.size() <= 35 && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-';
    });
}

std::string scoreChanges(const DebriefOption& option) {
    std::string out;
    for (const auto& change : option.scores) {
        out += (out.empty() ? "" : ", ") + change.dimensionName + " " + signedScore(change.delta);
    }
    return out;
}

/// The option's text, then its score changes and the rule it names, if any.
std::string optionHtml(const DebriefOption& option, const UiText& text) {
    std::string out = escapeHtml(option.text);
    const std::string changes = scoreChanges(option);
    if (!changes.empty()) {
        out += " <span class=\"changes\">(" + escapeHtml(changes) + ")</span>";
    }
    if (!option.rule.empty()) {
        out += " <span class=\"rule-name\">" + escapeHtml(text.get("debrief.rule")) + ": " +
               escapeHtml(option.ruleTitle) + "</span>";
    }
    return out;
}

std::string choicePointHtml(const DebriefChoicePoint& point, const UiText& text) {
    std::string out = "<li><p><strong>" + escapeHtml(text.get("debrief.you-chose")) +
                      ":</strong> " + optionHtml(point.chosen, text) + "</p>";
    if (!point.chosen.feedback.empty()) {
        out += "<p class=\"feedback\">" + escapeHtml(point.chosen.feedback) + "</p>";
    }
    if (point.alternatives.empty()) {
        out += "<p>" + escapeHtml(text.get("debrief.no-alternatives")) + "</p>";
    } else {
        out += "<p>" + escapeHtml(text.get("debrief.alternatives")) + ":</p>";
        out += "<ul class=\"alternatives\">";
        for (const auto& alternative : point.alternatives) {
            out += "<li>" + optionHtml(alternative, text) + "</li>";
        }
        out += "</ul>";
    }
    return out + "</li>\n";
}

std::string encountersHtml(const DebriefReport& report, const UiText& text) {
    std::string out = "<section aria-labelledby=\"encounters\">\n<h2 id=\"encounters\">" +
                      escapeHtml(text.get("debrief.encounters")) + "</h2>\n";
    if (report.encounters.empty()) {
        return out + "<p>" + escapeHtml(text.get("debrief.no-encounters")) + "</p>\n</section>\n";
    }
    out += "<table>\n<thead><tr>";
    for (const char* id :
         {"debrief.encounter", "debrief.with", "debrief.outcome", "debrief.choices"}) {
        out += "<th scope=\"col\">" + escapeHtml(text.get(id)) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& encounter : report.encounters) {
        out += "<tr><th scope=\"row\">" + escapeHtml(encounter.title) + "</th><td>";
        if (!encounter.who.empty()) {
            out += escapeHtml(encounter.who);
            if (!encounter.role.empty()) {
                out += " (" + escapeHtml(text.get("role." + encounter.role)) + ")";
            }
        }
        // The outcome in words; the coloured edge only repeats it.
        const std::string outcome = encounter.outcome.empty()         ? "unfinished"
                                    : isPlainToken(encounter.outcome) ? encounter.outcome
                                                                      : "other";
        const std::string words = encounter.outcome.empty()
                                      ? text.get("debrief.unfinished")
                                      : text.get("outcome." + encounter.outcome);
        out += "</td><td><span class=\"outcome outcome-" + outcome + "\">" + escapeHtml(words) +
               "</span></td><td>";
        if (!encounter.choices.empty()) {
            out += "<ol class=\"choices\">\n";
            for (const auto& point : encounter.choices) {
                out += choicePointHtml(point, text);
            }
            out += "</ol>";
        }
        out += "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

std::string scoresHtml(const DebriefReport& report, const UiText& text) {
    const std::string& heading = text.get("debrief.scores");
    return "<section aria-labelledby=\"scores\">\n<h2 id=\"scores\">" + escapeHtml(heading) +
           "</h2>\n" + scoreChartSvg(report.scores, heading) + "</section>\n";
}

std::string rulesHtml(const DebriefReport& report, const UiText& text) {
    std::string out = "<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">" +
                      escapeHtml(text.get("debrief.rules")) + "</h2>\n";
    if (report.rules.empty()) {
        return out + "<p>" + escapeHtml(text.get("debrief.no-rules")) + "</p>\n</section>\n";
    }
    for (const auto& rule : report.rules) {
        const std::string verdict = ruleVerdictName(rule.verdict);
        out +=
            "<article class=\"rule rule-" + verdict + "\"><h3>" + escapeHtml(rule.title) + "</h3>";
        out += "<p><span class=\"verdict\">" + escapeHtml(text.get("debrief.rule-" + verdict)) +
               "</span>";
        if (!rule.dimensionNames.empty()) {
            std::string names;
            for (const auto& name : rule.dimensionNames) {
                names += (names.empty() ? "" : ", ") + name;
            }
            out += " · " + escapeHtml(text.get("debrief.dimensions")) + ": " + escapeHtml(names);
        }
        out += "</p>";
        if (!rule.text.empty()) {
            out += "<p>" + escapeHtml(rule.text) + "</p>";
        }
        out += "</article>\n";
    }
    return out + "</section>\n";
}

std::string questionsHtml(const DebriefReport& report, const UiText& text) {
    if (report.questions.empty()) {
        return "";
    }
    std::string out = "<section aria-labelledby=\"questions\">\n<h2 id=\"questions\">" +
                      escapeHtml(text.get("debrief.questions")) +
                      "</h2>\n<ol class=\"questions\">\n";
    for (const auto& question : report.questions) {
        out += "<li>" + escapeHtml(question) + "</li>\n";
    }
    return out + "</ol>\n</section>\n";
}

} // namespace

std::string debriefHtml(const DebriefReport& report, const UiText& text) {
    const std::string heading = text.get("debrief.title") + ": " + report.levelTitle;
    std::string page = "<!DOCTYPE html>\n<html lang=\"" +
                       (isPlainToken(report.lang) ? report.lang : "en") + "\">\n";
    page += "<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    page += "<title>" + escapeHtml(heading) + "</title>\n<style>" + kStyle + "</style>\n</head>\n";
    page += "<body>\n<header>\n<h1>" + escapeHtml(heading) + "</h1>\n";
    if (!report.date.empty()) {
        page += "<p class=\"date\">" + escapeHtml(text.get("debrief.date")) + " <time datetime=\"" +
                escapeHtml(report.date) + "\">" + escapeHtml(report.date) + "</time></p>\n";
    }
    page += "</header>\n<main>\n";
    page += encountersHtml(report, text);
    page += scoresHtml(report, text);
    page += rulesHtml(report, text);
    page += questionsHtml(report, text);
    page += "</main>\n</body>\n</html>\n";
    return page;
}

void writeDebriefHtml(const DebriefReport& report, const UiText& text,
                      const std::filesystem::path& file) {
    const std::string page = debriefHtml(report, text);
    try {
        engine::io::writeFileAtomically(file, page);
    } catch (const engine::Error& error) {
        throw engine::Error(file.string(), 0,
                            "cannot write the debrief page: " + error.diagnostic().message);
    }
}

} // namespace respect::game
