#include <engine/scene/SceneStack.hpp>

namespace respect::engine {

void SceneStack::push(std::unique_ptr<Scene> scene) {
    requests_.push_back({Request::Kind::Push, std::move(scene)});
}

void SceneStack::pop() {
    requests_.push_back({Request::Kind::Pop, nullptr});
}

void SceneStack::replace(std::unique_ptr<Scene> scene) {
    requests_.push_back({Request::Kind::Replace, std::move(scene)});
}

void SceneStack::clearAndPush(std::unique_ptr<Scene> scene) {
    requests_.push_back({Request::Kind::Clear, nullptr});
    requests_.push_back({Request::Kind::Push, std::move(scene)});
}

void SceneStack::requestQuit(int exitCode) {
    quit_ = true;
    exitCode_ = exitCode;
}

bool SceneStack::applyRequests() {
    if (requests_.empty()) {
        return false;
    }
    // Requests made by onEnter() run in the next round, in order.
    auto pending = std::move(requests_);
    requests_.clear();
    for (auto& request : pending) {
        switch (request.kind) {
        case Request::Kind::Push:
            scenes_.push_back(std::move(request.scene));
            break;
        case Request::Kind::Pop:
            if (!scenes_.empty()) {
                scenes_.pop_back();
            }
            break;
        case Request::Kind::Replace:
            if (!scenes_.empty()) {
                scenes_.pop_back();
            }
            scenes_.push_back(std::move(request.scene));
            break;
        case Request::Kind::Clear:
            scenes_.clear();
            break;
        }
    }
    if (!scenes_.empty()) {
        scenes_.back()->onEnter();
    }
    return true;
}

bool SceneStack::update(const input::InputFrame& input) {
    bool changed = applyRequests();
    if (Scene* scene = top()) {
        changed = scene->update(input, *this) || changed;
    }
    return applyRequests() || changed;
}

void SceneStack::draw(Canvas& canvas) {
    if (scenes_.empty()) {
        return;
    }
    std::size_t first = scenes_.size() - 1;
    while (first > 0 && scenes_[first]->isOverlay()) {
        --first;
    }
    for (std::size_t i = first; i < scenes_.size(); ++i) {
        scenes_[i]->draw(canvas);
    }
}

} // namespace respect::engine
