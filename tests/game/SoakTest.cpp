// The short soak: the monkey (tests/soak/Monkey.hpp) plays 30,000 steps through the real
// scenes; nothing may crash or throw, it must finish scenarios, and resident memory may
// not grow by more than 10 % after the first one. tools/soak runs the long version.

#include "Monkey.hpp"
#include "RunProgram.hpp"

#include <engine/core/Log.hpp>

#include <catch2/catch.hpp>

#include <cstdio>

#if defined(__SANITIZE_ADDRESS__)
#define RESPECT_UNDER_ASAN 1 // ASan's quarantine keeps freed memory: RSS says nothing then
#endif

TEST_CASE("A monkey plays through the real scenes without a crash and memory stays flat",
          "[soak]") {
    const respect::test::TemporaryFolder home;
    const auto report = [&] {
        const respect::engine::log::ScopedMinimumLevel quiet(respect::engine::log::Level::Error);
        return respect::test::runMonkey(30000, 20261123u, home.path());
    }();
    std::printf("soak: %llu steps, %d scenarios finished (%d different), %d dialogues, "
                "%d restarts; RSS %ld KiB after the first scenario, %ld KiB at the end\n",
                static_cast<unsigned long long>(report.steps), report.completions,
                report.distinctCompleted, report.dialogues, report.titleReopened,
                report.rssAfterFirstKb, report.rssEndKb);
    CHECK(report.steps == 30000);
    CHECK(report.dialogues >= 10);
    REQUIRE(report.completions >= 1);
#ifndef RESPECT_UNDER_ASAN
    CHECK(report.rssEndKb <= report.rssAfterFirstKb + report.rssAfterFirstKb / 10);
#endif
}
