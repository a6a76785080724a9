// libFuzzer target: any bytes through the whole component-document front end (YAML loading,
// parsing, validation, reference scanning). It must never crash, hang, leak or trip a sanitizer,
// and every diagnostic it produces must be located inside the input.
#include "core/toe/references.h"
#include "core/toe/validator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_validate: invariant broken: %s\n", what);
        std::abort();
    }
}

int lineCount(std::string_view s)
{
    // An upper bound of the lines libyaml can count: LF, CR, and the bytes ending NEL/LS/PS.
    int lines = 1;
    for (unsigned char c : s)
        lines += c == '\n' || c == '\r' || c == 0x85 || c == 0xA8 || c == 0xA9;
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Kiln::Toe::ValidationResult r = Kiln::Toe::validateText(text, "fuzz.yml");
    const int lines = lineCount(text) + 1;
    for (const auto &d : r.diagnostics) {
        check(!d.message.empty() && !d.code.empty(), "diagnostic without message or code");
        check(d.location.mark.line >= 0 && d.location.mark.line <= lines, "diagnostic line outside the input");
        check(d.location.mark.column >= 0, "negative column");
    }
    check(r.document.has_value() || Kiln::Toe::hasErrors(r.diagnostics), "no document and no error");
    // The reference scanner is also used on run-time values: exercise it on the raw text.
    for (const auto &ref : Kiln::Toe::findReferences(text))
        check(ref.begin < ref.end && ref.end <= text.size(), "reference range outside the text");
    return 0;
}
