#include <engine/curl/CurlHttpClient.hpp>

#include <curl/curl.h>

#include <mutex>

namespace respect::engine::curl {

namespace {

constexpr std::size_t kMaxAnswerBytes = 64u * 1024u;

std::size_t collect(char* data, std::size_t size, std::size_t count, void* target) {
    auto* body = static_cast<std::string*>(target);
    const std::size_t bytes = size * count;
    if (body->size() < kMaxAnswerBytes) {
        body->append(data, std::min(bytes, kMaxAnswerBytes - body->size()));
    }
    return bytes; // the rest is read and dropped, not an error
}

class CurlHttpClient final : public http::HttpClient {
public:
    CurlHttpClient() {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    }

    http::HttpResponse post(const http::HttpRequest& request) override {
        http::HttpResponse response;
        CURL* handle = curl_easy_init();
        if (handle == nullptr) {
            response.error = "libcurl could not start a request";
            return response;
        }
        curl_slist* headers = nullptr;
        for (const auto& [name, value] : request.headers) {
            headers = curl_slist_append(headers, (name + ": " + value).c_str());
        }
        const auto milliseconds = static_cast<long>(request.timeoutSeconds * 1000.0);
        char problem[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
        curl_easy_setopt(handle, CURLOPT_POST, 1L);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, milliseconds);
        curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds / 3);
        curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, problem);
        curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
        if (!request.username.empty()) {
            curl_easy_setopt(handle, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
            curl_easy_setopt(handle, CURLOPT_USERNAME, request.username.c_str());
            curl_easy_setopt(handle, CURLOPT_PASSWORD, request.password.c_str());
        }
        const CURLcode code = curl_easy_perform(handle);
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
            response.status = static_cast<int>(status);
        } else {
            response.error = problem[0] != '\0' ? problem : curl_easy_strerror(code);
        }
        curl_slist_free_all(headers);
        curl_easy_cleanup(handle);
        return response;
    }
};

} // namespace

std::unique_ptr<http::HttpClient> makeCurlHttpClient() {
    return std::make_unique<CurlHttpClient>();
}

} // namespace respect::engine::curl
