// respect-soak: the monkey of Monkey.hpp for a long run (tools/soak). Prints what it did
// and the resident memory after the first finished scenario and at the end; exits 1 when
// memory grew by more than 10 % between the two (not judged under ASan), or when no
// scenario was finished.
//
//   respect-soak [--steps N] [--seed S]     (default 200000 steps, seed 1)

#include "Monkey.hpp"
#include "RunProgram.hpp"

#include <engine/core/Log.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>

int main(int argc, char** argv) {
    std::uint64_t steps = 200000;
    std::uint32_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--steps") == 0) {
            steps = std::strtoull(argv[i + 1], nullptr, 10);
        } else if (std::strcmp(argv[i], "--seed") == 0) {
            seed = static_cast<std::uint32_t>(std::strtoul(argv[i + 1], nullptr, 10));
        } else {
            std::fprintf(stderr, "usage: respect-soak [--steps N] [--seed S]\n");
            return 2;
        }
    }
    respect::engine::log::setMinimumLevel(respect::engine::log::Level::Error);
    try {
        const respect::test::TemporaryFolder home;
        const auto report =
            respect::test::runMonkey(steps, seed, home.path(), [](const std::string& line) {
                std::printf("  %s\n", line.c_str());
                std::fflush(stdout);
            });
        const double growth =
            report.rssAfterFirstKb > 0
                ? 100.0 * static_cast<double>(report.rssEndKb - report.rssAfterFirstKb) /
                      static_cast<double>(report.rssAfterFirstKb)
                : 0.0;
        std::printf("soak: %llu steps (seed %u), %d scenarios finished (%d different), %d "
                    "dialogues, quit and restarted %d times; RSS %ld KiB after the first "
                    "scenario, %ld KiB at the end (%+.1f %%)\n",
                    static_cast<unsigned long long>(report.steps), seed, report.completions,
                    report.distinctCompleted, report.dialogues, report.titleReopened,
                    report.rssAfterFirstKb, report.rssEndKb, growth);
#if defined(__SANITIZE_ADDRESS__)
        // ASan's quarantine keeps freed memory: resident memory says nothing here.
        std::printf("soak: memory not judged under AddressSanitizer\n");
        return report.completions > 0 ? 0 : 1;
#else
        return report.completions > 0 && growth <= 10.0 ? 0 : 1;
#endif
    } catch (const std::exception& error) {
        std::fprintf(stderr, "respect-soak: %s\n", error.what());
        return 1;
    }
}
