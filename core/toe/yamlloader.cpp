// The YAML event source is libyaml: AWSTOE itself parses with go-yaml, a line-by-line port of
// libyaml, so libyaml accepts and rejects exactly what AWSTOE does; it is also ~5x faster than
// yaml-cpp's scanner (tests/bench/bench_validate.cpp) and iterative (no recursion to overflow).
#include "yamlloader.h"

#include "sourcetext.h"
#include "yamlfastpath.h"

#include <yaml.h>

#include <iterator>
#include <span>
#include <unordered_map>

namespace Kiln::Toe {

namespace {

std::string toString(const yaml_char_t *s) { return s ? std::string(reinterpret_cast<const char *>(s)) : std::string(); }

std::size_t countNodes(const Node &n)
{
    std::size_t count = 1;
    for (const auto &item : n.items)
        count += countNodes(item);
    for (const auto &e : n.entries)
        count += countNodes(e.value);
    return count;
}

// Builds the Node tree from libyaml events. Each handler returns false to stop the parse; the
// reason is then in `abort`.
class TreeBuilder
{
public:
    TreeBuilder(const SourceText &source, const std::string &file, Diagnostics &diagnostics)
        : m_source(source), m_file(file), m_diagnostics(diagnostics)
    {
    }

    std::optional<Node> root;
    std::optional<Diagnostic> abort;

    bool scalar(const yaml_event_t &e)
    {
        const auto &s = e.data.scalar;
        const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
        const std::string_view value(reinterpret_cast<const char *>(s.value), s.length);
        // YAML 1.1 null, as go-yaml resolves it: an empty or ~/null plain scalar without a tag.
        const bool null = plain && !s.tag && (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL");
        if (!null && !s.tag && !s.anchor && !m_stack.empty()) {
            // The common case, built in place: no Node for a key, no moves for a value. Does what
            // complete() does for such a scalar, in the same order.
            if (++m_nodes > kMaxYamlNodes)
                return tooManyNodes(toMark(e.start_mark));
            Frame &f = m_stack.back();
            if (f.node.kind == Node::Kind::Map && f.expectKey) {
                f.expectKey = false;
                f.skipValue = false;
                f.key.assign(value);
                f.keyMark = toMark(e.start_mark);
                return true;
            }
            Node *slot = place(f);
            if (!slot)
                return true;
            slot->kind = Node::Kind::Scalar;
            slot->plain = plain;
            slot->mark = toMark(e.start_mark);
            slot->end = toMark(e.end_mark);
            slot->scalar.assign(value);
            if (value.find("{{") != std::string_view::npos)
                locateReferences(*slot, e.start_mark);
            return true;
        }
        Node n;
        n.mark = toMark(e.start_mark);
        n.end = toMark(e.end_mark);
        n.plain = plain;
        if (!noteTag(n, s.tag, e.start_mark))
            return false;
        if (null) {
            n.kind = Node::Kind::Null;
        } else {
            n.kind = Node::Kind::Scalar;
            n.scalar.assign(value);
            if (n.scalar.find("{{") != std::string::npos)
                locateReferences(n, e.start_mark);
        }
        return complete(std::move(n), s.anchor);
    }

    bool alias(const yaml_event_t &e)
    {
        const auto it = m_anchors.find(toString(e.data.alias.anchor));
        if (it == m_anchors.end())
            return stop(e.start_mark, "unknown-anchor",
                        "the alias *" + toString(e.data.alias.anchor) + " refers to no anchor (&name) defined before it");
        if (!budget(e.start_mark, it->second.second))
            return false;
        Node copy = it->second.first;
        copy.mark = toMark(e.start_mark);
        copy.end = toMark(e.end_mark);
        return complete(std::move(copy), nullptr);
    }

    bool collectionStart(const yaml_event_t &e, Node::Kind kind)
    {
        if (m_stack.size() >= static_cast<std::size_t>(kMaxYamlDepth))
            return stop(e.start_mark, "too-deep",
                        "the YAML nests more than " + std::to_string(kMaxYamlDepth) +
                            " levels deep; a component document needs far fewer: check for runaway brackets");
        if (!budget(e.start_mark, 1))
            return false;
        const bool isMap = kind == Node::Kind::Map;
        const yaml_char_t *anchor = isMap ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
        const yaml_char_t *tag = isMap ? e.data.mapping_start.tag : e.data.sequence_start.tag;
        // `key: {{ X }}` / `- {{ X }}`: YAML reads the unquoted braces as a flow mapping.
        const std::size_t offset = m_source.offsetOf(e.start_mark.line, e.start_mark.column);
        const bool braces = isMap && e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE &&
                            offset != std::string_view::npos && m_source.text().substr(offset, 2) == "{{";
        const bool silent = !m_stack.empty() && (m_stack.back().braces || m_stack.back().silent);
        m_stack.emplace_back();
        Frame &f = m_stack.back();
        f.node.kind = kind;
        f.node.mark = toMark(e.start_mark);
        f.node.flow = isMap ? e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                            : e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        // The children gather on a shared stack and move into an exactly sized vector at the end:
        // most collections hold one to three children, and a 5,000-step document has ~25,000.
        f.first = isMap ? m_entries.size() : m_items.size();
        f.anchor = toString(anchor);
        f.braces = braces;
        f.silent = silent;
        f.offset = offset;
        return noteTag(f.node, tag, e.start_mark);
    }

    bool collectionEnd(const yaml_event_t &e)
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.node.kind == Node::Kind::Map) {
            f.node.entries.assign(std::make_move_iterator(m_entries.begin() + f.first), std::make_move_iterator(m_entries.end()));
            m_entries.erase(m_entries.begin() + f.first, m_entries.end());
        } else {
            f.node.items.assign(std::make_move_iterator(m_items.begin() + f.first), std::make_move_iterator(m_items.end()));
            m_items.erase(m_items.begin() + f.first, m_items.end());
        }
        f.node.end = toMark(e.end_mark);
        if (f.braces && !f.silent) {
            // Keep going with the text the user meant, so that later checks still see a string.
            const std::string_view rest = m_source.text().substr(f.offset);
            const std::size_t lineEnd = std::min(rest.find_first_of("\r\n"), rest.size());
            const std::size_t close = rest.substr(0, lineEnd).find("}}");
            std::string text(close == std::string_view::npos ? rest.substr(0, 2) : rest.substr(0, close + 2));
            m_diagnostics.push_back(makeDiagnostic(Severity::Error, m_file, f.node.mark, "unquoted-reference",
                                                   "a value starting with {{ must be quoted, e.g. '" + text +
                                                       "': unquoted, YAML reads the braces as a mapping"));
            Node n = Node::makeScalar(text, f.node.mark, false);
            n.end = f.node.end;
            n.referenceMarks.push_back(f.node.mark);
            return complete(std::move(n), f.anchor);
        }
        if (f.node.kind == Node::Kind::Map && f.hasMergeKey)
            applyMergeKeys(f.node);
        return complete(std::move(f.node), f.anchor);
    }

private:
    struct Frame {
        Node node;
        std::string anchor;
        bool expectKey = true;   // maps: the next completed node is a key
        bool skipValue = false;  // maps: the key was unusable, drop its value
        bool braces = false;     // an unquoted {{ … }} read as a flow map
        bool silent = false;     // inside such braces: build, but report nothing
        std::size_t offset = std::string_view::npos;
        std::string key;
        Mark keyMark;
        std::size_t first = 0;   // where its children start in m_items / m_entries
        std::unordered_map<std::string, Mark> keys; // duplicate detection for big maps
        bool hasMergeKey = false;                    // a `<<` key was seen
    };

    // YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`), which go-yaml — and so AWSTOE — applies:
    // the merged mappings' entries are added unless the mapping sets them itself (earlier
    // sources in a list win).
    void applyMergeKeys(Node &map)
    {
        std::vector<Node::Entry> own, merged;
        for (auto &e : map.entries)
            (e.key == "<<" ? merged : own).push_back(std::move(e));
        std::vector<Node::Entry> result = std::move(own);
        const auto has = [&](const std::string &key) {
            for (const auto &e : result)
                if (e.key == key)
                    return true;
            return false;
        };
        for (auto &m : merged) {
            std::vector<Node *> sources;
            if (m.value.isMap())
                sources.push_back(&m.value);
            else if (m.value.isSequence())
                for (auto &item : m.value.items)
                    if (item.isMap())
                        sources.push_back(&item);
            if (sources.empty() || (m.value.isSequence() && sources.size() != m.value.items.size()))
                m_diagnostics.push_back(makeDiagnostic(Severity::Error, m_file, m.keyMark, "bad-merge-key",
                                                       "'<<' merges mappings: give it an alias of a mapping "
                                                       "(<<: *name) or a list of them"));
            for (Node *source : sources)
                for (auto &e : source->entries)
                    if (!has(e.key))
                        result.push_back(std::move(e));
        }
        map.entries = std::move(result);
    }

    // libyaml counts lines and columns from 0, columns in characters.
    Mark toMark(const yaml_mark_t &m) const { return m_source.clampedMark(m.line, m.column); }

