#pragma once
// Random (version 4) UUIDs: the ids of xAPI statements and of each play's registration.
// Made once, when a record is written, and stored with it: sending a statement again
// sends the same id, so a Learning Record Store never counts it twice.

#include <string>
#include <string_view>

namespace respect::game {

/// "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" in lower case, from the system's random source.
std::string randomUuid();

/// Whether `text` is a UUID in the canonical 8-4-4-4-12 hexadecimal form.
bool isUuid(std::string_view text);

} // namespace respect::game
