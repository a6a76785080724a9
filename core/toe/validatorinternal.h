#pragma once
// Shared state of the validator's files (validator.cpp, validateinputs.cpp, validaterefs.cpp). Internal.

#include "diagnostic.h"
#include "model.h"
#include "suggest.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace Kiln::Toe::Detail {

struct Checker {
    const Document &doc;
    Diagnostics &out;

    struct StepPosition {
        std::size_t phase = 0;
        std::size_t step = 0;
        const Step *step_ = nullptr;
    };
    // phase name → step name → first step of that name (for references)
    std::unordered_map<std::string, std::unordered_map<std::string, StepPosition>> steps;
    std::unordered_set<std::string> variables;          // parameters and constants
    std::unordered_map<std::string, const Step *> loops; // loop name → first step that has it

    // " (did you mean 'x'?)" — for the first few dozen findings only, so that a generated document
    // with thousands of unknown names cannot make validation quadratic.
    int suggestionsLeft = 64;
    template <class Candidates>
    std::string suggest(const std::string &word, Candidates &&makeCandidates)
    {
        if (suggestionsLeft <= 0)
            return {};
        --suggestionsLeft;
        return didYouMean(word, makeCandidates());
    }

    void error(Mark mark, const char *code, std::string message)
    {
        out.push_back(makeDiagnostic(Severity::Error, doc.file, mark, code, std::move(message)));
    }
    void warning(Mark mark, const char *code, std::string message)
    {
        out.push_back(makeDiagnostic(Severity::Warning, doc.file, mark, code, std::move(message)));
    }
};

std::string stepLabel(const Step &step); // "step 'Name'" (or "this step")

void checkInputs(Checker &c, const Step &step);
void checkCondition(Checker &c, const Condition &condition, const std::string &where);
// References in the step's inputs, loop and condition, seen from position (phase, step).
void checkStepReferences(Checker &c, std::size_t phase, std::size_t stepIndex, const Step &step);

} // namespace Kiln::Toe::Detail