    bool stop(const yaml_mark_t &mark, const char *code, std::string message)
    {
        abort = makeDiagnostic(Severity::Error, m_file, toMark(mark), code, std::move(message));
        return false;
    }

    bool budget(const yaml_mark_t &mark, std::size_t nodes)
    {
        m_nodes += nodes;
        if (m_nodes <= kMaxYamlNodes)
            return true;
        return stop(mark, "too-many-nodes",
                    "the document expands to more than " + std::to_string(kMaxYamlNodes) +
                        " YAML values (through aliases or sheer size); a component document is far smaller");
    }

    bool complete(Node &&n, const yaml_char_t *anchor)
    {
        static const std::string none;
        return anchor ? complete(std::move(n), toString(anchor)) : complete(std::move(n), none);
    }

    bool complete(Node &&n, const std::string &anchor)
    {
        if (n.kind != Node::Kind::Map && n.kind != Node::Kind::Sequence && ++m_nodes > kMaxYamlNodes)
            return tooManyNodes(n.mark);
        if (!anchor.empty())
            m_anchors[anchor] = {n, countNodes(n)};
        if (m_stack.empty()) {
            root = std::move(n);
            return true;
        }
        Frame &f = m_stack.back();
        if (f.node.kind == Node::Kind::Sequence) {
            m_items.push_back(std::move(n));
            return true;
        }
        if (!f.expectKey) {
            if (Node *slot = place(f))
                *slot = std::move(n);
            return true;
        }
        f.expectKey = false;
        f.skipValue = false;
        if (n.kind == Node::Kind::Scalar) {
            f.key = std::move(n.scalar);
            f.keyMark = n.mark;
            return true;
        }
        f.skipValue = true;
        if (!f.braces && !f.silent)
            m_diagnostics.push_back(
                n.kind == Node::Kind::Null
                    ? makeDiagnostic(Severity::Error, m_file, n.mark, "empty-key", "a mapping key is missing before ':'")
                    : makeDiagnostic(Severity::Error, m_file, n.mark, "complex-key",
                                     "a mapping key must be plain text, not a list or mapping"));
        return true;
    }

    bool tooManyNodes(Mark mark)
    {
        abort = makeDiagnostic(Severity::Error, m_file, mark, "too-many-nodes",
                               "the document holds more than " + std::to_string(kMaxYamlNodes) +
                                   " YAML values; a component document is far smaller");
        return false;
    }

    // Where the next completed value of the collection `f` goes (f is not a map expecting a key):
    // a new item, a new entry under the pending key, or nowhere (nullptr) when the key was unusable.
    Node *place(Frame &f)
    {
        if (f.node.kind == Node::Kind::Sequence)
            return &m_items.emplace_back();
        f.expectKey = true;
        if (f.skipValue)
            return nullptr;
        if (f.key == "<<")
            f.hasMergeKey = true;
        else if (!f.silent)
            checkDuplicate(f);
        Node::Entry &entry = m_entries.emplace_back();
        entry.key = std::move(f.key);
        entry.keyMark = f.keyMark;
        return &entry.value;
    }

    void checkDuplicate(Frame &f)
    {
        const Mark *first = nullptr;
        const auto entries = std::span(m_entries).subspan(f.first);
        if (entries.size() < 16) {
            for (const auto &e : entries)
                if (e.key == f.key) {
                    first = &e.keyMark;
                    break;
                }
        } else {
            if (f.keys.empty())
                for (const auto &e : entries)
                    f.keys.emplace(e.key, e.keyMark);
            const auto [it, inserted] = f.keys.emplace(f.key, f.keyMark);
            if (!inserted)
                first = &it->second;
        }
        if (first)
            m_diagnostics.push_back(makeDiagnostic(
                Severity::Error, m_file, f.keyMark, "duplicate-key",
                "the key '" + f.key + "' is already set at line " + std::to_string(first->line) +
                    "; YAML allows each key once per mapping: remove or rename one"));
    }

    bool noteTag(Node &n, const yaml_char_t *tagChars, const yaml_mark_t &mark)
    {
        if (!tagChars)
            return true;
        std::string tag = toString(tagChars);
        if (tag == "!")
            return true;
        // The YAML core schema tags (!!str, !!int, …) are harmless; anything else (CloudFormation's
        // !Sub, !Ref, …) means the text was not meant for AWSTOE as it stands.
        const bool core = tag.rfind("tag:yaml.org,2002:", 0) == 0;
        n.tag = std::move(tag);
        if (core || (!m_stack.empty() && m_stack.back().silent))
            return true;
        m_diagnostics.push_back(makeDiagnostic(
            Severity::Warning, m_file, toMark(mark), "unknown-tag",
            "the YAML tag '" + n.tag + "' means nothing to AWSTOE and is ignored (is this part of a "
                                       "CloudFormation template rather than a component document?)"));
        return true;
    }

