#pragma once
// Lets a scene ask for the next drawn frame to be saved as a PNG ("save the debrief as a
// picture"). The loop fulfils the request right after drawing, before presenting, where
// the picture is complete; the scene hears back through the callback on the same thread.

#include <engine/app/Platform.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace respect::engine {

class FrameCapture {
public:
    /// `error` is empty on success, else says what went wrong (naming the file).
    using Done = std::function<void(const std::filesystem::path& file, const std::string& error)>;

    /// Replaces any request not yet fulfilled.
    void request(std::filesystem::path file, Done done);
    bool pending() const { return request_.has_value(); }
    /// Saves the frame drawn so far through the platform and reports to the requester.
    void fulfil(Platform& platform);

private:
    struct Request {
        std::filesystem::path file;
        Done done;
    };
    std::optional<Request> request_;
};

} // namespace respect::engine
