#include <engine/core/Error.hpp>
#include <engine/io/AtomicFile.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace respect::engine::io {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& target, const std::string& what, int code) {
    throw Error(target.string(), 0, what + ": " + std::strerror(code));
}

void writeAll(int fd, std::string_view data, const fs::path& target) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t wrote = ::write(fd, data.data() + done, data.size() - done);
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            fail(target, "cannot write", wrote < 0 ? errno : ENOSPC);
        }
        done += static_cast<std::size_t>(wrote);
    }
}

void syncFolder(const fs::path& folder) {
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

void writeFileAtomically(const fs::path& target, std::string_view contents) {
    const fs::path folder = target.parent_path();
    const fs::path temporary = fs::path(target).concat(".tmp");
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        fail(target, "cannot create temporary file", errno);
    }
    try {
        writeAll(fd, contents, target);
        if (::fsync(fd) != 0) {
            fail(target, "cannot flush", errno);
        }
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    if (::close(fd) != 0) {
        const int code = errno;
        ::unlink(temporary.c_str());
        fail(target, "cannot close", code);
    }
    // Keep the previous generation: a hard link keeps the target in place until the rename.
    std::error_code error;
    if (fs::exists(target, error)) {
        const fs::path backup = fs::path(target).concat(".bak");
        ::unlink(backup.c_str());
        if (::link(target.c_str(), backup.c_str()) != 0) {
            fs::copy_file(target, backup, fs::copy_options::overwrite_existing, error);
        }
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int code = errno;
        ::unlink(temporary.c_str());
        fail(target, "cannot replace", code);
    }
    syncFolder(folder);
}

} // namespace respect::engine::io
