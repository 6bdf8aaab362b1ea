#include <engine/core/SharedLibrary.hpp>

#include <dlfcn.h>

namespace respect::engine {

SharedLibrary::SharedLibrary(const char* fileName) : fileName_(fileName) {
    handle_ = ::dlopen(fileName, RTLD_NOW | RTLD_LOCAL);
    if (handle_ == nullptr) {
        const char* why = ::dlerror();
        problem_ = fileName_ + " cannot be loaded (" +
                   (why != nullptr ? std::string(why) : std::string("unknown reason")) + ")";
    }
}

void* SharedLibrary::address(const char* symbol) {
    if (handle_ == nullptr) {
        return nullptr;
    }
    void* found = ::dlsym(handle_, symbol);
    if (found == nullptr && problem_.empty()) {
        problem_ = fileName_ + " has no " + symbol;
    }
    return found;
}

} // namespace respect::engine
