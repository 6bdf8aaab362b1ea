#include <engine/core/Error.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/FileReader.hpp>
#include <game/records/LrsDelivery.hpp>
#include <game/text/JsonProblem.hpp>

#include <nlohmann/json.hpp>

namespace respect::game {

namespace {

using Json = nlohmann::json;

constexpr int kStateVersion = 1;

enum class Answer { Stored, Refused, Failed };

Answer classify(const engine::http::HttpResponse& response) {
    if (!response.answered()) {
        return Answer::Failed;
    }
    const int status = response.status;
    if ((status >= 200 && status < 300) || status == 409) {
        return Answer::Stored; // 409: statements with these ids are already there
    }
    // Worth another try later: the settings are wrong (credentials, address) rather than
    // the statements, or the server is busy or in trouble.
    if (status == 401 || status == 403 || status == 404 || status == 405 || status == 408 ||
        status == 429 || status >= 500 || status < 200) {
        return Answer::Failed;
    }
    return Answer::Refused; // this statement is wrong for this LRS: say so, do not resend
}

std::string firstLine(std::string text) {
    text = text.substr(0, text.find('\n'));
    return text.size() > 200 ? text.substr(0, 200) + "..." : text;
}

std::string describe(const engine::http::HttpResponse& response) {
    if (!response.answered()) {
        return response.error;
    }
    const std::string body = firstLine(response.body);
    return "HTTP " + std::to_string(response.status) + (body.empty() ? "" : ": " + body);
}

std::string statementsUrl(std::string endpoint) {
    while (!endpoint.empty() && endpoint.back() == '/') {
        endpoint.pop_back();
    }
    return endpoint + "/statements";
}

Json loadState(const std::filesystem::path& file) {
    std::error_code missing;
    if (!std::filesystem::exists(file, missing)) {
        return Json{{"version", kStateVersion}, {"endpoints", Json::object()}};
    }
    try {
        Json state = Json::parse(engine::io::readFileLimited(file));
        if (!state.is_object() || !state.contains("endpoints") || !state["endpoints"].is_object()) {
            throw engine::Error(file.string(), 0, "not a delivery record; it was left as it is");
        }
        return state;
    } catch (const Json::exception& problem) {
        throw engine::Error(file.string(), 0,
                            "damaged (" + jsonProblem(problem.what()) +
                                "); it was left as it is and nothing was sent");
    }
}

std::size_t deliveredCount(const Json& state, const std::string& endpoint) {
    const auto& endpoints = state["endpoints"];
    const auto found = endpoints.find(endpoint);
    if (found == endpoints.end() || !found->contains("delivered") ||
        !(*found)["delivered"].is_number_unsigned()) {
        return 0;
    }
    return (*found)["delivered"].get<std::size_t>();
}

} // namespace

std::size_t LrsSender::waiting() const {
    const auto lines = folder_.statements();
    const auto done = deliveredCount(loadState(folder_.path() / kStateFile), config_.endpoint);
    return lines.size() > done ? lines.size() - done : 0;
}

LrsDelivery LrsSender::send(engine::http::HttpClient& client) const {
    const auto stateFile = folder_.path() / kStateFile;
    const auto lines = folder_.statements();
    Json state = loadState(stateFile);
    Json& entry = state["endpoints"][config_.endpoint];
    if (!entry.is_object()) {
        entry = Json{{"delivered", 0}, {"refused", Json::array()}};
    }
    std::size_t next = std::min(deliveredCount(state, config_.endpoint), lines.size());
    LrsDelivery delivery;

    const auto post = [&](std::size_t from, std::size_t count) {
        engine::http::HttpRequest request;
        request.url = statementsUrl(config_.endpoint);
        request.headers = {{"X-Experience-API-Version", "1.0.3"},
                           {"Content-Type", "application/json"}};
        request.username = config_.username;
        request.password = config_.password;
        request.body = "[";
        for (std::size_t i = from; i < from + count; ++i) {
            request.body += (i == from ? "" : ",") + lines[i];
        }
        request.body += "]";
        return client.post(request);
    };
    const auto save = [&] {
        entry["delivered"] = next;
        engine::io::writeFileAtomically(stateFile, state.dump(2) + "\n");
    };
    const auto refuse = [&](std::size_t index, const engine::http::HttpResponse& response) {
        std::string id;
        try {
            id = Json::parse(lines[index]).value("id", "");
        } catch (const Json::exception&) {
            id = "line " + std::to_string(index + 1);
        }
        entry["refused"].push_back(
            {{"statement", id}, {"status", response.status}, {"answer", firstLine(response.body)}});
        ++delivery.refused;
        delivery.problems.push_back(config_.endpoint + " refused statement " + id + " (" +
                                    describe(response) + "); it will not be sent again");
    };
    const auto stopHere = [&](const engine::http::HttpResponse& response) {
        delivery.waiting = lines.size() - next;
        delivery.problems.push_back(config_.endpoint + " could not take the records (" +
                                    describe(response) + "); " + std::to_string(delivery.waiting) +
                                    " statements wait and will be sent next time");
    };

    while (next < lines.size()) {
        const std::size_t count = std::min(kBatch, lines.size() - next);
        const auto response = post(next, count);
        const Answer answer = classify(response);
        if (answer == Answer::Failed) {
            stopHere(response);
            break;
        }
        if (answer == Answer::Stored) {
            next += count;
            delivery.sent += count;
            save();
            continue;
        }
        // A batch was refused: send its statements one at a time, to keep every good one
        // and name the bad ones.
        bool failed = false;
        for (std::size_t i = 0; i < count && !failed; ++i) {
            const auto single = count == 1 ? response : post(next, 1);
            switch (classify(single)) {
            case Answer::Stored:
                ++delivery.sent;
                ++next;
                break;
            case Answer::Refused:
                refuse(next, single);
                ++next;
                break;
            case Answer::Failed:
                stopHere(single);
                failed = true;
                break;
            }
        }
        save();
        if (failed) {
            break;
        }
    }
    return delivery;
}

} // namespace respect::game
