#include "SpeechDispatcherBackend.hpp"

#include <engine/speech/SpeechQueue.hpp>
#include <engine/speechd/SpeechDispatcher.hpp>

namespace respect::engine {

std::unique_ptr<SpeechService> makeSpeechDispatcher(std::string clientName) {
    return std::make_unique<SpeechQueue>(
        std::make_unique<SpeechDispatcherBackend>(std::move(clientName)));
}

} // namespace respect::engine
