#pragma once
// Sending a request over HTTP(S), as an interface: the game posts records through it, the
// tests through a fake, and engine/curl implements it with libcurl.

#include <string>
#include <utility>
#include <vector>

namespace respect::engine::http {

struct HttpRequest {
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers; ///< name, value
    std::string body;
    std::string username; ///< HTTP basic authentication when not empty
    std::string password;
    double timeoutSeconds = 15.0; ///< the whole exchange; connecting gets at most a third
};

struct HttpResponse {
    int status = 0;    ///< the HTTP status; 0 when no answer came
    std::string body;  ///< at most the first 64 KiB
    std::string error; ///< why no answer came (refused, timed out...); empty otherwise
    bool answered() const { return status != 0; }
};

class HttpClient {
public:
    virtual ~HttpClient() = default;
    /// POSTs `request`; never throws for network trouble, which comes back in `error`.
    virtual HttpResponse post(const HttpRequest& request) = 0;
};

} // namespace respect::engine::http