    // Finds each "{{" of the scalar in the source, so references inside block scalars get their own line.
    void locateReferences(Node &n, const yaml_mark_t &mark)
    {
        std::size_t wanted = 0;
        for (std::size_t i = n.scalar.find("{{"); i != std::string::npos; i = n.scalar.find("{{", i + 2))
            ++wanted;
        const std::string_view text = m_source.text();
        std::size_t at = m_source.offsetOf(mark.line, mark.column);
        if (at == std::string_view::npos)
            return;
        const std::size_t limit = std::min(text.size(), at + n.scalar.size() * 8 + 1024);
        n.referenceMarks.reserve(wanted);
        while (n.referenceMarks.size() < wanted) {
            at = text.find("{{", at);
            if (at == std::string_view::npos || at >= limit)
                break;
            n.referenceMarks.push_back(m_source.markAtOffset(at));
            at += 2;
        }
    }

    const SourceText &m_source;
    const std::string &m_file;
    Diagnostics &m_diagnostics;
    std::vector<Frame> m_stack;
    std::unordered_map<std::string, std::pair<Node, std::size_t>> m_anchors;
    std::size_t m_nodes = 0;
    std::vector<Node> m_items;            // children of the open sequences, innermost last
    std::vector<Node::Entry> m_entries;   // entries of the open mappings, innermost last
};

// Feeds parser events (libyaml's or the fast reader's) to the TreeBuilder.
class EventDispatcher final : public Detail::YamlEventHandler
{
public:
    EventDispatcher(TreeBuilder &builder, const SourceText &source, const std::string &file, Diagnostics &diagnostics)
        : m_builder(builder), m_source(source), m_file(file), m_diagnostics(diagnostics)
    {
    }

    int documents = 0;
    bool done = false;

    bool handle(const yaml_event_t &e) override
    {
        switch (e.type) {
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1) {
                // go-yaml's Unmarshal (AWSTOE) reads the first document only.
                m_diagnostics.push_back(makeDiagnostic(
                    Severity::Warning, m_file, m_source.clampedMark(e.start_mark.line, e.start_mark.column),
                    "multiple-documents",
                    "the file holds more than one YAML document ('---' starts another); only the first is "
                    "used, as AWSTOE does: move the rest into its own file"));
                done = true;
            }
            return true;
        case YAML_SCALAR_EVENT: return m_builder.scalar(e);
        case YAML_ALIAS_EVENT: return m_builder.alias(e);
        case YAML_SEQUENCE_START_EVENT: return m_builder.collectionStart(e, Node::Kind::Sequence);
        case YAML_MAPPING_START_EVENT: return m_builder.collectionStart(e, Node::Kind::Map);
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: return m_builder.collectionEnd(e);
        case YAML_STREAM_END_EVENT: done = true; return true;
        default: return true;
        }
    }

private:
    TreeBuilder &m_builder;
    const SourceText &m_source;
    const std::string &m_file;
    Diagnostics &m_diagnostics;
};

// Where to point: libyaml reports some errors where it gave up (end of file, the next line) while
// the cause is where its context started (an unclosed quote, a line that is not `key: value`).
const yaml_mark_t &syntaxErrorMark(const yaml_parser_t &p)
{
    const std::string context = p.context ? p.context : "";
    const std::string problem = p.problem ? p.problem : "";
    if (context.find("simple key") != std::string::npos ||
        (context.find("quoted scalar") != std::string::npos && problem.find("end of stream") != std::string::npos))
        return p.context_mark;
    return p.problem_mark;
}

