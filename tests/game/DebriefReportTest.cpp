// The debrief: the report built from a played session (choices against what was offered,
// rules in order with their text, every dimension, questions), its HTML page (escaped,
// self-contained) and `respect run --debrief-html`.

#include "LevelTestSupport.hpp"
#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/FileReader.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelSession.hpp>
#include <game/report/DebriefHtml.hpp>
#include <game/report/DebriefReport.hpp>
#include <game/text/UiText.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace respect;
using engine::dialogue::RunnerState;
namespace fs = std::filesystem;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;
const fs::path kSampleLevel = kData / "levels/sample-first-day.xml";

// Plays encounters in document order like `respect run`, with 1-based choices.
void play(game::LevelSession& session, const std::vector<std::size_t>& choices) {
    std::size_t used = 0;
    for (const auto& encounter : session.level().encounters) {
        if (!session.isAvailable(encounter)) {
            session.skip(encounter);
            continue;
        }
        session.start(encounter);
        while (session.runner().state() != RunnerState::Ended) {
            if (session.runner().state() == RunnerState::ShowingLine) {
                session.advance();
            } else {
                session.choose(choices.at(used++) - 1);
            }
        }
    }
    REQUIRE(used == choices.size());
}

struct Sample {
    game::DiversityCode code;
    game::Level level;
};

Sample loadSample() {
    engine::DiagnosticList diagnostics;
    auto code = game::loadDiversityCode(kData / game::kDiversityCodePath, "diversity-code.xml",
                                        diagnostics);
    REQUIRE(code);
    const engine::io::ContentRoot data(kData);
    auto level =
        game::loadCheckedLevel(kSampleLevel, "sample-first-day.xml", *code, &data, diagnostics);
    INFO(diagnostics.formatAll());
    REQUIRE(level);
    return {std::move(*code), std::move(*level)};
}

// English to Mr Peeters then "here we speak French"; ask Marc first; sticky note for Ms
// Lambert, then help in person, ask about the folder, book the appointment.
const std::vector<std::size_t> kChoices = {4, 3, 1, 1, 2, 1, 2, 1};

