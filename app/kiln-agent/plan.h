#pragma once
// The build plan (kiln/plan.json on the seed, docs/build-plan.md): what one VM stage runs, and how
// the agent ends it. Read once per boot; a malformed plan is reported with the field that is wrong.

#include "core/toe/diagnostic.h"
#include "core/toe/json.h"

#include <map>
#include <string>
#include <vector>

namespace Kiln::Agent {

struct PlanDocument {
    std::string file;       // as written in the plan (relative to the plan's folder, i.e. the seed's kiln/)
    std::string path;       // resolved on this machine
    std::string name;       // component name: events carry it as "document"
    std::string ref;        // kiln:component/<name>/<version>/<build> (informational)
    std::vector<std::string> phases;                // empty: every phase of the document
    std::map<std::string, std::string> parameters;  // run-time parameter values
};

struct Plan {
    int version = 1;
    std::string planId;
    std::string buildId;
    std::string stage;      // "build" | "test" | "component-test"
    std::vector<PlanDocument> documents;
    std::string workingDirectory = "/var/lib/kiln/work";
    std::string logDirectory = "/var/lib/kiln/logs";
    std::string stateDirectory = "/var/lib/kiln/state";
    bool generalize = false;
    bool inventory = false;
    std::string shutdown = "poweroff"; // "poweroff" | "none"
    int maxReboots = 10;
};

// Reads and checks the plan at path. Errors name the file and the offending field
// ("plan.json: documents[1].file: …"), or carry line:column for JSON syntax errors.
Toe::Result<Plan> loadPlan(const std::string &path);
// The same for plan text already in memory; file is used in messages and to resolve document paths.
Toe::Result<Plan> parsePlan(std::string_view text, const std::string &file);

} // namespace Kiln::Agent
