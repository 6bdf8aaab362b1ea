#include <engine/core/Error.hpp>
#include <engine/io/XdgPaths.hpp>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace respect::engine::io {
namespace fs = std::filesystem;

namespace {

/// The variable's value when it is set to an absolute path; empty otherwise.
fs::path absoluteFromEnvironment(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return {};
    }
    fs::path path(value);
    return path.is_absolute() ? path.lexically_normal() : fs::path();
}

fs::path homeFolder() {
    fs::path home = absoluteFromEnvironment("HOME");
    if (!home.empty()) {
        return home;
    }
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 &&
        found != nullptr && found->pw_dir != nullptr && found->pw_dir[0] == '/') {
        return fs::path(found->pw_dir);
    }
    throw Error("", 0, "cannot find the home folder: HOME is not set to an absolute path");
}

fs::path baseFolder(const char* variable, const char* fallbackUnderHome) {
    fs::path base = absoluteFromEnvironment(variable);
    return base.empty() ? homeFolder() / fallbackUnderHome : base;
}

fs::path appFolder(const fs::path& base, std::string_view appName) {
    if (appName.empty() || appName == "." || appName == ".." ||
        appName.find('/') != std::string_view::npos ||
        appName.find('\0') != std::string_view::npos) {
        throw Error("", 0, "invalid application folder name '" + std::string(appName) + "'");
    }
    fs::path folder = base / fs::path(std::string(appName));
    XdgPaths::createPrivateFolder(folder);
    return folder;
}

} // namespace

void XdgPaths::createPrivateFolder(const fs::path& folder) {
    fs::path partial;
    for (const auto& part : folder) {
        partial /= part;
        if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
            const int code = errno;
            throw Error(partial.string(), 0,
                        std::string("cannot create folder: ") + std::strerror(code));
        }
    }
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw Error(folder.string(), 0, "exists but is not a folder");
    }
}

fs::path XdgPaths::dataHome() {
    return baseFolder("XDG_DATA_HOME", ".local/share");
}

fs::path XdgPaths::configHome() {
    return baseFolder("XDG_CONFIG_HOME", ".config");
}

fs::path XdgPaths::appDataDir(std::string_view appName) {
    return appFolder(dataHome(), appName);
}

fs::path XdgPaths::appConfigDir(std::string_view appName) {
    return appFolder(configHome(), appName);
}

} // namespace respect::engine::io
