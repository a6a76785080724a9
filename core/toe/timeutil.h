#pragma once
// Wall-clock formatting for logs and reports (RFC 3339, UTC), and the monotonic clock the executor
// uses for durations and deadlines.

#include <chrono>
#include <cstdint>
#include <string>

namespace Kiln::Toe {

using WallClock = std::chrono::system_clock;
using SteadyClock = std::chrono::steady_clock;

// "2024-05-01T12:34:56.123456789Z" (nanoseconds, as AWSTOE's console.log writes them).
std::string rfc3339Nanos(WallClock::time_point t);
// "2024-05-01T12:34:56.123Z" (milliseconds; used in reports).
std::string rfc3339(WallClock::time_point t);
// "2024-05-01_12-34-56" (the TOE_<…>_UTC-0_<id> log folder name).
std::string folderTimestamp(WallClock::time_point t);
// Parses the forms written by rfc3339()/rfc3339Nanos() (UTC "Z" only). False when malformed.
bool parseRfc3339(const std::string &text, WallClock::time_point &out);

// A random RFC 4122 version-4 UUID ("0f8fad5b-d9cb-469f-a165-70867728950e").
std::string makeUuid();

} // namespace Kiln::Toe
