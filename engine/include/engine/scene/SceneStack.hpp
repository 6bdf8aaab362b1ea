#pragma once
// The stack of scenes. Only the top scene is updated; requests to push, pop, replace
// or quit are queued and applied between updates, so a scene never destroys itself
// while it runs.

#include <engine/scene/Scene.hpp>

#include <memory>
#include <vector>

namespace respect::engine {

class SceneStack {
public:
    void push(std::unique_ptr<Scene> scene);
    void pop();
    void replace(std::unique_ptr<Scene> scene); ///< pop the top, push this
    void clearAndPush(std::unique_ptr<Scene> scene);
    void requestQuit(int exitCode = 0);

    /// Applies the queued requests in order. Returns true when the stack changed.
    bool applyRequests();

    /// Updates the top scene, then applies requests. Returns true when a redraw is due.
    bool update(const input::InputFrame& input);
    /// Draws the top scene and every overlay chain beneath it, bottom first.
    void draw(Canvas& canvas);

    Scene* top() const { return scenes_.empty() ? nullptr : scenes_.back().get(); }
    std::size_t size() const { return scenes_.size(); }
    bool empty() const { return scenes_.empty(); }
    bool quitRequested() const { return quit_; }
    int exitCode() const { return exitCode_; }

private:
    struct Request {
        enum class Kind { Push, Pop, Replace, Clear };
        Kind kind;
        std::unique_ptr<Scene> scene;
    };
    std::vector<std::unique_ptr<Scene>> scenes_;
    std::vector<Request> requests_;
    bool quit_ = false;
    int exitCode_ = 0;
};

} // namespace respect::engine
