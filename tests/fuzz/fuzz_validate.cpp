// libFuzzer target: any bytes through the whole component-document front end (YAML loading,
// parsing, validation, reference scanning). It must never crash, hang, leak or trip a sanitizer,
// and every diagnostic it produces must be located inside the input.
#include "core/toe/references.h"
#include "core/toe/validator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_validate: invariant broken: %s\n", what);
        std::abort();
    }
}

// Characters per line, with libyaml's line breaks (LF, CR LF, CR, NEL, LS, PS), for UTF-8 text.
std::vector<int> lineLengths(std::string_view s)
{
    std::vector<int> lengths{0};
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
            lengths.push_back(0);
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
            ++i;
            lengths.push_back(0);
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            i += 2;
            lengths.push_back(0);
        } else if ((c & 0xC0) != 0x80) {
            ++lengths.back();
        }
    }
    return lengths;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Kiln::Toe::ValidationResult r = Kiln::Toe::validateText(text, "fuzz.yml");
    // UTF-16 input is converted before parsing, so its marks refer to the converted text.
    const bool utf16 = size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF));
    const bool bom = size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
    const std::vector<int> lengths = lineLengths(bom ? text.substr(3) : text);
    for (const auto &d : r.diagnostics) {
        check(!d.message.empty() && !d.code.empty(), "diagnostic without message or code");
        const auto &m = d.location.mark;
        check(m.line >= 0 && m.column >= 0, "negative line or column");
        if (utf16 || !m.valid())
            continue;
        // A mark names a real character of the input (or the position just after a line's end).
        check(m.line <= static_cast<int>(lengths.size()), "diagnostic line outside the input");
        check(m.column >= 1 && m.column <= lengths[static_cast<std::size_t>(m.line) - 1] + 1,
              "diagnostic column outside its line");
    }
    for (std::size_t i = 1; i < r.diagnostics.size(); ++i) {
        const auto &a = r.diagnostics[i - 1].location.mark, &b = r.diagnostics[i].location.mark;
        check(a.line < b.line || (a.line == b.line && a.column <= b.column), "diagnostics not sorted");
    }
    check(r.document.has_value() || Kiln::Toe::hasErrors(r.diagnostics), "no document and no error");
    // The reference scanner is also used on run-time values: exercise it on the raw text.
    for (const auto &ref : Kiln::Toe::findReferences(text))
        check(ref.begin < ref.end && ref.end <= text.size(), "reference range outside the text");
    return 0;
}
