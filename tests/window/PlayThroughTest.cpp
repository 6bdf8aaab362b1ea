// Window tests of a whole session, driven by input scripts under a display: (a) a new game
// played from the title to the debrief, which is saved as a picture and a page; (b) quit
// mid-dialogue, start again, Continue, and the same line is on screen; (c) language and text
// size changed in the settings show on screen at once. With "Read aloud" on, --speech-log
// also records what each screen says, in which language.

#include "RunProgram.hpp"

#include <engine/i18n/Translator.hpp>
#include <engine/io/ContentRoot.hpp>

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

using respect::test::runRespectAs;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

const std::string kScripts = std::string(RESPECT_TEST_DATA_DIR) + "/scripts/";
const sf::Color kFocus(70, 104, 150); // Theme::standardPalette().focus

void seedSettings(const fs::path& home, const std::string& json) {
    fs::create_directories(home / "config" / "respect");
    std::ofstream(home / "config" / "respect" / "settings.json") << json;
}

std::string readAll(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

sf::Image load(const fs::path& file) {
    sf::Image image;
    REQUIRE(image.loadFromFile(file.string()));
    return image;
}

double differingShare(const sf::Image& a, const sf::Image& b, unsigned top, unsigned bottom,
                      unsigned left = 0, unsigned right = 1280) {
    std::size_t differing = 0;
    std::size_t total = 0;
    for (unsigned y = top; y < bottom; y += 2) {
        for (unsigned x = left; x < right; x += 2) {
            ++total;
            differing += a.getPixel(x, y) != b.getPixel(x, y) ? 1u : 0u;
        }
    }
    return static_cast<double>(differing) / static_cast<double>(total);
}

std::size_t count(const sf::Image& image, sf::Color colour) {
    std::size_t n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y) {
        for (unsigned x = 0; x < image.getSize().x; ++x) {
            n += image.getPixel(x, y) == colour ? 1u : 0u;
        }
    }
    return n;
}

std::string shots(const std::vector<std::pair<int, fs::path>>& list) {
    std::string arguments;
    for (const auto& [frame, file] : list) {
        arguments += " --screenshot '" + std::to_string(frame) + ":" + file.string() + "'";
    }
    return arguments;
}

} // namespace

TEST_CASE("A new game is played from the title to the debrief, saved as a picture and a page",
          "[window]") {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return;
    }
    TemporaryFolder home;
    seedSettings(home.path(), R"({"typewriterSpeed": 0, "textToSpeech": true})");
    const auto log = home / "speech.log";
    const std::vector<std::pair<int, fs::path>> steps = {
        {2, home / "title.png"},     {5, home / "select.png"},    {9, home / "office.png"},
        {181, home / "talking.png"}, {192, home / "choices.png"}, {197, home / "feedback.png"},
        {275, home / "debrief.png"}};
    const auto result =
        runRespectAs(home.path(),
                     "--input-script '" + kScripts + "play-first-scenario.txt' --frames 315" +
                         " --speech-log '" + log.string() + "'" + shots(steps),
                     120);
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    const std::string spoken = readAll(log);
    INFO(spoken);
    CHECK(spoken.find("en\tScenarios. First morning at the counter.") != std::string::npos);
    CHECK(spoken.find("en\tMr Peeters: Goeiemorgen.") != std::string::npos);
    CHECK(spoken.find("en\tServe customers in their language.") != std::string::npos);
    CHECK(spoken.find("en\tDebrief: First morning at the counter.") != std::string::npos);

    // Each step looks different from the one before: the screens really changed.
    for (std::size_t i = 1; i < steps.size(); ++i) {
        INFO(steps[i].second);
        CHECK(differingShare(load(steps[i - 1].second), load(steps[i].second), 0, 720) > 0.05);
    }
    // The debrief was saved as a picture (a real PNG of the screen) and a printable page.
    std::vector<fs::path> reports;
    for (const auto& entry : fs::directory_iterator(home / "data" / "respect" / "reports")) {
        reports.push_back(entry.path());
    }
    REQUIRE(reports.size() == 2);
    std::sort(reports.begin(), reports.end());
    CHECK(reports[0].extension() == ".html");
    CHECK(readAll(reports[0]).find("First morning at the counter") != std::string::npos);
    CHECK(reports[1].extension() == ".png");
    CHECK(load(reports[1]).getSize() == sf::Vector2u(1280, 720));
    CHECK(fs::exists(home / "data" / "respect" / "progress.json"));
}

