#pragma once
// Where a Runner is: showing a line (advance() moves on), waiting for choose(), or ended
// (also before the first start()).

namespace respect::engine::dialogue {

enum class RunnerState { ShowingLine, AwaitingChoice, Ended };

/// "ShowingLine", "AwaitingChoice" or "Ended".
const char* runnerStateName(RunnerState state);

} // namespace respect::engine::dialogue
