#pragma once
// A fast producer of libyaml events for the plain YAML that component documents are almost always
// written in: block mappings and lists, one-line plain and quoted scalars, one-line flow lists and
// mappings of scalars, and `|` blocks. For such text it emits exactly the events (values, styles,
// start and end marks) that libyaml emits, about ten times faster; for anything else — anchors,
// tags, folded or multi-line scalars, escapes, tabs, CR line breaks, non-ASCII text, syntax
// errors — it gives up and the caller parses the text with libyaml instead, so libyaml stays the
// authority on what is valid YAML and on every syntax error message. Internal to yamlloader.cpp
// (and its equivalence test, tests/toe/tst_yamlfastpath.cpp).

#include <yaml.h>

#include <string_view>

namespace Kiln::Toe::Detail {

class YamlEventHandler
{
public:
    virtual ~YamlEventHandler() = default;
    // Returns false to stop reading.
    virtual bool handle(const yaml_event_t &event) = 0;
};

// Emits DOCUMENT_START, the node events and STREAM_END for `text` (prepared by SourceText: no
// BOM, valid UTF-8). Returns false when the text is outside the fast subset or the handler
// stopped; the events already emitted must then be discarded.
bool readYamlFast(std::string_view text, YamlEventHandler &handler);

} // namespace Kiln::Toe::Detail
