#pragma once
// Minimal edits of a component document's YAML text, for the visual editor: add, remove and move
// steps, set or remove a step's fields and inputs, add a phase. Each operation returns the byte
// ranges to replace (TextEdits) instead of a new document, so the editor applies them as one undo
// step and everything outside those ranges — comments, blank lines, quoting, key order — stays
// byte for byte. The ranges come from the YAML loader's marks (start and end of every value);
// new text is indented like its neighbours (YamlStyle learnt from the document). Plain C++, no Qt.
//
// Block-style lists and mappings are edited in place; a list or mapping written in flow style
// ([…] / {…}) is rewritten in block style when it changes.

#include "actions.h"
#include "diagnostic.h"
#include "model.h"
#include "yamlemit.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

struct TextEdit {
    std::size_t begin = 0; // byte offsets into the text the edit was computed for
    std::size_t end = 0;
    std::string text;      // replaces [begin, end)
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};
// Sorted by (begin, end), non-overlapping: apply from the last to the first.
using TextEdits = std::vector<TextEdit>;

std::string applyEdits(std::string_view text, const TextEdits &edits);

struct StepAddress {
    std::size_t phase = 0;
    std::size_t step = 0;
    friend bool operator==(const StepAddress &, const StepAddress &) = default;
};

// The phases and steps as written, for the outline: readable whenever the YAML loads, even when
// the document has validation errors.
struct OutlineStep {
    std::string name;
    std::string action;
    Mark mark;             // the step's first key
    int firstLine = 0;     // 1-based, the dash line
    int lastLine = 0;      // 1-based, the last line of the step's value
};

struct OutlinePhase {
    std::string name;
    Mark mark;
    int firstLine = 0;
    int lastLine = 0;
    std::vector<OutlineStep> steps;
};

class ComponentText
{
public:
    // Loads the YAML (no validation: see validator.h). Fails with the loader's first error when the
    // text is not loadable YAML or its top level is not a mapping.
    static Result<ComponentText> load(std::string text, const std::string &file = "component.yml");

    const std::string &text() const;
    const Node &root() const;
    const YamlStyle &style() const;
    std::vector<OutlinePhase> outline() const;

    // The step mapping at `at`, or nullptr.
    const Node *step(StepAddress at) const;
    std::size_t phaseCount() const;
    std::size_t stepCount(std::size_t phase) const;

    // A step's own key (name, action, onFailure, maxAttempts, timeoutSeconds, inputs, loop, if):
    // set to `value` or removed (nullopt). New keys go before `inputs` / `loop` / `if`.
    Result<TextEdits> setStepField(StepAddress at, const std::string &key, const std::optional<Node> &value) const;
    // A key of the step's inputs: of the mapping (entry = nullopt), or of the entry-th operation of
    // list-shaped inputs. Creates `inputs` when absent.
    Result<TextEdits> setInputField(StepAddress at, std::optional<std::size_t> entry, const std::string &key,
                                    const std::optional<Node> &value) const;
    // List-shaped inputs: append an operation (a mapping) or remove one.
    Result<TextEdits> addInputEntry(StepAddress at, const Node &operation) const;
    Result<TextEdits> removeInputEntry(StepAddress at, std::size_t entry) const;

    // Inserts `step` (a mapping) so that it becomes step `index` of phase `phase`.
    Result<TextEdits> insertStep(std::size_t phase, std::size_t index, const Node &step) const;
    Result<TextEdits> removeStep(StepAddress at) const;
    // Moves a step, with its comments, so that it becomes step `toIndex` of phase `toPhase` (the
    // index counted after the move).
    Result<TextEdits> moveStep(StepAddress from, std::size_t toPhase, std::size_t toIndex) const;
    // Inserts a phase {name, steps} as phase `index` (`steps: []` when none are given).
    Result<TextEdits> insertPhase(std::size_t index, const std::string &name, const std::vector<Node> &steps = {}) const;

    // Byte range [begin, end) of a step's lines (for selecting it in the text).
    std::optional<std::pair<std::size_t, std::size_t>> stepRange(StepAddress at) const;

private:
    struct Data;
    explicit ComponentText(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

// A new step for `action`: name, action and its required inputs with empty values (a list-shaped
// module gets one operation), as the palette inserts it.
Node newStepNode(const ActionInfo &action, const std::string &name);
// `base` or `base2`, `base3`… — the first name not used by a step of `phase` (a Node of the
// phase's steps list; may be null).
std::string uniqueStepName(const Node *steps, const std::string &base);
// An example step for the help panel: every input of the module with a sample value.
std::string exampleStepYaml(const ActionInfo &action);

} // namespace Kiln::Toe
