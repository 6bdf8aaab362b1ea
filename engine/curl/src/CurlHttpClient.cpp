#include <engine/core/SharedLibrary.hpp>
#include <engine/curl/CurlHttpClient.hpp>

#include <curl/curl.h>

#include <string>

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

/// libcurl, opened the first time a request is sent rather than when the game starts:
/// with its TLS, Kerberos and LDAP libraries it is about 30 shared objects that every
/// launch would otherwise map and relocate, for a feature most players never use.
struct CurlLibrary {
    decltype(&curl_global_init) globalInit = nullptr;
    decltype(&curl_easy_init) easyInit = nullptr;
    decltype(&curl_easy_setopt) easySetopt = nullptr;
    decltype(&curl_easy_perform) easyPerform = nullptr;
    decltype(&curl_easy_getinfo) easyGetinfo = nullptr;
    decltype(&curl_easy_strerror) easyStrerror = nullptr;
    decltype(&curl_easy_cleanup) easyCleanup = nullptr;
    decltype(&curl_slist_append) slistAppend = nullptr;
    decltype(&curl_slist_free_all) slistFreeAll = nullptr;
    std::string problem; ///< why it could not be opened; empty when it was

    static const CurlLibrary& get() {
        static const CurlLibrary library = open();
        return library;
    }

private:
    static CurlLibrary open() {
        CurlLibrary library;
        SharedLibrary curl("libcurl.so.4");
        curl.find(library.globalInit, "curl_global_init");
        curl.find(library.easyInit, "curl_easy_init");
        curl.find(library.easySetopt, "curl_easy_setopt");
        curl.find(library.easyPerform, "curl_easy_perform");
        curl.find(library.easyGetinfo, "curl_easy_getinfo");
        curl.find(library.easyStrerror, "curl_easy_strerror");
        curl.find(library.easyCleanup, "curl_easy_cleanup");
        curl.find(library.slistAppend, "curl_slist_append");
        curl.find(library.slistFreeAll, "curl_slist_free_all");
        library.problem = curl.problem();
        if (library.problem.empty() && library.globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            library.problem = "libcurl could not start";
        }
        return library;
    }
};

class CurlHttpClient final : public http::HttpClient {
public:
    http::HttpResponse post(const http::HttpRequest& request) override {
        http::HttpResponse response;
        const CurlLibrary& curl = CurlLibrary::get();
        if (!curl.problem.empty()) {
            response.error = curl.problem;
            return response;
        }
        CURL* handle = curl.easyInit();
        if (handle == nullptr) {
            response.error = "libcurl could not start a request";
            return response;
        }
        curl_slist* headers = nullptr;
        for (const auto& [name, value] : request.headers) {
            headers = curl.slistAppend(headers, (name + ": " + value).c_str());
        }
        const auto milliseconds = static_cast<long>(request.timeoutSeconds * 1000.0);
        char problem[CURL_ERROR_SIZE] = {};
        curl.easySetopt(handle, CURLOPT_URL, request.url.c_str());
        curl.easySetopt(handle, CURLOPT_POST, 1L);
        curl.easySetopt(handle, CURLOPT_POSTFIELDS, request.body.data());
        curl.easySetopt(handle, CURLOPT_POSTFIELDSIZE_LARGE,
                        static_cast<curl_off_t>(request.body.size()));
        curl.easySetopt(handle, CURLOPT_HTTPHEADER, headers);
        curl.easySetopt(handle, CURLOPT_TIMEOUT_MS, milliseconds);
        curl.easySetopt(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds / 3);
        curl.easySetopt(handle, CURLOPT_NOSIGNAL, 1L);
        curl.easySetopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
        curl.easySetopt(handle, CURLOPT_ERRORBUFFER, problem);
        curl.easySetopt(handle, CURLOPT_WRITEFUNCTION, collect);
        curl.easySetopt(handle, CURLOPT_WRITEDATA, &response.body);
        if (!request.username.empty()) {
            curl.easySetopt(handle, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
            curl.easySetopt(handle, CURLOPT_USERNAME, request.username.c_str());
            curl.easySetopt(handle, CURLOPT_PASSWORD, request.password.c_str());
        }
        const CURLcode code = curl.easyPerform(handle);
        if (code == CURLE_OK) {
            long status = 0;
            curl.easyGetinfo(handle, CURLINFO_RESPONSE_CODE, &status);
            response.status = static_cast<int>(status);
        } else {
            response.error = problem[0] != '\0' ? problem : curl.easyStrerror(code);
        }
        curl.slistFreeAll(headers);
        curl.easyCleanup(handle);
        return response;
    }
};

} // namespace

std::unique_ptr<http::HttpClient> makeCurlHttpClient() {
    return std::make_unique<CurlHttpClient>();
}

} // namespace respect::engine::curl
