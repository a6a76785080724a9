#include "yamledit.h"
#include "yamledit_p.h"
#include "yamlloader.h"

#include <algorithm>

namespace Kiln::Toe {

using Detail::ItemBlock;
using Detail::Slot;
using Detail::TextTools;

struct ComponentText::Data {
    std::string text;
    std::string file;
    std::size_t base = 0; // 3 when the text starts with a UTF-8 BOM (SourceText drops it)
    SourceText source;
    Node root;
    YamlStyle style;
    std::optional<TextTools> tools;
};

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

Error fail(const std::string &file, Mark mark, std::string message) { return Error{std::move(message), Location{file, mark}}; }

// Learns the document's indentation from its first nested mapping and its first list under a key.
void learnStyle(const Node &node, int keyColumn, TextTools &tools, YamlStyle &style, bool &haveMap, bool &haveSeq)
{
    if (!node.isMap() || node.flow)
        return;
    for (const auto &e : node.entries) {
        const Node &v = e.value;
        const int col = tools.column(e.keyMark);
        if (v.isMap() && !v.flow && !v.entries.empty() && !haveMap) {
            const int delta = tools.column(v.entries.front().keyMark) - col;
            if (delta > 0 && delta <= 8) {
                style.indent = delta;
                haveMap = true;
            }
        }
        if (v.isSequence() && !v.flow && !v.items.empty() && !haveSeq) {
            const std::size_t dash = tools.offset(v.mark);
            if (dash != std::string::npos) {
                const int dashCol = static_cast<int>(dash - tools.lineStart(dash));
                style.indentSequences = dashCol > col;
                haveSeq = true;
            }
        }
        learnStyle(v, col, tools, style, haveMap, haveSeq);
        if (v.isSequence() && !v.flow)
            for (const auto &item : v.items)
                learnStyle(item, col, tools, style, haveMap, haveSeq);
        if (haveMap && haveSeq)
            return;
    }
    (void)keyColumn;
}

std::string scalarText(const Node *n) { return n && n->isScalar() ? n->scalar : std::string(); }

TextEdits merge(TextEdits a, const TextEdits &b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end(), [](const TextEdit &x, const TextEdit &y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
    });
    return a;
}

bool overlapping(const TextEdits &edits)
{
    for (std::size_t i = 1; i < edits.size(); ++i)
        if (edits[i].begin < edits[i - 1].end)
            return true;
    return false;
}

} // namespace

std::string applyEdits(std::string_view text, const TextEdits &edits)
{
    std::string out(text);
    for (auto it = edits.rbegin(); it != edits.rend(); ++it)
        out.replace(it->begin, it->end - it->begin, it->text);
    return out;
}

ComponentText::ComponentText(std::shared_ptr<const Data> data) : d(std::move(data)) {}

Result<ComponentText> ComponentText::load(std::string text, const std::string &file)
{
    auto data = std::make_shared<Data>();
    data->text = std::move(text);
    data->file = file;
    data->base = std::string_view(data->text).substr(0, 3) == kBom ? 3 : 0;
    YamlLoadResult loaded = loadYaml(data->text, file);
    if (!loaded.root) {
        for (const auto &diag : loaded.diagnostics)
            if (diag.severity == Severity::Error)
                return unexpected(Error{diag.message, diag.location});
        return unexpected(fail(file, {}, "the YAML cannot be read"));
    }
    if (!loaded.root->isMap())
        return unexpected(fail(file, loaded.root->mark, "the document's top level must be a mapping (name, phases, …)"));
    data->root = std::move(*loaded.root);
    Diagnostics ignored;
    data->source.prepare(data->text, file, ignored);
    // Offsets are computed on the text itself: a file SourceText had to convert (UTF-16) is refused.
    if (data->source.text().data() != data->text.data() + data->base)
        return unexpected(fail(file, {}, "the document is not UTF-8 text; save it as UTF-8 to edit it visually"));
    const std::size_t eol = data->text.find('\n');
    if (eol != std::string::npos && eol > 0 && data->text[eol - 1] == '\r')
        data->style.eol = "\r\n";
    data->tools.emplace(data->text, data->source, data->base, data->style);
    bool haveMap = false, haveSeq = false;
    learnStyle(data->root, 0, *data->tools, data->style, haveMap, haveSeq);
    return ComponentText(std::move(data));
}

const std::string &ComponentText::text() const { return d->text; }
const Node &ComponentText::root() const { return d->root; }
const YamlStyle &ComponentText::style() const { return d->style; }

