// A libFuzzer target for one kind of user file, named at compile time by
// RESPECT_FUZZ_KIND ("level", "map", ...). Built by tools/fuzz; see docs/reliability.md.

#include "FuzzHarness.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace {
std::unique_ptr<respect::fuzz::FuzzHarness> harness;
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    harness = std::make_unique<respect::fuzz::FuzzHarness>(
        *respect::game::fileKindNamed(RESPECT_FUZZ_KIND), RESPECT_SOURCE_DIR);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    harness->run(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