std::vector<std::string> texts(const std::vector<game::DebriefOption>& options) {
    std::vector<std::string> out;
    for (const auto& option : options) {
        out.push_back(option.text);
    }
    return out;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("The debrief of the sample level lists each choice against what was offered",
          "[debrief][unit]") {
    const auto sample = loadSample();
    game::LevelSession session(sample.level, sample.code);
    play(session, kChoices);
    const auto report = game::buildDebriefReport(session, sample.code, "2024-05-01T09:30:00Z");

    CHECK(report.levelId == "sample-first-day");
    CHECK(report.levelTitle == "First morning at the counter");
    CHECK(report.lang == "en");
    CHECK(report.date == "2024-05-01T09:30:00Z");
    REQUIRE(report.encounters.size() == 3);

    const auto& peeters = report.encounters[0];
    CHECK(peeters.id == "dutch-customer");
    CHECK(peeters.title == "A Dutch-speaking customer");
    CHECK(peeters.who == "Mr Peeters");
    CHECK(peeters.role == "customer");
    CHECK(peeters.outcome == "hurtful");
    REQUIRE(peeters.choices.size() == 2);
    const auto& english = peeters.choices[0];
    CHECK(english.chosen.text == "Slow down and switch to English, a language you probably "
                                 "both know.");
    REQUIRE(english.chosen.scores.size() == 1);
    CHECK(english.chosen.scores[0].dimension == "language");
    CHECK(english.chosen.scores[0].dimensionName == "Language");
    CHECK(english.chosen.scores[0].delta == -1);
    CHECK(english.chosen.rule == "serve-in-own-language");
    CHECK(english.chosen.ruleTitle == "Serve customers in their language");
    CHECK(english.chosen.feedback.rfind("Well meant, but you chose the language for him.", 0) == 0);
    REQUIRE(english.alternatives.size() == 3);
    CHECK(english.alternatives[0].text.rfind("Switch to Dutch:", 0) == 0);
    CHECK(english.alternatives[0].scores[0].delta == 2);
    CHECK(english.alternatives[0].rule == "serve-in-own-language");
    CHECK(english.alternatives[1].text ==
          "Ask him to wait a moment while you look for a Dutch-speaking colleague.");
    CHECK(english.alternatives[2].text ==
          "Offer him this afternoon's free appointment with a Dutch-speaking colleague.");
    CHECK(peeters.choices[1].chosen.text == "\"Sorry, sir, here we speak French.\"");
    CHECK(texts(peeters.choices[1].alternatives) ==
          std::vector<std::string>{
              "Apologise and switch to Dutch as best you can.",
              "Carry on in English and give him the French form to fill in at home."});

    const auto& marc = report.encounters[1];
    CHECK(marc.who == "Marc");
    CHECK(marc.role == "colleague");
    CHECK(marc.outcome == "respectful");
    REQUIRE(marc.choices.size() == 2);
    CHECK(marc.choices[1].chosen.text == "\"Of course, I'll go now.\"");
    CHECK(marc.choices[1].chosen.rule == "equal-patience");
    REQUIRE(marc.choices[1].chosen.scores.size() == 1);
    CHECK(marc.choices[1].chosen.scores[0].dimension == "social-status");
    CHECK(marc.choices[1].chosen.scores[0].delta == 1);
    CHECK(texts(marc.choices[1].alternatives) ==
          std::vector<std::string>{"\"I'd rather stay at the counter this morning, sorry.\""});

    const auto& lambert = report.encounters[2];
    CHECK(lambert.outcome == "respectful");
    REQUIRE(lambert.choices.size() == 4);
    CHECK(lambert.choices[1].alternatives.empty()); // a single way forward was offered
    CHECK(lambert.choices[2].chosen.text ==
          "Ask whether there is anything else in the folder she is worried about.");
    CHECK(texts(lambert.choices[2].alternatives) ==
          std::vector<std::string>{"Book her this afternoon's free appointment to bring the "
                                   "missing certificate."});
    // Back at the same node: the once-only question is gone and the fallback is not offered
    // while the appointment is, so the player had no alternative. The graph alone would
    // have said otherwise.
    CHECK(lambert.choices[3].chosen.text.rfind("Book her this afternoon's", 0) == 0);
    CHECK(lambert.choices[3].alternatives.empty());
}

TEST_CASE("The debrief scores every dimension and lists the rules that came up, in order",
          "[debrief][unit]") {
    const auto sample = loadSample();
    game::LevelSession session(sample.level, sample.code);
    play(session, kChoices);
    const auto report = game::buildDebriefReport(session, sample.code, "");

    std::vector<std::pair<std::string, int>> scores;
    for (const auto& score : report.scores) {
        scores.emplace_back(score.name, score.total);
    }
    CHECK(scores == std::vector<std::pair<std::string, int>>{{"Language", -4},
                                                             {"Age", 0},
                                                             {"Gender", 0},
                                                             {"Skin colour", 0},
                                                             {"Religious beliefs", 0},
                                                             {"Sexual orientation", 0},
                                                             {"Social status", 3},
                                                             {"Disability", 2}});
    CHECK(report.scores[6].dimension == "social-status");

    REQUIRE(report.rules.size() == 5);
    const auto& language = report.rules[0];
    CHECK(language.id == "serve-in-own-language");
    CHECK(language.title == "Serve customers in their language");
    CHECK(language.text == sample.code.findRule("serve-in-own-language")->text);
    CHECK(language.text.rfind("Customers may be served in the national language", 0) == 0);
    CHECK(language.dimensionNames == std::vector<std::string>{"Language"});
    CHECK(language.broken == 2);
    CHECK(language.respected == 0);
    CHECK(language.verdict == game::RuleVerdict::Broken);

    CHECK(report.rules[1].id == "accessible-workplace");
    CHECK(report.rules[1].title == "Ask colleagues what help they want");
    CHECK(report.rules[1].verdict == game::RuleVerdict::Respected);

    // Seeing Ms Lambert for Marc comes before the quiet room's rules.
    CHECK(report.rules[2].id == "equal-patience");
    CHECK(report.rules[2].verdict == game::RuleVerdict::Respected);

    const auto& service = report.rules[3];
    CHECK(service.id == "accessible-service");
    CHECK(service.text == sample.code.findRule("accessible-service")->text);
    CHECK(service.dimensionNames ==
          std::vector<std::string>{"Disability", "Language", "Social status", "Age"});
    CHECK(service.respected == 1);
    CHECK(service.broken == 1);
    CHECK(service.verdict == game::RuleVerdict::Mixed);

    CHECK(report.rules[4].id == "dignity-in-hardship");
    CHECK(report.rules[4].verdict == game::RuleVerdict::Respected);
    CHECK(std::string(game::ruleVerdictName(game::RuleVerdict::Mixed)) == "mixed");

    REQUIRE(report.questions.size() == 3);
    CHECK(report.questions[0].rfind("Which languages can you serve customers in", 0) == 0);
    CHECK(report.questions == sample.level.debriefQuestions);
}

TEST_CASE("A partly played session gives a partial debrief", "[debrief][unit]") {
    const auto sample = loadSample();
    game::LevelSession session(sample.level, sample.code);
    CHECK(game::buildDebriefReport(session, sample.code, "").encounters.empty());

    session.start(sample.level.encounters[0]);
    while (session.runner().state() != RunnerState::AwaitingChoice) {
        session.advance();
    }
    session.choose(3); // English: the encounter goes on
    const auto report = game::buildDebriefReport(session, sample.code, "");
    REQUIRE(report.encounters.size() == 1);
    CHECK(report.encounters[0].outcome.empty());
    REQUIRE(report.encounters[0].choices.size() == 1);
    CHECK(report.encounters[0].choices[0].alternatives.size() == 3);
    CHECK(report.scores.size() == 8);
    CHECK(report.scores[0].total == -1);
    REQUIRE(report.rules.size() == 1);
    CHECK(report.rules[0].verdict == game::RuleVerdict::Broken);

    const std::string page = game::debriefHtml(report, game::UiText());
    CHECK(page.find(">Not finished<") != std::string::npos);
}

TEST_CASE("Results from saves that predate recorded offers fall back to the node's choices",
          "[debrief][unit]") {
    const auto sample = loadSample();
    game::LevelSession original(sample.level, sample.code);
    play(original, kChoices);
    for (const auto& result : original.results()) {
        CHECK(result.offered.size() == result.choices.size());
    }

    auto oldResults = original.results();
    for (auto& result : oldResults) {
        result.offered.clear();
    }
    game::LevelSession resumed(sample.level, sample.code);
    resumed.restore(original.runner().snapshot(), original.scores(), oldResults, "");
    const auto report = game::buildDebriefReport(resumed, sample.code, "");
    REQUIRE(report.encounters.size() == 3);
    // The best guess: the node's other non-fallback choices (here the once-only question).
    CHECK(texts(report.encounters[2].choices[3].alternatives) ==
          std::vector<std::string>{
              "Ask whether there is anything else in the folder she is worried about."});
    CHECK(report.encounters[0].choices[0].alternatives.size() == 3);
}

TEST_CASE("The debrief page is self-contained, printable and accessible", "[debrief][unit]") {
    const auto sample = loadSample();
    game::LevelSession session(sample.level, sample.code);
    play(session, kChoices);
    const auto report = game::buildDebriefReport(session, sample.code, "2024-05-01T09:30:00Z");
    const std::string page = game::debriefHtml(report, game::UiText());

    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("href=") == std::string::npos);
    CHECK(page.find("url(") == std::string::npos);
    CHECK(page.find("@import") == std::string::npos);
    CHECK(page.find("<h1>Debrief: First morning at the counter</h1>") != std::string::npos);
    CHECK(page.find("<time datetime=\"2024-05-01T09:30:00Z\">") != std::string::npos);

    // Outcomes in words, the person and role, choices against alternatives.
    CHECK(page.find(">Hurtful</span>") != std::string::npos);
    CHECK(count(page, ">Respectful</span>") == 2);
    CHECK(page.find("Mr Peeters (Customer)") != std::string::npos);
    CHECK(page.find("Marc (Colleague)") != std::string::npos);
    CHECK(count(page, "<strong>You chose:</strong>") == 8);
    CHECK(page.find("<strong>You chose:</strong> &quot;Sorry, sir, here we speak French.&quot; "
                    "<span class=\"changes\">(Language -3)</span>") != std::string::npos);
    CHECK(page.find("Other options offered:") != std::string::npos);
    CHECK(page.find("No other option was offered.") != std::string::npos);

    // The chart: an image with a text alternative and the numbers written out.
    CHECK(page.find("<svg class=\"chart\"") != std::string::npos);
    CHECK(page.find("role=\"img\" aria-labelledby=\"chart-title chart-desc\"") !=
          std::string::npos);
    CHECK(page.find("<title id=\"chart-title\">Diversity Code scores</title>") !=
          std::string::npos);
    CHECK(page.find("Language -4, Age 0, Gender 0, Skin colour 0, Religious beliefs 0, Sexual "
                    "orientation 0, Social status +3, Disability +2</desc>") != std::string::npos);
    CHECK(count(page, "<rect class=\"bar\"") == 8);
    CHECK(page.find(">-4</text>") != std::string::npos);
    CHECK(count(page, ">+2</text>") == 1);
    CHECK(count(page, ">+3</text>") == 1);

    // Rules in order with their text, then the questions.
    const auto first = page.find("<h3>Serve customers in their language</h3>");
    const auto second = page.find("<h3>Ask colleagues what help they want</h3>");
    const auto third = page.find("<h3>Give everyone the same time and patience</h3>");
    const auto fourth = page.find("<h3>Make every service reachable</h3>");
    CHECK(first < second);
    CHECK(second < third);
    CHECK(third < fourth);
    CHECK(fourth != std::string::npos);
    CHECK(page.find("<span class=\"verdict\">Both respected and broken</span>") !=
          std::string::npos);
    CHECK(page.find("Do not pick another language for them, English included") !=
          std::string::npos);
    CHECK(page.find("<li>Which languages can you serve customers in, and what do you do when a "
                    "customer speaks none of them?</li>") != std::string::npos);
}