// libyaml's messages are precise but terse; add what the user can do about the usual causes.
std::string explainSyntaxError(const yaml_parser_t &p, const SourceText &source)
{
    const std::string problem = p.problem ? p.problem : "invalid YAML";
    const std::string context = p.context ? p.context : "";
    const yaml_mark_t &at = syntaxErrorMark(p);
    const std::string_view line = source.lineText(at.line);
    const auto has = [](const std::string &s, const char *what) { return s.find(what) != std::string::npos; };
    const auto lineHas = [&](std::string_view s) { return line.find(s) != std::string_view::npos; };
    const std::size_t column = at.column;
    const std::size_t offset = source.offsetOf(at.line, column);
    const char before = offset != std::string_view::npos && offset > 0 ? source.text()[offset - 1] : '\0';

    std::string hint;
    const char here = offset != std::string_view::npos && offset < source.text().size() ? source.text()[offset] : '\0';
    if (has(problem, "tab") || here == '\t') {
        hint = "indent YAML with spaces, not tabs";
    } else if (lineHas(": {{") || lineHas("- {{") || lineHas(":{{")) {
        hint = "a value starting with {{ must be quoted as a whole, e.g. '{{ Name }} and more text'";
    } else if (has(problem, "unknown escape")) {
        hint = "in double quotes a backslash starts an escape: use single quotes for Windows paths and "
               "regular expressions, or double each backslash";
    } else if (has(context, "quoted scalar") && has(problem, "end of stream")) {
        hint = "the quoted value starting here is never closed: add its closing quote (or remove a stray quote)";
    } else if (has(problem, "mapping values are not allowed")) {
        hint = "this value contains ': ' — quote the whole value, or use a '|' block for commands";
    } else if (has(problem, "cannot start any token")) {
        hint = "values starting with @ or ` (and some other characters) must be quoted";
    } else if (has(context, "flow")) {
        hint = "a '[' or '{' is not closed properly: close it, or quote the value if it is meant as text";
    } else if (before == '\'' || before == '"') {
        hint = "there is text after a closing quote: a quoted value must end at its closing quote "
               "(quote the whole value, or remove the stray quote)";
    } else if (column == 0 && !line.empty() && line.front() != ' ' && line.front() != '#' && at.line > 0) {
        hint = "this line starts in column 1, which ends every indented block above it; indent it like the "
               "lines of its block (text in a '|' block must stay indented more than its key)";
    } else {
        hint = "check the indentation of this line and the lines above it, and quote values that contain "
               "': ' or ' #' or start with one of { [ * & ! % @ `";
    }
    std::string message = "YAML syntax error: " + problem;
    if (!context.empty())
        message += " (" + context + " that starts at line " +
                   std::to_string(source.clampedMark(p.context_mark.line, p.context_mark.column).line) + ")";
    return message + "; " + hint;
}

} // namespace

YamlLoadResult loadYaml(std::string_view text, const std::string &file)
{
    YamlLoadResult result;
    SourceText source;
    if (!source.prepare(text, file, result.diagnostics))
        return result;

    const std::string_view t = source.text();

    // Most documents are plain block YAML in ASCII: read them without libyaml when the fast reader
    // can (same events, same marks); anything else, and every syntax error, goes through libyaml.
    if (source.ascii()) {
        Diagnostics fastDiagnostics = result.diagnostics;
        TreeBuilder fastBuilder(source, file, fastDiagnostics);
        EventDispatcher fastDispatcher(fastBuilder, source, file, fastDiagnostics);
        if (Detail::readYamlFast(t, fastDispatcher) && fastDispatcher.done && fastBuilder.root && !fastBuilder.abort) {
            result.diagnostics = std::move(fastDiagnostics);
            result.root = std::move(fastBuilder.root);
            return result;
        }
    }

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        result.diagnostics.push_back(makeDiagnostic(Severity::Error, file, {}, "out-of-memory", "cannot start the YAML parser"));
        return result;
    }
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(t.data()), t.size());
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

    TreeBuilder builder(source, file, result.diagnostics);
    EventDispatcher dispatcher(builder, source, file, result.diagnostics);
    bool ok = true;
    while (ok && !dispatcher.done) {
        yaml_event_t e;
        if (!yaml_parser_parse(&parser, &e)) {
            if (parser.error == YAML_MEMORY_ERROR)
                result.diagnostics.push_back(makeDiagnostic(Severity::Error, file, {}, "out-of-memory",
                                                            "the document is too large to load"));
            else
                result.diagnostics.push_back(makeDiagnostic(
                    Severity::Error, file, source.clampedMark(syntaxErrorMark(parser).line, syntaxErrorMark(parser).column),
                    "yaml-syntax", explainSyntaxError(parser, source)));
            ok = false;
            break;
        }
        ok = dispatcher.handle(e);
        yaml_event_delete(&e);
    }
    yaml_parser_delete(&parser);

    if (builder.abort) {
        result.diagnostics.push_back(*builder.abort);
        return result;
    }
    if (!ok)
        return result;
    if (dispatcher.documents == 0 || !builder.root) {
        result.diagnostics.push_back(makeDiagnostic(Severity::Error, file, {1, 1}, "empty-document",
                                                    "the file is empty; a component document needs at least "
                                                    "'schemaVersion: 1.0' and 'phases'"));
        return result;
    }
    result.root = std::move(builder.root);
    return result;
}

} // namespace Kiln::Toe
