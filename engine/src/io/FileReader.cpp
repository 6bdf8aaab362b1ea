#include <engine/core/Error.hpp>
#include <engine/io/FileReader.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace respect::engine::io {
namespace {

// Closes the descriptor on every path out.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

} // namespace

std::string readFileLimited(const std::filesystem::path& path, std::size_t maxBytes,
                            const std::string& displayName) {
    const std::string name = displayName.empty() ? path.string() : displayName;
    // O_NONBLOCK so that opening a FIFO cannot hang; fstat then refuses anything irregular.
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (file.get() < 0) {
        const int code = errno;
        throw Error(name, 0, code == ENOENT ? "file not found" : std::strerror(code));
    }
    struct stat info {};
    if (::fstat(file.get(), &info) != 0) {
        throw Error(name, 0, std::strerror(errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throw Error(name, 0, "not a regular file");
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size > maxBytes) {
        throw Error(name, 0,
                    "file is too large (" + std::to_string(size) + " bytes, the limit is " +
                        std::to_string(maxBytes) + ")");
    }
    std::string contents(size, '\0');
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(file.get(), contents.data() + done, size - done);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            throw Error(name, 0, std::strerror(errno));
        }
        if (got == 0) {
            break; // the file shrank while we read it
        }
        done += static_cast<std::size_t>(got);
    }
    contents.resize(done);
    return contents;
}

} // namespace respect::engine::io