TEST_CASE("Level text cannot inject markup into the debrief page", "[debrief][unit]") {
    const auto level = test::cleanLevel(R"XML(<level id="x" version="1" lang="en">
  <meta><title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "co"</title>
    <dimension ref="language"/></meta>
  <cast><character id="jan" name="Jan &lt;b&gt;" role="customer"/></cast>
  <encounter id="hello" with="jan" trigger="talk">
    <title>Say 'hi' &amp; &lt;wave&gt;</title>
    <node id="start">
      <say who="jan">Hello.</say>
      <choice goto="done">
        <text>&lt;img src=x onerror=alert(1)&gt;</text>
        <score dimension="language" delta="1"/>
        <feedback rule="serve-in-own-language">"Quoted" &amp; &lt;bold&gt;</feedback>
      </choice>
      <choice goto="done"><text>Say "bye" &amp; leave</text></choice>
    </node>
    <node id="done"><end outcome="respectful"/></node>
  </encounter>
  <debrief><question>Why &lt;script&gt;?</question></debrief>
</level>)XML");
    const auto code = test::smallCode();
    game::LevelSession session(level, code);
    play(session, {1});
    const auto report = game::buildDebriefReport(session, code, "<date>");
    const std::string page = game::debriefHtml(report, game::UiText());
    INFO(page);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<b>") == std::string::npos);
    CHECK(page.find("<wave>") == std::string::npos);
    CHECK(page.find("<bold>") == std::string::npos);
    CHECK(page.find("<date>") == std::string::npos);
    CHECK(
        page.find("<h1>Debrief: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;</h1>") !=
        std::string::npos);
    CHECK(page.find("<th scope=\"row\">Say &#39;hi&#39; &amp; &lt;wave&gt;</th>") !=
          std::string::npos);
    CHECK(page.find("Jan &lt;b&gt; (Customer)") != std::string::npos);
    CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(page.find("&quot;Quoted&quot; &amp; &lt;bold&gt;") != std::string::npos);
    CHECK(page.find("Say &quot;bye&quot; &amp; leave") != std::string::npos);
    CHECK(page.find("<li>Why &lt;script&gt;?</li>") != std::string::npos);
    CHECK(page.find("datetime=\"&lt;date&gt;\"") != std::string::npos);
}

