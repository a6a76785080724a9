#include "model.h"

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

} // namespace Kiln::Toe