TEST_CASE("Quit mid-dialogue, start again, Continue: the same line is on screen", "[window]") {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return;
    }
    TemporaryFolder home;
    seedSettings(home.path(), R"({"typewriterSpeed": 0, "textToSpeech": true})");
    const auto before = home / "before.png";
    const auto after = home / "after.png";
    const auto first =
        runRespectAs(home.path(), "--input-script '" + kScripts +
                                      "quit-mid-dialogue.txt' --frames 195" + " --speech-log '" +
                                      (home / "first.log").string() + "'" + shots({{194, before}}));
    INFO(first.output);
    REQUIRE(first.exitCode == 0); // the frame limit closes the game like the window's X
    REQUIRE(fs::exists(home / "data" / "respect" / "saves" / "autosave.json"));

    const auto second =
        runRespectAs(home.path(), "--input-script '" + kScripts + "continue.txt' --frames 14" +
                                      " --speech-log '" + (home / "second.log").string() + "'" +
                                      shots({{12, after}}));
    INFO(second.output);
    REQUIRE(second.exitCode == 0);
    // What was last said before quitting is what the resumed dialogue says.
    std::string lastLine;
    std::istringstream lines(readAll(home / "first.log"));
    for (std::string line; std::getline(lines, line);) {
        lastLine = line;
    }
    INFO(lastLine);
    CHECK(lastLine.rfind("en\tYour counter is French-speaking.", 0) == 0);
    CHECK(readAll(home / "second.log").find(lastLine) != std::string::npos);
    // And the dialogue box is the same, pixel for pixel (the office behind it may sit a few
    // pixels apart: the camera eases towards the player, and starts on them when resumed).
    CHECK(differingShare(load(before), load(after), 300, 670, 50, 1230) < 0.001);
}

TEST_CASE("Language and text size changed in the settings show on screen at once", "[window]") {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return;
    }
    TemporaryFolder home;
    seedSettings(home.path(), R"({"textToSpeech": true})");
    const auto titleBefore = home / "title-before.png";
    const auto settings = home / "settings.png";
    const auto titleAfter = home / "title-after.png";
    const auto result = runRespectAs(
        home.path(), "--input-script '" + kScripts + "settings-language-size.txt' --frames 32" +
                         " --speech-log '" + (home / "speech.log").string() + "'" +
                         shots({{3, titleBefore}, {22, settings}, {30, titleAfter}}));
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    const std::string spoken = readAll(home / "speech.log");
    INFO(spoken);
    CHECK(spoken.find("fr\tLangue:  ◀ Français ▶") != std::string::npos);
    CHECK(spoken.find("fr\tTaille du texte:  ◀ 150 % ▶") != std::string::npos);
    CHECK(spoken.find("fr\tRespect. Paramètres") != std::string::npos);
    const std::string saved = readAll(home / "config" / "respect" / "settings.json");
    CHECK(saved.find("\"language\": \"fr\"") != std::string::npos);
    CHECK(saved.find("\"textScale\": 150") != std::string::npos);

    // The title's menu is drawn in other words, in larger boxes (the focused one's fill).
    const auto before = load(titleBefore);
    const auto after = load(titleAfter);
    CHECK(differingShare(before, after, 300, 700) > 0.1);
    CHECK(static_cast<double>(count(after, kFocus)) >
          1.3 * static_cast<double>(count(before, kFocus)));
}

