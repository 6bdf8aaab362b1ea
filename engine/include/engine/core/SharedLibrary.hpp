#pragma once
// A shared library opened while the game runs (dlopen), for optional features whose
// libraries would otherwise be mapped and relocated at every launch: sending records
// (libcurl) and reading aloud (libspeechd). It stays open for the life of the process,
// since such libraries keep global state.

#include <string>

namespace respect::engine {

class SharedLibrary {
public:
    /// Opens the library by its file name ("libcurl.so.4"); problem() says why not.
    explicit SharedLibrary(const char* fileName);

    /// Points `function` at the library's `symbol`, or sets it to nullptr and records the
    /// first missing symbol in problem().
    template <typename Function> void find(Function*& function, const char* symbol) {
        function = reinterpret_cast<Function*>(address(symbol));
    }

    /// Empty when the library and every symbol asked for were found.
    const std::string& problem() const { return problem_; }

private:
    void* address(const char* symbol);

    std::string fileName_;
    void* handle_ = nullptr;
    std::string problem_;
};

} // namespace respect::engine
