#include "yamlloader.h"

#include "sourcetext.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>
#include <unordered_map>

namespace Kiln::Toe {

namespace {

// Reads a string_view in place (yaml-cpp wants an istream; copying 10 MB into a stringstream is waste).
class ViewBuffer : public std::streambuf
{
public:
    explicit ViewBuffer(std::string_view s)
    {
        char *p = const_cast<char *>(s.data()); // read-only get area; never written through
        setg(p, p, p + s.size());
    }
};

// Thrown by the builder to stop yaml-cpp early; carries a located diagnostic.
struct LoadAbort {
    Diagnostic diagnostic;
};
struct SecondDocument {
    YAML::Mark mark;
};

std::size_t countNodes(const Node &n)
{
    std::size_t count = 1;
    for (const auto &item : n.items)
        count += countNodes(item);
    for (const auto &e : n.entries)
        count += countNodes(e.value);
    return count;
}

class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(const SourceText &source, const std::string &file, Diagnostics &diagnostics)
        : m_source(source), m_file(file), m_diagnostics(diagnostics)
    {
    }

    std::optional<Node> root;
    int documents = 0;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (documents > 0)
            throw SecondDocument{mark};
        ++documents;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        Node n;
        n.kind = Node::Kind::Null;
        // yaml-cpp marks an empty value at the next token; a value position right after its key
        // reads better in messages.
        n.mark = (!m_stack.empty() && !m_stack.back().expectKey) ? m_stack.back().keyMark : toMark(mark);
        complete(std::move(n), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            abort(mark, "unknown-anchor", "this alias refers to an anchor that is not defined before it");
        budget(mark, it->second.second);
        Node copy = it->second.first;
        copy.mark = toMark(mark);
        complete(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        Node n;
        n.kind = Node::Kind::Scalar;
        n.scalar = value;
        n.mark = toMark(mark);
        n.plain = tag == "?";
        noteTag(n, tag, mark);
        if (n.scalar.find("{{") != std::string::npos)
            locateReferences(n, mark);
        complete(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        Frame &f = push(mark, anchor);
        f.node.kind = Node::Kind::Sequence;
        noteTag(f.node, tag, mark);
    }
    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        // `key: {{ X }}` / `- {{ X }}`: YAML reads the unquoted braces as a flow mapping.
        const std::size_t offset = m_source.offsetOf(mark.line, mark.column);
        const bool braces = style == YAML::EmitterStyle::Flow && offset != std::string_view::npos &&
                            m_source.text().substr(offset, 2) == "{{";
        const bool insideBraces = !m_stack.empty() && m_stack.back().braces;
        Frame &f = push(mark, anchor);
        f.node.kind = Node::Kind::Map;
        f.braces = braces;
        f.silent = insideBraces;
        f.offset = offset;
        noteTag(f.node, tag, mark);
    }
    void OnMapEnd() override { pop(); }

private:
    struct Frame {
        Node node;
        YAML::anchor_t anchor = 0;
        bool expectKey = true;   // maps: the next completed node is a key
        bool skipValue = false;  // maps: the key was unusable, drop its value
        bool braces = false;     // an unquoted {{ … }} read as a flow map
        bool silent = false;     // inside such braces: build, but report nothing
        std::size_t offset = std::string_view::npos;
        std::string key;
        Mark keyMark;
        std::unordered_map<std::string, Mark> keys; // duplicate detection for big maps
    };

    Mark toMark(const YAML::Mark &m) const { return m_source.markAtLineColumn(m.line, m.column); }

    [[noreturn]] void abort(const YAML::Mark &mark, const char *code, std::string message)
    {
        throw LoadAbort{makeDiagnostic(Severity::Error, m_file, toMark(mark), code, std::move(message))};
    }

    void budget(const YAML::Mark &mark, std::size_t nodes)
    {
        m_nodes += nodes;
        if (m_nodes > kMaxYamlNodes)
            abort(mark, "too-many-nodes",
                  "the document expands to more than " + std::to_string(kMaxYamlNodes) +
                      " YAML values (through aliases or sheer size); a component document is far smaller");
    }

    Frame &push(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (static_cast<int>(m_stack.size()) >= kMaxYamlDepth)
            abort(mark, "too-deep",
                  "the YAML nests more than " + std::to_string(kMaxYamlDepth) +
                      " levels deep; a component document needs far fewer: check for runaway brackets");
        budget(mark, 1);
        m_stack.emplace_back();
        Frame &f = m_stack.back();
        f.node.mark = toMark(mark);
        f.anchor = anchor;
        return f;
    }

    void pop()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.braces && !f.silent) {
            // Keep going with the text the user meant, so later checks still see a string.
            const std::string_view rest = m_source.text().substr(f.offset);
            const std::size_t lineEnd = std::min(rest.find('\n'), rest.size());
            const std::size_t close = rest.substr(0, lineEnd).find("}}");
            std::string text(close == std::string_view::npos ? rest.substr(0, 2) : rest.substr(0, close + 2));
            m_diagnostics.push_back(makeDiagnostic(
                Severity::Error, m_file, f.node.mark, "unquoted-reference",
                "a value starting with {{ must be quoted, e.g. '" + text +
                    "': unquoted, YAML reads the braces as a mapping"));
            Node n = Node::makeScalar(text, f.node.mark, false);
            n.referenceMarks.push_back(f.node.mark);
            complete(std::move(n), f.anchor);
            return;
        }
        complete(std::move(f.node), f.anchor);
    }