namespace {

struct Lookup {
    const Node::Entry *phasesEntry = nullptr;
    const Node *phases = nullptr;
};

Lookup lookup(const Node &root)
{
    Lookup l;
    l.phasesEntry = root.findEntry("phases");
    if (l.phasesEntry && l.phasesEntry->value.isSequence())
        l.phases = &l.phasesEntry->value;
    return l;
}

const Node::Entry *stepsEntry(const Node &phase) { return phase.isMap() ? phase.findEntry("steps") : nullptr; }

} // namespace

std::size_t ComponentText::phaseCount() const
{
    const Lookup l = lookup(d->root);
    return l.phases ? l.phases->items.size() : 0;
}

std::size_t ComponentText::stepCount(std::size_t phase) const
{
    const Lookup l = lookup(d->root);
    if (!l.phases || phase >= l.phases->items.size())
        return 0;
    const Node::Entry *s = stepsEntry(l.phases->items[phase]);
    return s && s->value.isSequence() ? s->value.items.size() : 0;
}

const Node *ComponentText::step(StepAddress at) const
{
    const Lookup l = lookup(d->root);
    if (!l.phases || at.phase >= l.phases->items.size())
        return nullptr;
    const Node::Entry *s = stepsEntry(l.phases->items[at.phase]);
    if (!s || !s->value.isSequence() || at.step >= s->value.items.size())
        return nullptr;
    return &s->value.items[at.step];
}

std::vector<OutlinePhase> ComponentText::outline() const
{
    std::vector<OutlinePhase> out;
    const Lookup l = lookup(d->root);
    if (!l.phases)
        return out;
    const TextTools &t = *d->tools;
    const auto lineOf = [&](std::size_t offset) { return d->source.markAtOffset(offset - std::min(offset, d->base)).line; };
    for (std::size_t p = 0; p < l.phases->items.size(); ++p) {
        const Node &phase = l.phases->items[p];
        OutlinePhase op;
        op.name = scalarText(phase.find("name"));
        op.mark = phase.mark;
        op.firstLine = phase.mark.line;
        op.lastLine = lineOf(t.contentEnd(phase));
        if (auto b = t.itemBlock(*l.phases, p))
            op.firstLine = lineOf(b->dash);
        if (const Node::Entry *s = stepsEntry(phase); s && s->value.isSequence()) {
            for (std::size_t i = 0; i < s->value.items.size(); ++i) {
                const Node &step = s->value.items[i];
                OutlineStep os;
                os.name = scalarText(step.find("name"));
                os.action = scalarText(step.find("action"));
                os.mark = step.mark;
                os.firstLine = step.mark.line;
                os.lastLine = lineOf(t.contentEnd(step));
                if (auto b = t.itemBlock(s->value, i); b && !s->value.flow)
                    os.firstLine = lineOf(b->dash);
                op.steps.push_back(std::move(os));
            }
        }
        out.push_back(std::move(op));
    }
    return out;
}

std::optional<std::pair<std::size_t, std::size_t>> ComponentText::stepRange(StepAddress at) const
{
    const Lookup l = lookup(d->root);
    if (!step(at))
        return std::nullopt;
    const Node &steps = stepsEntry(l.phases->items[at.phase])->value;
    auto b = d->tools->itemBlock(steps, at.step);
    if (!b)
        return std::nullopt;
    return std::make_pair(b->dash, b->end);
}

// --- Edits ----------------------------------------------------------------------------------------

namespace {

Result<Slot> stepsSlot(const Node &root, const TextTools &t, const std::string &file, std::size_t phase)
{
    const Lookup l = lookup(root);
    if (!l.phasesEntry)
        return unexpected(fail(file, root.mark, "the document has no 'phases' list yet; add a phase first"));
    if (!l.phases)
        return unexpected(fail(file, l.phasesEntry->keyMark, "'phases' is not a list; fix it in the text first"));
    if (phase >= l.phases->items.size())
        return unexpected(fail(file, l.phasesEntry->keyMark, "there is no phase " + std::to_string(phase + 1)));
    const Node &p = l.phases->items[phase];
    if (!p.isMap())
        return unexpected(fail(file, p.mark, "this phase is not a mapping with name and steps; fix it in the text first"));
    const Node::Entry *s = stepsEntry(p);
    if (!s)
        return unexpected(fail(file, p.mark, "this phase has no 'steps'"));
    if (!s->value.isSequence() && !s->value.isNull())
        return unexpected(fail(file, s->value.mark, "'steps' is not a list; fix it in the text first"));
    return Slot{&s->value, s, t.column(s->keyMark)};
}

Result<TextEdits> located(Result<TextEdits> r, const std::string &file)
{
    if (!r && r.error().location.file.empty())
        r.error().location.file = file;
    return r;
}

} // namespace

