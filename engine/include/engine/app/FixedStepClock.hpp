#pragma once
// Turns real elapsed time into a whole number of fixed simulation steps. Leftover time
// carries over; after a stall at most `maxStepsPerFrame` steps run and the rest of the
// backlog is dropped, so a slow frame never spirals into slower ones.

namespace respect::engine {

class FixedStepClock {
public:
    explicit FixedStepClock(double stepSeconds = 1.0 / 60.0, int maxStepsPerFrame = 5);

    /// Adds real time and returns how many steps to run now.
    int advance(double elapsedSeconds);
    /// Real time left before the next step is due.
    double secondsUntilNextStep() const;
    double stepSeconds() const { return stepSeconds_; }

private:
    double stepSeconds_;
    int maxStepsPerFrame_;
    double accumulated_ = 0.0;
};

} // namespace respect::engine
