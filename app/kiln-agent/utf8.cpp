#include "utf8.h"

namespace Kiln::Agent {

namespace {

constexpr std::string_view Replacement = "\xEF\xBF\xBD";

// Length of the valid sequence starting at s[0] (1–4), 0 when invalid, -1 when s ends before
// the sequence could be judged complete (a valid prefix of a longer sequence).
int sequenceLength(std::string_view s)
{
    const auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char c = b(0);
    if (c < 0x80)
        return 1;
    int len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // bounds of the second byte (RFC 3629 table)
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; // no overlong forms
        if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F; // ≤ U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < len; ++i) {
        if (static_cast<size_t>(i) >= s.size())
            return -1;
        const unsigned char x = b(i);
        if (i == 1 ? (x < lo || x > hi) : (x < 0x80 || x > 0xBF))
            return 0;
    }
    return len;
}

} // namespace

size_t appendSanitizedUtf8(std::string &out, std::string_view in, size_t maxOut, bool final)
{
    size_t i = 0;
    while (i < in.size()) {
        // Fast path: a run of ASCII.
        size_t j = i;
        const size_t room = maxOut > out.size() ? maxOut - out.size() : 0;
        while (j < in.size() && j - i < room && static_cast<unsigned char>(in[j]) < 0x80)
            ++j;
        if (j > i) {
            out.append(in.data() + i, j - i);
            i = j;
            continue;
        }
        if (room == 0)
            break;
        const int len = sequenceLength(in.substr(i));
        if (len < 0 && !final)
            break; // incomplete at the end: wait for the rest
        if (len <= 0) {
            if (room < Replacement.size())
                break;
            out += Replacement;
            ++i;
            continue;
        }
        if (static_cast<size_t>(len) > room)
            break;
        out.append(in.data() + i, static_cast<size_t>(len));
        i += static_cast<size_t>(len);
    }
    return i;
}

} // namespace Kiln::Agent
