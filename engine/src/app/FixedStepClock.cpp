#include <engine/app/FixedStepClock.hpp>

#include <algorithm>

namespace respect::engine {

FixedStepClock::FixedStepClock(double stepSeconds, int maxStepsPerFrame)
    : stepSeconds_(stepSeconds), maxStepsPerFrame_(maxStepsPerFrame) {}

int FixedStepClock::advance(double elapsedSeconds) {
    accumulated_ += std::max(0.0, elapsedSeconds);
    int steps = 0;
    while (accumulated_ >= stepSeconds_ && steps < maxStepsPerFrame_) {
        accumulated_ -= stepSeconds_;
        ++steps;
    }
    if (accumulated_ >= stepSeconds_) {
        accumulated_ = 0.0; // drop the backlog instead of catching up forever
    }
    return steps;
}

double FixedStepClock::secondsUntilNextStep() const {
    return std::max(0.0, stepSeconds_ - accumulated_);
}

} // namespace respect::engine