TEST_CASE("The debrief page is written atomically, and a failure names the file",
          "[debrief][unit]") {
    const auto sample = loadSample();
    game::LevelSession session(sample.level, sample.code);
    play(session, kChoices);
    const auto report = game::buildDebriefReport(session, sample.code, "2024-05-01T09:30:00Z");
    const test::TemporaryFolder folder;
    const auto file = folder / "debrief.html";
    game::writeDebriefHtml(report, game::UiText(), file);
    CHECK(engine::io::readFileLimited(file) == game::debriefHtml(report, game::UiText()));
    CHECK_FALSE(fs::exists(folder / "debrief.html.tmp"));

    const auto nowhere = folder / "missing-folder" / "debrief.html";
    try {
        game::writeDebriefHtml(report, game::UiText(), nowhere);
        FAIL("writing into a missing folder should throw");
    } catch (const engine::Error& error) {
        CHECK(error.diagnostic().file == nowhere.string());
        CHECK(std::string(error.what()).find("cannot write the debrief page") != std::string::npos);
    }
}

TEST_CASE("respect run --debrief-html writes the page", "[debrief][cli]") {
    const test::TemporaryFolder folder;
    const auto file = folder / "debrief page.html";
    const auto result = test::runRespect("run '" + kSampleLevel.string() +
                                         "' --choose 4,3,1,1,2,1,2,1 "
                                         "--debrief-html '" +
                                         file.string() + "'");
    INFO(result.output);
    CHECK(result.exitCode == 0);
    CHECK(result.output.find("== scores: language -4 social-status +3 disability +2") !=
          std::string::npos);
    REQUIRE(fs::exists(file));
    const std::string page = engine::io::readFileLimited(file);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("<h1>Debrief: First morning at the counter</h1>") != std::string::npos);
    CHECK(count(page, "<strong>You chose:</strong>") == 8);

    // A fixed date makes the page reproducible; JSON mode writes it too.
    const auto dated = folder / "dated.html";
    const auto json = test::runCommand(
        "SOURCE_DATE_EPOCH=1714555800 '" + std::string(RESPECT_EXECUTABLE) + "' run '" +
        kSampleLevel.string() + "' --json --choose 4,3,1,1,2,1,2,1 --debrief-html '" +
        dated.string() + "'");
    CHECK(json.exitCode == 0);
    const std::string datedPage = engine::io::readFileLimited(dated);
    CHECK(datedPage.find("<time datetime=\"2024-05-01T09:30:00Z\">") != std::string::npos);

    // A page that cannot be written fails the command, naming the file.
    const auto nowhere = folder / "missing" / "debrief.html";
    const auto failed =
        test::runRespect("run '" + kSampleLevel.string() +
                         "' --choose 4,3,1,1,2,1,2,1 --debrief-html '" + nowhere.string() + "'");
    CHECK(failed.exitCode == 2);
    CHECK(failed.output.find(nowhere.string() + ": error: cannot write the debrief page") !=
          std::string::npos);
    CHECK(test::runRespect("run '" + kSampleLevel.string() + "' --debrief-html").exitCode == 2);
}
