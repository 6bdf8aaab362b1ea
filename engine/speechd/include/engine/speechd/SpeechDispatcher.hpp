#pragma once
// Text to speech through speech-dispatcher (built when RESPECT_WITH_SPEECH is on).

#include <engine/speech/SpeechService.hpp>

#include <memory>
#include <string>

namespace respect::engine {

/// A SpeechService that speaks through the speech-dispatcher daemon, started if needed.
/// Connecting and speaking happen on a worker thread (SpeechQueue): the caller never waits.
/// When the daemon cannot be reached, available() turns false and a warning is logged once.
/// `clientName` names the program to the daemon (e.g. "respect").
std::unique_ptr<SpeechService> makeSpeechDispatcher(std::string clientName);

} // namespace respect::engine
