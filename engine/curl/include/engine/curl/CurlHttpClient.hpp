#pragma once
// engine::http::HttpClient on libcurl (Debian's libcurl4-openssl-dev): HTTPS with the
// system's certificates, basic authentication, timeouts, no signals.

#include <engine/http/HttpClient.hpp>

#include <memory>

namespace respect::engine::curl {

std::unique_ptr<http::HttpClient> makeCurlHttpClient();

} // namespace respect::engine::curl
