#include <engine/render/RecordingCanvas.hpp>
#include <engine/scene/SceneStack.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace respect::engine;

namespace {

// A scene that logs what happens to it and can be told to push or pop on its next update.
class ProbeScene final : public Scene {
public:
    ProbeScene(std::string name, std::vector<std::string>& log, bool overlay = false)
        : name_(std::move(name)), log_(log), overlay_(overlay) {}

    void onEnter() override { log_.push_back(name_ + ".enter"); }
    bool update(const input::InputFrame&, SceneStack& stack) override {
        log_.push_back(name_ + ".update");
        if (popNext) {
            stack.pop();
            log_.push_back(name_ + ".still-alive");
        }
        if (pushNext) {
            stack.push(std::move(pushNext));
        }
        return false;
    }
    void draw(Canvas& canvas) override { canvas.drawText(name_, {}, {}); }
    bool isOverlay() const override { return overlay_; }

    bool popNext = false;
    std::unique_ptr<Scene> pushNext;

private:
    std::string name_;
    std::vector<std::string>& log_;
    bool overlay_;
};

} // namespace

TEST_CASE("Scene requests apply between updates, never during one", "[scene][unit]") {
    std::vector<std::string> log;
    SceneStack stack;
    auto title = std::make_unique<ProbeScene>("title", log);
    ProbeScene* titlePtr = title.get();
    stack.push(std::move(title));
    CHECK(stack.empty()); // nothing happens until requests are applied
    stack.applyRequests();
    REQUIRE(stack.size() == 1);

    titlePtr->pushNext = std::make_unique<ProbeScene>("pause", log, true);
    CHECK(stack.update({}));
    CHECK(stack.size() == 2);

    auto* pause = dynamic_cast<ProbeScene*>(stack.top());
    REQUIRE(pause != nullptr);
    pause->popNext = true;
    stack.update({});
    CHECK(stack.size() == 1);
    CHECK(log == std::vector<std::string>{"title.enter", "title.update", "pause.enter",
                                          "pause.update", "pause.still-alive", "title.enter"});
}

TEST_CASE("Only the top scene updates; overlays draw over the scene below", "[scene][unit]") {
    std::vector<std::string> log;
    SceneStack stack;
    stack.push(std::make_unique<ProbeScene>("office", log));
    stack.push(std::make_unique<ProbeScene>("menu", log));
    stack.push(std::make_unique<ProbeScene>("dialogue", log, true));
    stack.applyRequests();
    log.clear();
    stack.update({});
    CHECK(log == std::vector<std::string>{"dialogue.update"});

    RecordingCanvas canvas;
    canvas.clear({});
    stack.draw(canvas);
    const auto texts = canvas.texts();
    REQUIRE(texts.size() == 2); // the office is hidden behind the opaque menu
    CHECK(texts[0].text == "menu");
    CHECK(texts[1].text == "dialogue");
}

TEST_CASE("Quitting is a request with an exit code", "[scene][unit]") {
    SceneStack stack;
    CHECK_FALSE(stack.quitRequested());
    stack.requestQuit(3);
    CHECK(stack.quitRequested());
    CHECK(stack.exitCode() == 3);
}
