// `if` conditions and Assert expressions (SPEC §6), in every form the documents use:
//   if: {fileExists: /etc/os-release, else: Abort}                  mapping, then/else as siblings
//   if: [{stringEquals: 'a', value: '{{ X }}'}]                      one-element list
//   if: {not: {binaryExists: tar, then: Execute, else: Skip}}       not over a mapping
//   if: {not: [{fileExists: /x}]}                                   not over a one-element list
//   if: {and: [{…}, {…}]} / {or: [...]}                             logical lists, nested
#include "operators.h"
#include "parserinternal.h"

namespace Kiln::Toe::Detail {

namespace {

bool isStepAction(const std::string &s) { return s == "Execute" || s == "Skip" || s == "Abort"; }

void readThenElse(Reader &r, const Node::Entry &e, std::string &target, Mark &mark, const std::string &where)
{
    mark = e.value.isNull() ? e.keyMark : e.value.mark;
    const auto text = r.text(e.value, where + ": " + e.key);
    if (!text)
        return;
    if (isStepAction(*text))
        target = *text;
    else
        r.error(mark, "bad-step-action",
                where + ": '" + e.key + "' must be Execute, Skip or Abort, not " + quoteText(*text));
}

std::optional<Condition> readExpression(Reader &r, const Node &node, Mark keyMark, const std::string &where);

bool readChildren(Reader &r, Condition &c, const Node &operand, const std::string &where)
{
    const std::string what = where + ": " + c.op;
    if (c.op == "not") {
        const Node *child = nullptr;
        if (operand.isMap())
            child = &operand;
        else if (operand.isSequence() && operand.items.size() == 1)
            child = &operand.items[0];
        if (!child) {
            r.error(operand.isNull() ? c.mark : operand.mark, "bad-condition",
                    what + " negates exactly one expression, e.g. 'not: {fileExists: /etc/done}'; found " +
                        (operand.isSequence() ? "a list of " + std::to_string(operand.items.size()) : describe(operand)));
            return false;
        }
        auto sub = readExpression(r, *child, c.mark, what);
        if (!sub)
            return false;
        c.children.push_back(std::move(*sub));
        return true;
    }
    // and / or
    if (!operand.isSequence() || operand.items.empty()) {
        r.error(operand.isNull() ? c.mark : operand.mark, "bad-condition",
                what + " takes a list of expressions, e.g. '" + c.op + ": [{fileExists: /a}, {fileExists: /b}]'; found " +
                    (operand.isSequence() ? std::string("an empty list") : describe(operand)));
        return false;
    }
    bool ok = true;
    for (const auto &item : operand.items) {
        auto sub = readExpression(r, item, item.mark, what);
        if (sub)
            c.children.push_back(std::move(*sub));
        else
            ok = false;
    }
    return ok;
}

std::optional<Condition> readExpression(Reader &r, const Node &node, Mark keyMark, const std::string &where)
{
    if (node.isSequence()) {
        // The documented syntax block writes `if: - <expr>`; a list of one expression is the same.
        if (node.items.size() == 1)
            return readExpression(r, node.items[0], node.items[0].mark, where);
        r.error(node.mark, "bad-condition",
                where + " takes one expression, found a list of " + std::to_string(node.items.size()) +
                    "; combine several with 'and:' or 'or:'");
        return std::nullopt;
    }
    if (!node.isMap()) {
        r.error(node.isNull() ? keyMark : node.mark, "bad-condition",
                where + " must be an expression such as 'fileExists: /etc/os-release', not " + describe(node));
        return std::nullopt;
    }
    Condition c;
    const Node::Entry *op = nullptr;
    std::string others;
    for (const auto &e : node.entries) {
        if (isOperatorSiblingKey(e.key))
            continue;
        if (!op)
            op = &e;
        else
            others += (others.empty() ? "'" : ", '") + e.key + "'";
    }
    if (!op) {
        r.error(node.mark, "bad-condition",
                where + " has no operator; use a comparison such as stringEquals or fileExists, or and/or/not");
        return std::nullopt;
    }
    if (!others.empty()) {
        r.error(node.mark, "bad-condition",
                where + " has several operators ('" + op->key + "', " + others +
                    "); one expression holds one operator: wrap them in 'and:' or 'or:'");
        return std::nullopt;
    }
    c.op = op->key;
    c.mark = op->keyMark;
    for (const auto &e : node.entries) {
        if (e.key == "then")
            readThenElse(r, e, c.thenAction, c.thenMark, where);
        else if (e.key == "else")
            readThenElse(r, e, c.elseAction, c.elseMark, where);
    }
    if (c.isLogical()) {
        for (const auto &e : node.entries)
            if (e.key == "value" || e.key == "path")
                r.warning(e.keyMark, "unused-key",
                          where + ": '" + e.key + "' means nothing beside '" + c.op + "' and is ignored");
        if (!readChildren(r, c, op->value, where))
            return std::nullopt;
        return c;
    }
    c.operand = op->value;
    if (c.operand.isNull())
        c.operand.mark = op->keyMark;
    if (const Node::Entry *v = node.findEntry("value")) {
        c.value = v->value;
        if (v->value.isNull())
            c.value->mark = v->keyMark;
    }
    if (const Node::Entry *p = node.findEntry("path")) {
        c.path = p->value;
        if (p->value.isNull())
            c.path->mark = p->keyMark;
    }
    return c;
}

} // namespace

std::optional<Condition> readCondition(Reader &r, const Node &node, Mark keyMark, const std::string &where)
{
    return readExpression(r, node, keyMark, where);
}

} // namespace Kiln::Toe::Detail
