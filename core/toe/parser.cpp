#include "parser.h"

#include "parserinternal.h"
#include "suggest.h"
#include "yamlloader.h"

#include <charconv>

namespace Kiln::Toe {

namespace Detail {

std::string quoteText(std::string_view s)
{
    constexpr std::size_t limit = 60;
    if (s.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut; // don't split a UTF-8 sequence
        return "'" + std::string(s.substr(0, cut)) + "…'";
    }
    return "'" + std::string(s) + "'";
}

std::string describe(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Null: return "nothing";
    case Node::Kind::Scalar: return "the text " + quoteText(node.scalar);
    case Node::Kind::Sequence: return "a list";
    case Node::Kind::Map: return "a mapping";
    }
    return "nothing";
}

std::optional<std::string> Reader::text(const Node &node, Label what)
{
    if (node.isScalar())
        return node.scalar;
    if (node.isNull())
        return std::string();
    error(node.mark, "expected-text", what.str() + " must be text, not " + describe(node));
    return std::nullopt;
}

std::optional<long long> Reader::integer(const Node &node, Label what, const char *hint)
{
    if (node.isScalar()) {
        std::string_view s = node.scalar;
        if (!s.empty() && s.front() == '+')
            s.remove_prefix(1);
        long long value = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (!s.empty() && ec == std::errc() && end == s.data() + s.size())
            return value;
        if (ec == std::errc::result_out_of_range) {
            error(node.mark, "bad-integer", what.str() + " " + quoteText(node.scalar) + " is too large; " + std::string(hint));
            return std::nullopt;
        }
        if (node.scalar.find("{{") != std::string::npos) {
            error(node.mark, "reference-not-allowed",
                  what.str() + " cannot use a {{ }} reference: AWSTOE reads it before any step runs; " + std::string(hint));
            return std::nullopt;
        }
    }
    error(node.mark, "bad-integer", what.str() + " must be a whole number, not " + describe(node) + "; " + std::string(hint));
    return std::nullopt;
}

void Reader::unknownKeys(const Node &map, const std::vector<std::string_view> &known, const std::string &where)
{
    for (const auto &e : map.entries) {
        bool ok = false;
        for (const auto k : known)
            ok = ok || e.key == k;
        if (ok)
            continue;
        std::string list;
        for (const auto k : known)
            list += (list.empty() ? "" : ", ") + std::string(k);
        warning(e.keyMark, "unknown-key",
                "unknown key " + quoteText(e.key) + " in " + where + " is ignored" + didYouMean(e.key, known) +
                    "; the known keys are " + list);
    }
}

namespace {

// parameters: / constants: entries must be single-key mappings `- Name: {type: string, …}`.
// Returns the entry's name/settings, or nothing (after reporting) when the shape is wrong.
const Node::Entry *variableEntry(Reader &r, const Node &item, const char *section, const char *example)
{
    if (item.isMap() && item.entries.size() == 1 && (item.entries[0].value.isMap() || item.entries[0].value.isNull()))
        return &item.entries[0];
    std::string found;
    if (item.isMap()) {
        for (const auto &e : item.entries)
            found += (found.empty() ? "" : ", ") + e.key;
        found = "a mapping with the keys " + found;
    } else {
        found = describe(item);
    }
    const std::string singular = std::string(section) == "parameters" ? "parameter" : "constant";
    if (const Node *name = item.find("name"); name && name->isScalar()) {
        r.error(item.mark, "bad-variable-entry",
                "this " + singular + " is written with a 'name:' key (found " + found +
                    "); AWSTOE wants each entry to be a single-key mapping: write '- " + name->scalar +
                    ":' with its settings indented below it");
        return nullptr;
    }
    r.error(item.mark, "bad-variable-entry",
            "each " + std::string(section) + " entry must be a single-key mapping, its name followed by its settings, e.g. '- " +
                example + "' (found " + found + ")");
    return nullptr;
}

void readParameters(Reader &r, const Node &node, Document &doc)
{
    if (!node.isSequence()) {
        if (!node.isNull())
            r.error(node.mark, "expected-list",
                    "parameters must be a list of '- Name:' entries, not " + describe(node));
        return;
    }
    for (const auto &item : node.items) {
        const Node::Entry *entry = variableEntry(r, item, "parameters", "MyParameter: {type: string, default: 'x'}");
        if (!entry)
            continue;
        Parameter p;
        p.name = entry->key;
        p.mark = entry->keyMark;
        p.type.clear();
        const Node &settings = entry->value;
        const std::string where = "parameter " + quoteText(p.name);
        r.unknownKeys(settings, {"type", "default", "description", "allowedValues"}, where);
        if (const Node *t = settings.find("type")) {
            if (auto s = r.text(*t, {where, ": type"}))
                p.type = *s;
        } else {
            r.error(p.mark, "missing-type", where + " needs 'type: string'");
            p.type = "string";
        }
        if (const Node *d = settings.find("default"); d && !d->isNull()) {
            if (auto s = r.text(*d, {where, ": default"}))
                p.defaultValue = *s;
        }
        if (const Node *d = settings.find("description"))
            p.description = r.text(*d, {where, ": description"}).value_or("");
        if (const Node *a = settings.find("allowedValues")) {
            if (a->isSequence()) {
                for (const auto &v : a->items)
                    if (auto s = r.text(v, {where, ": each of allowedValues"}))
                        p.allowedValues.push_back(*s);
            } else if (!a->isNull()) {
                r.error(a->mark, "expected-list", where + ": allowedValues must be a list of texts, not " + describe(*a));
            }
        }
        doc.parameters.push_back(std::move(p));
    }
}

void readConstants(Reader &r, const Node &node, Document &doc)
{
    if (!node.isSequence()) {
        if (!node.isNull())
            r.error(node.mark, "expected-list", "constants must be a list of '- Name:' entries, not " + describe(node));
        return;
    }
    for (const auto &item : node.items) {
        const Node::Entry *entry = variableEntry(r, item, "constants", "MyConstant: {type: string, value: 'x'}");
        if (!entry)
            continue;
        Constant c;
        c.name = entry->key;
        c.mark = entry->keyMark;
        c.type.clear();
        const Node &settings = entry->value;
        const std::string where = "constant " + quoteText(c.name);
        r.unknownKeys(settings, {"type", "value", "description"}, where);
        if (const Node *t = settings.find("type")) {
            if (auto s = r.text(*t, {where, ": type"}))
                c.type = *s;
        } else {
            r.error(c.mark, "missing-type", where + " needs 'type: string'");
            c.type = "string";
        }
        if (const Node *v = settings.find("value"); v && !v->isNull()) {
            c.valueMark = v->mark;
            if (auto s = r.text(*v, {where, ": value"}))
                c.value = *s;
        } else {
            r.error(c.mark, "missing-constant-value", where + " needs a 'value': a constant cannot be set at run time");
        }
        doc.constants.push_back(std::move(c));
    }
}

void readDocument(Reader &r, Node &root, Document &doc)
{
    doc.mark = root.mark;
    r.unknownKeys(root, {"name", "description", "schemaVersion", "parameters", "constants", "phases"},
                  "the document");
    for (auto &e : root.entries) {
        Node &v = e.value;
        if (e.key == "name") {
            doc.name = r.text(v, "name").value_or("");
        } else if (e.key == "description") {
            doc.description = r.text(v, "description").value_or("");
        } else if (e.key == "schemaVersion") {
            doc.schemaVersionMark = v.isNull() ? e.keyMark : v.mark;
            if (auto s = r.text(v, "schemaVersion")) {
                doc.schemaVersion = *s;
                doc.hasSchemaVersion = true;
            }
        } else if (e.key == "parameters") {
            readParameters(r, v, doc);
        } else if (e.key == "constants") {
            readConstants(r, v, doc);
        } else if (e.key == "phases") {
            doc.phasesMark = e.keyMark;
            if (v.isSequence()) {
                doc.phasesIsList = true;
                readPhases(r, v, doc);
            } else if (v.isMap()) {
                r.error(v.mark, "phases-not-list",
                        "phases must be a list ('- name: build' entries with their steps), not a mapping; "
                        "put '- name:' before each phase");
            } else {
                r.error(v.isNull() ? e.keyMark : v.mark, "phases-not-list",
                        "phases must be a list of phases such as '- name: build', not " + describe(v));
            }
        }
    }
}

} // namespace

} // namespace Detail

ParseResult parseDocument(std::string_view text, const std::string &file)
{
    ParseResult result;
    YamlLoadResult yaml = loadYaml(text, file);
    result.diagnostics = std::move(yaml.diagnostics);
    if (!yaml.root)
        return result;
    Node &root = *yaml.root;
    Detail::Reader r{file, result.diagnostics};
    if (!root.isMap()) {
        r.error(root.mark.valid() ? root.mark : Mark{1, 1}, root.isNull() ? "empty-document" : "not-a-mapping",
                root.isNull() ? std::string("the document is empty; it needs at least 'schemaVersion: 1.0' and 'phases'")
                              : "a component document is a YAML mapping with keys such as name, schemaVersion and "
                                "phases; this file holds " + Detail::describe(root));
        return result;
    }
    Document doc;
    doc.file = file;
    Detail::readDocument(r, root, doc);
    result.document = std::move(doc);
    return result;
}

std::optional<Condition> parseCondition(const Node &node, const std::string &file, Diagnostics &diagnostics)
{
    Detail::Reader r{file, diagnostics};
    return Detail::readCondition(r, node, node.mark, "the expression");
}

} // namespace Kiln::Toe