Result<TextEdits> ComponentText::setStepField(StepAddress at, const std::string &key, const std::optional<Node> &value) const
{
    const Node *s = step(at);
    if (!s)
        return unexpected(fail(d->file, {}, "there is no such step"));
    if (!s->isMap())
        return unexpected(fail(d->file, s->mark, "this step is not a mapping; fix it in the text first"));
    if (s->flow)
        return unexpected(fail(d->file, s->mark, "this step is written in flow style ({…}); edit it in the text"));
    return located(d->tools->setEntry(Slot{s, nullptr, d->tools->column(s->mark)}, key, value, {"inputs", "loop", "if"}), d->file);
}

Result<TextEdits> ComponentText::setInputField(StepAddress at, std::optional<std::size_t> entry, const std::string &key,
                                               const std::optional<Node> &value) const
{
    const Node *s = step(at);
    if (!s || !s->isMap())
        return unexpected(fail(d->file, {}, "there is no such step"));
    const Node::Entry *inputs = s->findEntry("inputs");
    if (!inputs || inputs->value.isNull()) {
        if (!value)
            return TextEdits{};
        Node map = yamlMap({{key, {}, *value}});
        if (entry)
            return setStepField(at, "inputs", yamlList({map}));
        return setStepField(at, "inputs", map);
    }
    const TextTools &t = *d->tools;
    const Slot inputsSlot{&inputs->value, inputs, t.column(inputs->keyMark)};
    if (!entry) {
        if (inputs->value.isSequence())
            return unexpected(fail(d->file, inputs->value.mark, "this step's inputs are a list of operations; choose one"));
        return located(t.setEntry(inputsSlot, key, value), d->file);
    }
    if (!inputs->value.isSequence())
        return unexpected(fail(d->file, inputs->value.mark, "this step's inputs are not a list of operations"));
    if (*entry >= inputs->value.items.size())
        return unexpected(fail(d->file, inputs->value.mark, "there is no operation " + std::to_string(*entry + 1)));
    const Node &op = inputs->value.items[*entry];
    if (op.flow || !op.isMap())
        return unexpected(fail(d->file, op.mark, "this operation is not a block mapping; edit it in the text"));
    return located(t.setEntry(Slot{&op, nullptr, t.column(op.mark)}, key, value), d->file);
}

Result<TextEdits> ComponentText::addInputEntry(StepAddress at, const Node &operation) const
{
    const Node *s = step(at);
    if (!s || !s->isMap())
        return unexpected(fail(d->file, {}, "there is no such step"));
    const Node::Entry *inputs = s->findEntry("inputs");
    if (!inputs || inputs->value.isNull())
        return setStepField(at, "inputs", yamlList({operation}));
    const TextTools &t = *d->tools;
    const Slot slot{&inputs->value, inputs, t.column(inputs->keyMark)};
    auto dash = t.dashColumnFor(slot);
    if (!dash)
        return unexpected(dash.error());
    const std::string lines = t.itemText(operation, *dash, 2);
    return located(t.insertItem(slot, inputs->value.isSequence() ? inputs->value.items.size() : 0, lines, operation), d->file);
}

Result<TextEdits> ComponentText::removeInputEntry(StepAddress at, std::size_t entry) const
{
    const Node *s = step(at);
    const Node::Entry *inputs = s && s->isMap() ? s->findEntry("inputs") : nullptr;
    if (!inputs || !inputs->value.isSequence())
        return unexpected(fail(d->file, {}, "this step's inputs are not a list of operations"));
    const TextTools &t = *d->tools;
    return located(t.removeItem(Slot{&inputs->value, inputs, t.column(inputs->keyMark)}, entry), d->file);
}

Result<TextEdits> ComponentText::insertStep(std::size_t phase, std::size_t index, const Node &stepNode) const
{
    const TextTools &t = *d->tools;
    const Lookup l = lookup(d->root);
    if (l.phases && phase < l.phases->items.size() && l.phases->items[phase].isMap() && !stepsEntry(l.phases->items[phase])) {
        const Node &p = l.phases->items[phase];
        if (p.flow)
            return unexpected(fail(d->file, p.mark, "this phase is written in flow style ({…}); edit it in the text"));
        return located(t.setEntry(Slot{&p, nullptr, t.column(p.mark)}, "steps", yamlList({stepNode})), d->file);
    }
    auto slot = stepsSlot(d->root, t, d->file, phase);
    if (!slot)
        return unexpected(slot.error());
    auto dash = t.dashColumnFor(*slot);
    if (!dash)
        return unexpected(dash.error());
    int keyOffset = 2;
    if (slot->value->isSequence() && !slot->value->flow && !slot->value->items.empty())
        if (auto b = t.itemBlock(*slot->value, 0))
            keyOffset = b->keyOffset;
    return located(t.insertItem(*slot, index, t.itemText(stepNode, *dash, keyOffset), stepNode), d->file);
}

