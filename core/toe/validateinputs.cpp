// Action modules and their inputs: known module, platform, inputs shape, required and unknown
// fields, value types and allowed values (the validator's second file).
#include "actions.h"
#include "parserinternal.h"
#include "suggest.h"
#include "validatorinternal.h"

#include <algorithm>
#include <cctype>

namespace Kiln::Toe::Detail {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// "The program to run." → "the program to run", to sit inside a sentence.
std::string asClause(std::string_view description)
{
    std::string s(description);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) && !std::isupper(static_cast<unsigned char>(s[1])))
        s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

bool hasReference(const Node &n) { return n.isScalar() && n.scalar.find("{{") != std::string::npos; }

bool isInteger(const std::string &s)
{
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size())
        return false;
    for (; i < s.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    return true;
}

std::string example(const ActionInfo &a)
{
    std::string fields;
    for (const auto &f : a.inputs)
        if (f.required)
            fields += (fields.empty() ? "" : ", ") + std::string(f.name);
    if (fields.empty())
        return "";
    return a.shape == InputShape::List ? " (a list of entries with " + fields + ")" : " (" + fields + ")";
}

void checkValue(Checker &c, const InputField &f, const Node &v, const std::string &where)
{
    const std::string what = where + ": '" + std::string(f.name) + "'";
    const auto bad = [&](const std::string &expected) {
        c.error(v.mark, "bad-input-type", what + " must be " + expected + ", not " + describe(v));
    };
    if (v.isNull()) {
        if (f.required)
            c.error(v.mark, "missing-input", what + " is empty; give it a value (" + inputTypeName(f.type) + ")");
        return;
    }
    switch (f.type) {
    case InputType::String:
        if (!v.isScalar())
            return bad("text");
        break;
    case InputType::StringList:
        if (!v.isSequence())
            return bad("a list of texts (one '- ' entry per item)");
        for (const auto &item : v.items)
            if (!item.isScalar())
                c.error(item.mark, "bad-input-type",
                        what + ": each entry must be text, not " + describe(item) +
                            (item.isMap() ? " (a ': ' in an unquoted entry makes YAML read a mapping: quote the "
                                            "entry, or use a '|' block)"
                                          : std::string()));
        return;
    case InputType::Integer:
        if (!v.isScalar())
            return bad("a whole number");
        if (!hasReference(v) && !isInteger(v.scalar))
            return bad("a whole number");
        return;
    case InputType::Boolean:
        if (!v.isScalar())
            return bad("true or false");
        if (!hasReference(v) && !equalsIgnoringCase(v.scalar, "true") && !equalsIgnoringCase(v.scalar, "false"))
            return bad("true or false");
        return;
    case InputType::Map:
        if (!v.isMap())
            return bad("a mapping of names to values");
        return;
    case InputType::NameValueList:
        if (!v.isSequence())
            return bad("a list of '- name: …  value: …' entries");
        for (const auto &item : v.items) {
            if (!item.isMap() || !item.find("name")) {
                c.error(item.mark, "bad-input-type", what + ": each entry needs 'name' and 'value', found " + describe(item));
                continue;
            }
            for (const auto &e : item.entries)
                if (e.key != "name" && e.key != "value")
                    c.warning(e.keyMark, "unknown-input", what + ": unknown key " + quoteText(e.key) + " (use name and value)");
        }
        return;
    case InputType::Any:
        if (v.isMap())
            return bad("text, a number or a list");
        return;
    }
    if (!f.allowedValues.empty() && v.isScalar() && !hasReference(v)) {
        const bool ok = std::any_of(f.allowedValues.begin(), f.allowedValues.end(), [&](std::string_view a) {
            return f.caseInsensitive ? equalsIgnoringCase(a, v.scalar) : a == v.scalar;
        });
        if (!ok) {
            std::string list;
            for (const auto a : f.allowedValues)
                list += (list.empty() ? "" : ", ") + std::string(a);
            c.error(v.mark, "bad-input-value",
                    what + " " + quoteText(v.scalar) + " is not one of " + list + didYouMean(v.scalar, f.allowedValues));
        }
    }
}