    void complete(Node n, YAML::anchor_t anchor)
    {
        if (n.kind != Node::Kind::Map && n.kind != Node::Kind::Sequence)
            budget({}, 1);
        if (anchor != 0) {
            const std::size_t size = countNodes(n);
            m_anchors[anchor] = {n, size};
        }
        if (m_stack.empty()) {
            root = std::move(n);
            return;
        }
        Frame &f = m_stack.back();
        if (f.node.kind == Node::Kind::Sequence) {
            f.node.items.push_back(std::move(n));
            return;
        }
        if (f.expectKey) {
            f.expectKey = false;
            f.skipValue = false;
            if (n.kind == Node::Kind::Scalar) {
                f.key = std::move(n.scalar);
                f.keyMark = n.mark;
            } else {
                f.skipValue = true;
                if (!f.braces && !f.silent && n.kind != Node::Kind::Null)
                    m_diagnostics.push_back(makeDiagnostic(Severity::Error, m_file, n.mark, "complex-key",
                                                           "a mapping key must be plain text, not a list or mapping"));
                else if (!f.braces && !f.silent)
                    m_diagnostics.push_back(makeDiagnostic(Severity::Error, m_file, n.mark, "empty-key",
                                                           "a mapping key is missing before ':'"));
            }
            return;
        }
        f.expectKey = true;
        if (f.skipValue)
            return;
        if (!f.silent)
            checkDuplicate(f);
        f.node.entries.push_back({std::move(f.key), f.keyMark, std::move(n)});
    }

