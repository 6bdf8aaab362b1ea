#pragma once
// One screen of the game (a menu, the world, a dialogue overlay): updated at fixed
// steps, drawn when something changed.

#include <engine/input/InputFrame.hpp>
#include <engine/render/Canvas.hpp>

namespace respect::engine {

class SceneStack;

class Scene {
public:
    virtual ~Scene() = default;

    /// Called when the scene becomes the top of the stack (pushed, or uncovered by a pop).
    virtual void onEnter() {}
    /// One fixed simulation step. Returns true when what the scene draws has changed.
    /// Push/pop requests made on `stack` apply after this step, never during it.
    virtual bool update(const input::InputFrame& input, SceneStack& stack) = 0;
    virtual void draw(Canvas& canvas) = 0;
    /// An overlay is drawn over the scene below it instead of replacing it.
    virtual bool isOverlay() const { return false; }
};

} // namespace respect::engine
