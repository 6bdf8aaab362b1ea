#include "GameFixture.hpp"

namespace respect::test {

GameFixture::GameFixture(std::filesystem::path home,
                         game::RecordsUploader::ClientFactory httpClients)
    : content_(RESPECT_SOURCE_DIR) {
    if (home.empty()) {
        ownHome_ = std::make_unique<TemporaryFolder>();
        home = ownHome_->path();
    }
    home_ = home;
    services_ = std::make_unique<game::GameServices>(
        content_, audio_, game::PlayerFolders{home_ / "data", home_ / "config"}, nullptr, nullptr,
        [this](std::string_view text, std::string_view) { spoken_.emplace_back(text); },
        game::RunOverrides{}, std::move(httpClients));
}

void GameFixture::openTitle() {
    stack_.push(std::make_unique<game::TitleScene>(context(), services_->startupNotices()));
    stack_.applyRequests();
    draw();
}

void GameFixture::press(engine::input::Action action) {
    engine::input::InputFrame frame;
    frame.setPressed(action);
    frame.setHeld(action, true);
    stack_.update(frame);
    draw();
}

void GameFixture::pressTogether(std::initializer_list<engine::input::Action> actions) {
    engine::input::InputFrame frame;
    for (const auto action : actions) {
        frame.setPressed(action);
        frame.setHeld(action, true);
    }
    stack_.update(frame);
    draw();
}

void GameFixture::idle(int steps) {
    for (int i = 0; i < steps; ++i) {
        stack_.update(engine::input::InputFrame{});
    }
    draw();
}

void GameFixture::draw() {
    canvas_.clear({});
    stack_.draw(canvas_);
    // The loop's part: a frame asked for ("save as a picture") is saved after the draw.
    if (context().capture.pending()) {
        context().capture.fulfil(platform_);
    }
}

bool GameFixture::showing(const std::string& prefix) const {
    for (const auto& text : canvas_.texts()) {
        if (text.text.rfind(prefix, 0) == 0) {
            return true;
        }
    }
    return false;
}

std::string GameFixture::screenText() const {
    std::string all;
    for (const auto& text : canvas_.texts()) {
        all += text.text + "\n";
    }
    return all;
}

} // namespace respect::test
