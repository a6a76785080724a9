#pragma once
// Run-time values of `{{ … }}` expressions (SPEC §4, §5): parameters and constants, the inputs and
// outputs of steps that already ran (chaining), and the current loop iteration. The executor keeps
// one VariableScope per running document and substitutes every string of a step's inputs, loop
// lists and condition operands right before use.

#include "json.h"
#include "model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

class VariableScope
{
public:
    struct StepValues {
        Json inputs = Json::array();  // resolved inputs, one element per entry
        Json outputs = Json::array(); // one object per entry
    };
    struct LoopFrame {
        std::string name;   // the loop's own name (may be empty); `loop` always works too
        long long index = 0;
        std::string value;
    };

    void setValue(const std::string &name, const std::string &value) { m_values[name] = value; }
    const std::map<std::string, std::string> &values() const { return m_values; }
    void setStep(const std::string &phase, const std::string &step, StepValues values);
    const StepValues *step(const std::string &phase, const std::string &step) const;
    void setLoop(std::optional<LoopFrame> loop) { m_loop = std::move(loop); }

    // Replaces every `{{ expr }}` in text. Unknown names and loop references outside a loop stay
    // literal (the validator warns about those); a reference to a step that has not run, or to an
    // input/output it does not have, is an error naming the expression.
    Result<std::string> substitute(std::string_view text) const;
    // Substitutes every scalar of a YAML value (keys are left alone).
    Result<Node> substitute(const Node &node) const;

private:
    std::optional<std::string> lookup(std::string_view expr, std::string &error) const;

    std::map<std::string, std::string> m_values;
    std::map<std::string, StepValues> m_steps; // "phase\nstep"
    std::optional<LoopFrame> m_loop;
};

// A resolved YAML value as JSON (scalars become strings, sequences arrays, maps objects).
Json nodeToJson(const Node &node);
// The inputs as AWSTOE records them: a list stays a list, a map becomes a one-element list.
Json inputsToJson(const Node &inputs);

} // namespace Kiln::Toe
