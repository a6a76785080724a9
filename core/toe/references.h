#pragma once
// Chaining expressions `{{ … }}` inside strings (SPEC §4): where they are and what they refer to.
// Shared by the validator (do they point somewhere real?), the executor (substitute at run time)
// and the editor (highlighting, completion).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

struct Reference {
    enum class Kind {
        Variable,          // {{ Name }}                       a parameter or constant
        StepInput,         // {{ phase.step.inputs.field }}
        StepInputIndexed,  // {{ phase.step.inputs[i].field }}
        StepOutput,        // {{ phase.step.outputs.field }}
        LoopIndex,         // {{ loop.index }}                 the current step's loop
        LoopValue,         // {{ loop.value }}
        NamedLoopIndex,    // {{ myLoop.index }}               a loop by its name
        NamedLoopValue,    // {{ myLoop.value }}
        Invalid,           // anything else, e.g. {{ }} or a Go template's {{ .Field }}
    };

    std::size_t begin = 0;   // offset of "{{" in the string
    std::size_t end = 0;     // offset just past "}}"
    std::string expression;  // the text between the braces, whitespace trimmed
    Kind kind = Kind::Invalid;
    std::string name;        // Variable: its name; NamedLoop*: the loop's name
    std::string phase;       // Step*: the phase of the referenced step
    std::string step;        // Step*: the referenced step's name
    std::string field;       // Step*: the input or output field (may contain dots for nested outputs)
    std::size_t index = 0;   // StepInputIndexed: the 0-based list index

    bool isStep() const { return kind == Kind::StepInput || kind == Kind::StepInputIndexed || kind == Kind::StepOutput; }
    bool isLoop() const
    {
        return kind == Kind::LoopIndex || kind == Kind::LoopValue || kind == Kind::NamedLoopIndex ||
               kind == Kind::NamedLoopValue;
    }
};

// Classifies the text between the braces (already trimmed or not).
Reference parseReference(std::string_view expression);

// Every closed `{{ … }}` in `text`, in order. An unclosed "{{" is not a reference (AWSTOE leaves it
// as literal text); see findUnclosedReference.
std::vector<Reference> findReferences(std::string_view text);

// Offset of a "{{" that has no closing "}}", if any.
std::optional<std::size_t> findUnclosedReference(std::string_view text);

// Replaces each reference for which `resolve` returns a value; the others stay as written
// (AWSTOE leaves unresolved expressions, e.g. loop references outside a loop, literally).
std::string substituteReferences(std::string_view text,
                                 const std::function<std::optional<std::string>(const Reference &)> &resolve);

const char *referenceKindName(Reference::Kind kind); // "variable", "step output", …

// Parameter/constant names: 3–128 characters of [A-Za-z0-9_-].
bool isValidVariableName(std::string_view name);

} // namespace Kiln::Toe
