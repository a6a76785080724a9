#include "model.h"

#include <algorithm>
#include <climits>

namespace Kiln::Toe {

const Node *Node::find(const std::string &key) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (const auto &e : entries)
        if (e.key == key)
            return &e.value;
    return nullptr;
}

const Node::Entry *Node::findEntry(const std::string &key) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (const auto &e : entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

Node::Entry *Node::findEntry(const std::string &key)
{
    return const_cast<Entry *>(static_cast<const Node *>(this)->findEntry(key));
}

Mark Node::referenceMark(std::size_t i) const
{
    return i < referenceMarks.size() ? referenceMarks[i] : mark;
}

Node Node::makeScalar(std::string text, Mark mark, bool plain)
{
    Node n;
    n.kind = Kind::Scalar;
    n.scalar = std::move(text);
    n.mark = mark;
    n.plain = plain;
    return n;
}

long long Loop::iterationCount() const
{
    if (kind != Kind::For)
        return -1;
    if (updateBy == 0)
        return -1;
    if (updateBy > 0 && start > end)
        return -1;
    if (updateBy < 0 && start < end)
        return -1;
    // Compute in unsigned space so that extreme bounds cannot overflow.
    const unsigned long long span = updateBy > 0 ? static_cast<unsigned long long>(end) - static_cast<unsigned long long>(start)
                                                 : static_cast<unsigned long long>(start) - static_cast<unsigned long long>(end);
    const unsigned long long step = updateBy > 0 ? static_cast<unsigned long long>(updateBy)
                                                 : 0ULL - static_cast<unsigned long long>(updateBy);
    const unsigned long long q = span / step;
    return q >= static_cast<unsigned long long>(LLONG_MAX) ? LLONG_MAX : static_cast<long long>(q + 1);
}

int Condition::depth() const
{
    if (!isLogical())
        return 0;
    int deepest = 0;
    for (const auto &c : children)
        deepest = std::max(deepest, c.depth());
    return deepest + 1;
}

namespace {
std::string stepAction(const Condition *c, std::string Condition::*field, const char *fallback)
{
    while (c) {
        if (!(c->*field).empty())
            return c->*field;
        c = (c->op == "not" && c->children.size() == 1) ? &c->children.front() : nullptr;
    }
    return fallback;
}
} // namespace

std::string Condition::effectiveThen() const { return stepAction(this, &Condition::thenAction, "Execute"); }
std::string Condition::effectiveElse() const { return stepAction(this, &Condition::elseAction, "Skip"); }

const Step *Phase::step(const std::string &n) const
{
    for (const auto &s : steps)
        if (s.name == n)
            return &s;
    return nullptr;
}

const Phase *Document::phase(const std::string &n) const
{
    for (const auto &p : phases)
        if (p.name == n)
            return &p;
    return nullptr;
}

const Parameter *Document::parameter(const std::string &n) const
{
    for (const auto &p : parameters)
        if (p.name == n)
            return &p;
    return nullptr;
}

const Constant *Document::constant(const std::string &n) const
{
    for (const auto &c : constants)
        if (c.name == n)
            return &c;
    return nullptr;
}

const char *onFailureName(OnFailure f)
{
    switch (f) {
    case OnFailure::Abort: return "Abort";
    case OnFailure::Continue: return "Continue";
    case OnFailure::Ignore: return "Ignore";
    }
    return "Abort";
}

std::optional<OnFailure> onFailureFromName(const std::string &name)
{
    if (name == "Abort")
        return OnFailure::Abort;
    if (name == "Continue")
        return OnFailure::Continue;
    if (name == "Ignore")
        return OnFailure::Ignore;
    return std::nullopt;
}

} // namespace Kiln::Toe
