#include <engine/app/FrameCapture.hpp>
#include <engine/core/Error.hpp>

namespace respect::engine {

void FrameCapture::request(std::filesystem::path file, Done done) {
    request_ = Request{std::move(file), std::move(done)};
}

void FrameCapture::fulfil(Platform& platform) {
    if (!request_) {
        return;
    }
    Request request = std::move(*request_);
    request_.reset();
    std::string error;
    try {
        platform.saveScreenshot(request.file);
    } catch (const Error& failure) {
        error = failure.what();
    }
    if (request.done) {
        request.done(request.file, error);
    }
}

} // namespace respect::engine
