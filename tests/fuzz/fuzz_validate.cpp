// libFuzzer target: any bytes through the whole component-document front end (YAML loading,
// parsing, validation, reference scanning). It must never crash, hang, leak or trip a sanitizer,
// and every diagnostic it produces must be located inside the input.
#include "core/toe/references.h"
#include "core/toe/sourcetext.h"
#include "core/toe/validator.h"
#include "core/toe/yamlfastpath.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
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

// One parser event as the loader uses it: collection starts by their start mark, collection ends
// by their end mark, scalars by both, with value and style.
std::string eventKey(const yaml_event_t &e)
{
    const auto mark = [](const yaml_mark_t &m) { return std::to_string(m.line) + ":" + std::to_string(m.column) + " "; };
    std::string k = std::to_string(e.type) + " ";
    switch (e.type) {
    case YAML_SCALAR_EVENT:
        return k + mark(e.start_mark) + mark(e.end_mark) + std::to_string(e.data.scalar.style) + (e.data.scalar.tag ? "t" : "") +
               (e.data.scalar.anchor ? "a" : "") + "[" +
               std::string(reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length) + "]";
    case YAML_SEQUENCE_START_EVENT:
        return k + mark(e.start_mark) + std::to_string(e.data.sequence_start.style) + (e.data.sequence_start.tag ? "t" : "") +
               (e.data.sequence_start.anchor ? "a" : "");
    case YAML_MAPPING_START_EVENT:
        return k + mark(e.start_mark) + std::to_string(e.data.mapping_start.style) + (e.data.mapping_start.tag ? "t" : "") +
               (e.data.mapping_start.anchor ? "a" : "");
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: return k + mark(e.end_mark);
    case YAML_DOCUMENT_START_EVENT:
    case YAML_STREAM_END_EVENT:
    case YAML_ALIAS_EVENT: return k;
    default: return {};
    }
}

struct Recorder final : Kiln::Toe::Detail::YamlEventHandler {
    std::vector<std::string> events;
    bool handle(const yaml_event_t &e) override
    {
        events.push_back(eventKey(e));
        return true;
    }
};

// The loader's fast YAML reader must emit exactly libyaml's events whenever it accepts a text,
// and accept nothing libyaml rejects (yamlfastpath.h).
void checkFastPath(std::string_view raw)
{
    Kiln::Toe::SourceText source;
    Kiln::Toe::Diagnostics ignored;
    if (!source.prepare(raw, "fuzz.yml", ignored) || !source.ascii())
        return;
    Recorder fast;
    if (!Kiln::Toe::Detail::readYamlFast(source.text(), fast))
        return;
    std::vector<std::string> expected;
    yaml_parser_t p;
    check(yaml_parser_initialize(&p) != 0, "libyaml could not start");
    yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char *>(source.text().data()), source.text().size());
    yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
    bool ok = true;
    for (bool done = false; !done;) {
        yaml_event_t e;
        if (!yaml_parser_parse(&p, &e)) {
            ok = false;
            break;
        }
        done = e.type == YAML_STREAM_END_EVENT || (e.type == YAML_DOCUMENT_START_EVENT && !expected.empty());
        if (const std::string k = eventKey(e); !k.empty() && !(done && e.type == YAML_DOCUMENT_START_EVENT))
            expected.push_back(k);
        yaml_event_delete(&e);
    }
    yaml_parser_delete(&p);
    check(ok, "the fast YAML reader accepted text that libyaml rejects");
    check(expected == fast.events, "the fast YAML reader's events differ from libyaml's");
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
    checkFastPath(text);
    // The reference scanner is also used on run-time values: exercise it on the raw text.
    for (const auto &ref : Kiln::Toe::findReferences(text))
        check(ref.begin < ref.end && ref.end <= text.size(), "reference range outside the text");
    return 0;
}
