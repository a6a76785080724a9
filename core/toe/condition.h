#pragma once
// Evaluates `if` conditions and Assert expressions at run time (SPEC §6): logical operators
// and/or/not (short-circuit, list order) over comparison operators on strings, numbers and files.

#include "executorconfig.h"
#include "model.h"
#include "variables.h"

namespace Kiln::Toe {

enum class ConditionAction { Execute, Skip, Abort };

// True/false, or an error naming the operator (bad regex, missing `value`, unknown operator…).
// Operands, `value` and `path` are substituted with scope first.
Result<bool> evaluateCondition(const Condition &condition, const VariableScope &scope, const ExecutorConfig &config);

// What a step's `if` asks for: its then/else (Execute when true, Skip when false by default).
// then/else written inside a `not` (or a one-child and/or) count for the whole expression.
ConditionAction conditionAction(const Condition &condition, bool value);
const char *conditionActionName(ConditionAction a);

} // namespace Kiln::Toe