    void checkDuplicate(Frame &f)
    {
        const Mark *first = nullptr;
        if (f.node.entries.size() < 16) {
            for (const auto &e : f.node.entries)
                if (e.key == f.key) {
                    first = &e.keyMark;
                    break;
                }
        } else {
            if (f.keys.empty())
                for (const auto &e : f.node.entries)
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

    void noteTag(Node &n, const std::string &tag, const YAML::Mark &mark)
    {
        if (tag.empty() || tag == "?" || tag == "!")
            return;
        n.tag = tag;
        // The YAML core schema tags (!!str, !!int, …) are harmless; anything else (CloudFormation's
        // !Sub, !Ref, …) means the text was not meant for AWSTOE as it stands.
        if (tag.rfind("tag:yaml.org,2002:", 0) == 0)
            return;
        if (!m_stack.empty() && m_stack.back().silent)
            return;
        m_diagnostics.push_back(makeDiagnostic(
            Severity::Warning, m_file, toMark(mark), "unknown-tag",
            "the YAML tag '" + tag + "' means nothing to AWSTOE and is ignored (is this part of a "
                                     "CloudFormation template rather than a component document?)"));
    }

    // Finds each "{{" of the scalar in the source, so references inside block scalars get their own line.
    void locateReferences(Node &n, const YAML::Mark &mark)
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
    std::unordered_map<YAML::anchor_t, std::pair<Node, std::size_t>> m_anchors;
    std::size_t m_nodes = 0;
};

// yaml-cpp's messages are terse; add what the user can do about the usual causes.
std::string explainSyntaxError(const std::string &what, const SourceText &source, const YAML::Mark &mark)
{
    const std::string_view line = source.lineText(mark.line);
    std::string hint;
    const auto contains = [&](std::string_view s) { return line.find(s) != std::string_view::npos; };
    if (what.find("tab") != std::string::npos) {
        hint = "indent YAML with spaces, not tabs";
    } else if (contains(": {{") || contains("- {{")) {
        hint = "a value starting with {{ must be quoted as a whole, e.g. '{{ Name }} more text'";
    } else if (mark.column > 0 && static_cast<std::size_t>(mark.column) <= line.size() &&
               (line[static_cast<std::size_t>(mark.column) - 1] == '\'' ||
                line[static_cast<std::size_t>(mark.column) - 1] == '"')) {
        hint = "there is text after a closing quote: a quoted value must end at its closing quote "
               "(quote the whole value, or remove the stray quote)";
    } else if (!line.empty() && line.find_first_not_of(' ') == 0 && mark.column == 0 && mark.line > 0) {
        hint = "this line starts in column 1 inside an indented block: indent it like the lines of its "
               "block (text inside a '|' block must stay indented more than its key)";
    } else {
        hint = "check the indentation of this line and the lines above it, and quote values that "
               "contain ': ' or ' #' or start with one of { [ * & ! % @ `";
    }
    return "YAML syntax error: " + what + "; " + hint;
}

} // namespace

YamlLoadResult loadYaml(std::string_view text, const std::string &file)
{
    YamlLoadResult result;
    SourceText source;
    if (!source.prepare(text, file, result.diagnostics))
        return result;

    ViewBuffer buffer(source.text());
    std::istream in(&buffer);
    TreeBuilder builder(source, file, result.diagnostics);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);
        if (builder.documents > 0)
            parser.HandleNextDocument(builder); // only returns when there is no second document
    } catch (const SecondDocument &second) {
        result.diagnostics.push_back(makeDiagnostic(
            Severity::Warning, file, source.markAtLineColumn(second.mark.line, second.mark.column),
            "multiple-documents",
            "the file holds more than one YAML document ('---' starts another); only the first is used, "
            "as AWSTOE does: move the rest into its own file"));
    } catch (const LoadAbort &abort) {
        result.diagnostics.push_back(abort.diagnostic);
        return result;
    } catch (const YAML::DeepRecursion &e) {
        result.diagnostics.push_back(makeDiagnostic(
            Severity::Error, file, source.markAtLineColumn(e.mark.line, e.mark.column), "too-deep",
            "the YAML nests too deeply for a component document; check for runaway brackets"));
        return result;
    } catch (const YAML::Exception &e) {
        result.diagnostics.push_back(makeDiagnostic(Severity::Error, file,
                                                    source.markAtLineColumn(e.mark.line, e.mark.column),
                                                    "yaml-syntax", explainSyntaxError(e.msg, source, e.mark)));
        return result;
    } catch (const std::bad_alloc &) {
        result.diagnostics.push_back(makeDiagnostic(Severity::Error, file, {}, "out-of-memory",
                                                    "the document is too large to load"));
        return result;
    }
    if (builder.documents == 0 || !builder.root) {
        result.diagnostics.push_back(makeDiagnostic(Severity::Error, file, {1, 1}, "empty-document",
                                                    "the file is empty; a component document needs at least "
                                                    "'schemaVersion: 1.0' and 'phases'"));
        return result;
    }
    result.root = std::move(builder.root);
    return result;
}

} // namespace Kiln::Toe
