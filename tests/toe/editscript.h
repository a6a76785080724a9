#pragma once
// The one-line edit descriptions of the golden folders tests/data/editor/<case>/edit.txt, shared
// by the engine test (tests/toe/tst_yamledit.cpp) and the editor widget test, which performs the
// same edit through the visual editor. Values are YAML (flow style allowed):
//   move P S P2 I            step S of phase P becomes step I of phase P2
//   remove P S               insert P I <step mapping>         phase I <name>
//   set P S KEY <value>      unset P S KEY
//   input P S E|- KEY <value>  uninput P S E|- KEY    (E: operation index of list-shaped inputs)
//   addentry P S <mapping>   removeentry P S E
#include "core/toe/yamledit.h"
#include "core/toe/yamlloader.h"

#include <optional>
#include <sstream>
#include <string>

namespace Kiln::Test {

struct EditOp {
    std::string kind;
    std::size_t phase = 0, step = 0, toPhase = 0, toIndex = 0;
    std::optional<std::size_t> entry;
    std::string key;
    std::optional<Toe::Node> value;
    std::string name;
};

inline std::optional<Toe::Node> parseYamlValue(const std::string &text)
{
    auto loaded = Toe::loadYaml("v: " + text + "\n", "edit.txt");
    if (!loaded.root || !loaded.root->find("v"))
        return std::nullopt;
    return *loaded.root->find("v");
}

inline std::optional<EditOp> parseEditOp(const std::string &line)
{
    std::istringstream in(line);
    EditOp op;
    in >> op.kind;
    const auto rest = [&in] {
        std::string r;
        std::getline(in, r);
        const auto start = r.find_first_not_of(' ');
        return start == std::string::npos ? std::string() : r.substr(start);
    };
    const auto entry = [&in, &op] {
        std::string e;
        in >> e;
        if (e != "-")
            op.entry = std::stoul(e);
    };
    if (op.kind == "move") {
        in >> op.phase >> op.step >> op.toPhase >> op.toIndex;
    } else if (op.kind == "remove") {
        in >> op.phase >> op.step;
    } else if (op.kind == "insert") {
        in >> op.phase >> op.toIndex;
        op.value = parseYamlValue(rest());
    } else if (op.kind == "phase") {
        in >> op.toIndex >> op.name;
    } else if (op.kind == "set" || op.kind == "unset") {
        in >> op.phase >> op.step >> op.key;
        if (op.kind == "set")
            op.value = parseYamlValue(rest());
    } else if (op.kind == "input" || op.kind == "uninput") {
        in >> op.phase >> op.step;
        entry();
        in >> op.key;
        if (op.kind == "input")
            op.value = parseYamlValue(rest());
    } else if (op.kind == "addentry") {
        in >> op.phase >> op.step;
        op.value = parseYamlValue(rest());
    } else if (op.kind == "removeentry") {
        in >> op.phase >> op.step;
        entry();
    } else {
        return std::nullopt;
    }
    if (in.fail())
        return std::nullopt;
    return op;
}

// Performs `op` with the engine.
inline Toe::Result<Toe::TextEdits> runEditOp(const Toe::ComponentText &doc, const EditOp &op)
{
    const Toe::StepAddress at{op.phase, op.step};
    if (op.kind == "move")
        return doc.moveStep(at, op.toPhase, op.toIndex);
    if (op.kind == "remove")
        return doc.removeStep(at);
    if (op.kind == "insert")
        return doc.insertStep(op.phase, op.toIndex, *op.value);
    if (op.kind == "phase")
        return doc.insertPhase(op.toIndex, op.name);
    if (op.kind == "set" || op.kind == "unset")
        return doc.setStepField(at, op.key, op.value);
    if (op.kind == "input" || op.kind == "uninput")
        return doc.setInputField(at, op.entry, op.key, op.value);
    if (op.kind == "addentry")
        return doc.addInputEntry(at, *op.value);
    return doc.removeInputEntry(at, op.entry.value_or(0));
}

} // namespace Kiln::Test
