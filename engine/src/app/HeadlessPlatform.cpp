#include <engine/app/HeadlessPlatform.hpp>
#include <engine/core/Error.hpp>

namespace respect::engine {

void HeadlessPlatform::present() {
    ++framesPresented_;
}

void HeadlessPlatform::saveScreenshot(const std::filesystem::path& file) {
    throw Error(file.string(), 0, "screenshots need a window; run without --headless");
}

} // namespace respect::engine