Result<TextEdits> ComponentText::removeStep(StepAddress at) const
{
    auto slot = stepsSlot(d->root, *d->tools, d->file, at.phase);
    if (!slot)
        return unexpected(slot.error());
    if (!slot->value->isSequence() || at.step >= slot->value->items.size())
        return unexpected(fail(d->file, slot->value->mark, "there is no such step"));
    return located(d->tools->removeItem(*slot, at.step), d->file);
}

Result<TextEdits> ComponentText::moveStep(StepAddress from, std::size_t toPhase, std::size_t toIndex) const
{
    const TextTools &t = *d->tools;
    auto src = stepsSlot(d->root, t, d->file, from.phase);
    if (!src)
        return unexpected(src.error());
    if (!src->value->isSequence() || from.step >= src->value->items.size())
        return unexpected(fail(d->file, src->value->mark, "there is no such step"));
    const Node &item = src->value->items[from.step];
    if (toPhase == from.phase) {
        const std::size_t count = src->value->items.size();
        toIndex = std::min(toIndex, count - 1);
        if (toIndex == from.step)
            return TextEdits{};
        if (src->value->flow) {
            Node copy = *src->value;
            Node moved = copy.items[from.step];
            copy.items.erase(copy.items.begin() + static_cast<std::ptrdiff_t>(from.step));
            copy.items.insert(copy.items.begin() + static_cast<std::ptrdiff_t>(toIndex), moved);
            return located(t.setEntry(Slot{&lookup(d->root).phases->items[from.phase], nullptr, 0}, "steps", copy), d->file);
        }
    }
    auto dst = stepsSlot(d->root, t, d->file, toPhase);
    if (!dst)
        return unexpected(dst.error());
    std::string block;
    int keyOffset = 2;
    int srcDash = 0;
    if (!src->value->flow) {
        auto b = t.itemBlock(*src->value, from.step);
        if (!b)
            return unexpected(b.error());
        block = t.text().substr(b->begin, b->end - b->begin);
        if (block.empty() || (block.back() != '\n' && block.back() != '\r'))
            block += d->style.eol;
        keyOffset = b->keyOffset;
        srcDash = b->dashColumn;
    }
    auto dstDash = t.dashColumnFor(*dst);
    if (!dstDash)
        return unexpected(dstDash.error());
    const std::string lines = src->value->flow ? t.itemText(item, *dstDash, keyOffset) : TextTools::reindent(block, *dstDash - srcDash);
    std::size_t insertAt = toIndex;
    if (toPhase == from.phase && toIndex > from.step)
        ++insertAt; // counted in the list before the step leaves it
    auto removal = t.removeItem(*src, from.step);
    if (!removal)
        return located(unexpected(removal.error()), d->file);
    auto insertion = t.insertItem(*dst, insertAt, lines, item);
    if (!insertion)
        return located(unexpected(insertion.error()), d->file);
    TextEdits edits = merge(*removal, *insertion);
    if (overlapping(edits))
        return unexpected(fail(d->file, item.mark, "this move cannot be written as a small edit; move the step in the text"));
    return edits;
}

Result<TextEdits> ComponentText::insertPhase(std::size_t index, const std::string &name, const std::vector<Node> &steps) const
{
    const TextTools &t = *d->tools;
    Node phase = yamlMap({{"name", {}, yamlText(name)}, {"steps", {}, yamlList(steps)}});
    const Lookup l = lookup(d->root);
    if (!l.phasesEntry)
        return located(t.setEntry(Slot{&d->root, nullptr, 0}, "phases", yamlList({phase})), d->file);
    const Slot slot{&l.phasesEntry->value, l.phasesEntry, t.column(l.phasesEntry->keyMark)};
    auto dash = t.dashColumnFor(slot);
    if (!dash)
        return unexpected(dash.error());
    return located(t.insertItem(slot, index, t.itemText(phase, *dash, 2), phase), d->file);
}

} // namespace Kiln::Toe