TEST_CASE("The title screen and a dialogue in each language", "[window][i18n]") {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return;
    }
    const respect::engine::io::ContentRoot content(RESPECT_SOURCE_DIR);
    const std::string english =
        "Your counter is French-speaking. Your school Dutch is rusty, but it is there.";
    std::optional<sf::Image> englishDialogue;
    for (const std::string language : {"en", "fr", "nl", "de", "es"}) {
        TemporaryFolder home;
        seedSettings(home.path(), R"({"typewriterSpeed": 0, "textToSpeech": true})");
        const auto title = home / "title.png";
        const auto dialogue = home / "dialogue.png";
        const auto log = home / "speech.log";
        const auto result = runRespectAs(
            home.path(), "--lang " + language + " --input-script '" + kScripts +
                             "quit-mid-dialogue.txt' --frames 195 --speech-log '" + log.string() +
                             "'" + shots({{2, title}, {194, dialogue}}));
        INFO(language << "\n" << result.output);
        REQUIRE(result.exitCode == 0);
        const auto ui =
            respect::engine::i18n::Translator::load(content, "locales/{lang}/ui.xlf", language);
        const auto level = respect::engine::i18n::Translator::load(
            content, "locales/{lang}/sample-first-day.xlf", language);
        const std::string spoken = readAll(log);
        INFO(spoken);
        // What the screen says, in that language: the title menu and the narrator's line.
        CHECK(spoken.rfind(language + "\tRespect. " + ui.translate("menu.play", "Play") + "\n",
                           0) == 0);
        CHECK(spoken.find(language + "\t" +
                          level.translate("dutch-customer/start#line-2", english) + "\n") !=
              std::string::npos);
        const sf::Image picture = load(dialogue);
        if (language == "en") {
            englishDialogue = picture;
        } else {
            // The same place, other words: the dialogue box differs from the English one.
            CHECK(differingShare(*englishDialogue, picture, 300, 400, 50, 1230) > 0.01);
        }
        CHECK(load(title).getSize() == sf::Vector2u(1280, 720));
    }
}

TEST_CASE("A team event: the group votes, an encounter is replayed, the group debrief",
          "[window][facilitation]") {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return;
    }
    TemporaryFolder home;
    seedSettings(home.path(), R"({"typewriterSpeed": 0, "textToSpeech": true})");
    const auto log = home / "speech.log";
    const std::vector<std::pair<int, fs::path>> steps = {{32, home / "team-vote.png"},
                                                         {37, home / "team-vote-chart.png"},
                                                         {63, home / "team-rewind.png"},
                                                         {230, home / "team-debrief.png"},
                                                         {250, home / "team-question.png"}};
    const auto result = runRespectAs(home.path(),
                                     "--facilitator --input-script '" + kScripts +
                                         "team-event.txt' --frames 260 --speech-log '" +
                                         log.string() + "'" + shots(steps),
                                     120);
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    const std::string spoken = readAll(log);
    INFO(spoken);
    CHECK(spoken.find("en\tThe group votes.") != std::string::npos);
    CHECK(spoken.find("Hands: 3\n") != std::string::npos); // three hands counted, one by one
    CHECK(spoken.find("en\tMost hands: 1. Switch to Dutch") != std::string::npos);
    CHECK(spoken.find("en\tReplay from a choice. Choice 1, played: Switch to Dutch") !=
          std::string::npos);
    CHECK(spoken.find("en\tGroup debrief: First morning at the counter. Questions, one at a "
                      "time") != std::string::npos);
    CHECK(spoken.find("en\tWhich languages can you serve customers in") != std::string::npos);

    for (std::size_t i = 1; i < steps.size(); ++i) {
        INFO(steps[i].second);
        CHECK(differingShare(load(steps[i - 1].second), load(steps[i].second), 0, 720) > 0.02);
    }
    // Projector layout: high contrast from the start. The chart shows the majority's bar in
    // the bright colour only once the result is revealed.
    const sf::Color cyan(0, 255, 255);
    CHECK(count(load(home / "team-vote.png"), cyan) == 0);
    CHECK(count(load(home / "team-vote-chart.png"), cyan) > 2000);
    CHECK(count(load(home / "team-debrief.png"), cyan) > 200); // the votes, in the debrief
    CHECK(fs::exists(home / "data" / "respect" / "progress.json"));
}