// One mapping of fields: the whole inputs of a Map module, or one entry of a List module.
void checkFields(Checker &c, const ActionInfo &a, const Node &map, const std::string &where)
{
    const auto names = a.inputNames();
    for (const auto &e : map.entries) {
        const InputField *f = a.input(e.key);
        if (!f) {
            c.warning(e.keyMark, "unknown-input",
                      where + ": " + std::string(a.name) + " has no input " + quoteText(e.key) + didYouMean(e.key, names) +
                          "; it is ignored");
            continue;
        }
        checkValue(c, *f, e.value, where);
    }
    for (const auto &f : a.inputs)
        if (f.required && !map.findEntry(std::string(f.name)))
            c.error(map.mark, "missing-input",
                    where + ": " + std::string(a.name) + " needs the input '" + std::string(f.name) + "' (" +
                        asClause(f.description) + ")");
    if (a.name == "ExecutePowerShell") {
        const bool commands = map.findEntry("commands") != nullptr, file = map.findEntry("file") != nullptr;
        if (commands == file)
            c.error(map.mark, "missing-input",
                    where + ": ExecutePowerShell needs exactly one of 'commands' (a list) or 'file' (a .ps1 path)");
    }
    if (a.name == "WebDownload" && (map.findEntry("checksum") != nullptr) != (map.findEntry("algorithm") != nullptr))
        c.error(map.mark, "missing-input",
                where + ": WebDownload's 'checksum' and 'algorithm' go together; give both or neither");
}

} // namespace

void checkInputs(Checker &c, const Step &step)
{
    if (step.action.empty())
        return; // reported by the parser
    const std::string where = stepLabel(step);
    const ActionInfo *a = findAction(step.action);
    if (!a) {
        std::string hint = didYouMean(step.action, actionNames());
        if (hint.empty())
            hint = "; the modules include ExecuteBash, ExecuteBinary, CreateFile, WebDownload and UpdateOS";
        c.error(step.actionMark, "unknown-action", where + ": unknown action " + quoteText(step.action) + hint);
        // Every module but Reboot and UpdateOS needs inputs, so an empty one is wrong whatever was meant.
        if (!step.inputs || step.inputs->isNull())
            c.error(step.inputsMark.valid() ? step.inputsMark : step.nameMark, "missing-inputs",
                    where + " (" + step.action + "): missing inputs");
        return;
    }
    if (!a->runsOn(PlatformLinux))
        c.warning(step.actionMark, "windows-only-action",
                  where + ": " + std::string(a->name) + " runs only on " + platformNames(a->platforms) +
                      "; Kiln builds Linux images, so this step fails if it runs there");

    const bool absent = !step.inputs || step.inputs->isNull();
    if (absent) {
        if (!a->inputsOptional)
            c.error(step.inputsMark.valid() ? step.inputsMark : step.nameMark, "missing-inputs",
                    where + " (" + std::string(a->name) + "): missing inputs" +
                        (a->shape == InputShape::Expression ? std::string(" (one expression such as 'fileExists: /etc/os-release')")
                                                            : example(*a)));
        return;
    }
    const Node &inputs = *step.inputs;
    switch (a->shape) {
    case InputShape::Expression:
        return; // read as a condition by the parser and checked with the `if` rules
    case InputShape::Map:
        if (inputs.isSequence() && inputs.items.size() == 1 && inputs.items[0].isMap()) {
            // Seen in real documents; AWSTOE's own examples vary. Read the entry, but say so.
            c.warning(inputs.mark, "input-shape",
                      where + ": " + std::string(a->name) + " takes its inputs as a mapping; remove the '- ' before the first field");
            checkFields(c, *a, inputs.items[0], where);
            return;
        }
        if (!inputs.isMap()) {
            c.error(inputs.mark, "input-shape",
                    where + ": " + std::string(a->name) + " takes its inputs as a mapping of fields" + example(*a) +
                        ", not " + describe(inputs));
            return;
        }
        checkFields(c, *a, inputs, where);
        return;
    case InputShape::List:
        if (inputs.isMap()) {
            c.error(inputs.mark, "input-shape",
                    where + ": " + std::string(a->name) +
                        " takes a list of operations: put '- ' before the first field of each (e.g. '- path: /tmp/file')");
            return;
        }
        if (!inputs.isSequence()) {
            c.error(inputs.mark, "input-shape",
                    where + ": " + std::string(a->name) + " takes a list of operations" + example(*a) + ", not " +
                        describe(inputs));
            return;
        }
        if (inputs.items.empty())
            c.warning(inputs.mark, "empty-inputs", where + ": the inputs list is empty, so the step does nothing");
        for (const auto &item : inputs.items) {
            if (!item.isMap()) {
                c.error(item.mark, "input-shape",
                        where + ": each " + std::string(a->name) + " operation must be a mapping of fields" + example(*a) +
                            ", not " + describe(item));
                continue;
            }
            checkFields(c, *a, item, where);
        }
        return;
    }
}

} // namespace Kiln::Toe::Detail
