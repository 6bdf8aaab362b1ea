// Logging state is process-wide: what a test changes must come back for the next one.
#include <engine/core/Log.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace logging = respect::engine::log;

TEST_CASE("A quiet scope drops chatter and puts the level back when it ends", "[log][unit]") {
    std::vector<std::string> lines;
    const logging::ScopedSink capture(
        [&](logging::Level, const std::string& message) { lines.push_back(message); });
    {
        const logging::ScopedMinimumLevel quiet(logging::Level::Error);
        logging::warning("dropped");
        logging::error("kept");
        {
            const logging::ScopedMinimumLevel verbose(logging::Level::Debug);
            logging::debug("inner");
        }
        logging::info("dropped again");
    }
    logging::info("after");
    CHECK(lines == std::vector<std::string>{"kept", "inner", "after"});
}
