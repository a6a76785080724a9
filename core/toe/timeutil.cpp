#include "timeutil.h"

#include <cstdio>
#include <ctime>
#include <random>

#include <sys/random.h>
#include <unistd.h>

#ifndef GRND_INSECURE
#define GRND_INSECURE 0x0004 // Linux 5.6; older C libraries lack the name
#endif

namespace Kiln::Toe {

namespace {

bool splitTime(WallClock::time_point t, std::tm &tm, long long &nanos)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
    long long secs = ns / 1000000000LL;
    nanos = ns % 1000000000LL;
    if (nanos < 0) {
        nanos += 1000000000LL;
        --secs;
    }
    const std::time_t tt = static_cast<std::time_t>(secs);
    return gmtime_r(&tt, &tm) != nullptr;
}

// A seed that never waits for the kernel's entropy pool. Early in a guest's boot the pool is not
// initialized yet (no RDRAND under QEMU's TCG CPU, no virtio-rng): std::random_device's
// getrandom() blocks until it is, and even a read of /dev/urandom makes Linux ≥ 5.18 gather
// jitter entropy first — about a second under TCG, which the agent paid before its hello.
// GRND_INSECURE (Linux ≥ 5.6) never waits; older kernels get GRND_NONBLOCK, then the clocks.
// Execution ids need uniqueness, not secrecy.
unsigned long long nonBlockingSeed()
{
    unsigned long long seed = 0;
    if (::getrandom(&seed, sizeof seed, GRND_INSECURE) != static_cast<ssize_t>(sizeof seed)
        && ::getrandom(&seed, sizeof seed, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof seed))
        seed = 0;
    return seed ^ static_cast<unsigned long long>(WallClock::now().time_since_epoch().count())
           ^ (static_cast<unsigned long long>(::getpid()) << 32);
}

} // namespace

std::string rfc3339Nanos(WallClock::time_point t)
{
    // Called for console lines: no snprintf, and the date part is formatted once per second.
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
    long long secs = ns / 1000000000LL;
    long long nanos = ns % 1000000000LL;
    if (nanos < 0) {
        nanos += 1000000000LL;
        --secs;
    }
    thread_local long long cachedSecs = -1;
    thread_local std::string cachedDate; // "2024-05-01T12:34:56."
    if (secs != cachedSecs || cachedDate.empty()) {
        std::tm tm{};
        const std::time_t tt = static_cast<std::time_t>(secs);
        if (!gmtime_r(&tt, &tm))
            return {};
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                      tm.tm_hour, tm.tm_min, tm.tm_sec);
        cachedDate = buf;
        cachedSecs = secs;
    }
    std::string out;
    out.reserve(cachedDate.size() + 10);
    out = cachedDate;
    char digits[10];
    for (int i = 8; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + nanos % 10);
        nanos /= 10;
    }
    digits[9] = 'Z';
    out.append(digits, sizeof digits);
    return out;
}

std::string rfc3339(WallClock::time_point t)
{
    std::tm tm{};
    long long nanos = 0;
    if (!splitTime(t, tm, nanos))
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03lldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, nanos / 1000000);
    return buf;
}

std::string folderTimestamp(WallClock::time_point t)
{
    std::tm tm{};
    long long nanos = 0;
    if (!splitTime(t, tm, nanos))
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d_%02d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

bool parseRfc3339(const std::string &text, WallClock::time_point &out)
{
    std::tm tm{};
    int consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec, &consumed) != 6)
        return false;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    long long nanos = 0;
    size_t i = static_cast<size_t>(consumed);
    if (i < text.size() && text[i] == '.') {
        ++i;
        long long scale = 100000000LL;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            nanos += (text[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    if (i >= text.size() || text[i] != 'Z')
        return false;
    const std::time_t secs = timegm(&tm);
    out = WallClock::time_point(std::chrono::duration_cast<WallClock::duration>(
        std::chrono::seconds(secs) + std::chrono::nanoseconds(nanos)));
    return true;
}

std::string makeUuid()
{
    static thread_local std::mt19937_64 rng{nonBlockingSeed()
                                            ^ static_cast<unsigned long long>(SteadyClock::now().time_since_epoch().count())};
    unsigned char b[16];
    for (int i = 0; i < 16; i += 8) {
        const unsigned long long r = rng();
        for (int k = 0; k < 8; ++k)
            b[i + k] = static_cast<unsigned char>(r >> (8 * k));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return buf;
}

} // namespace Kiln::Toe
