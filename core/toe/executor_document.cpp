// ExecuteDocument (SPEC §7.1): runs another document from a step, at most config.maxNestingDepth
// levels deep, refusing cycles, with its own phases and parameters.
#include "executor_p.h"

#include "fileutil.h"
#include "moduleinputs.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace Kiln::Toe {

namespace {

std::vector<std::string> splitPhases(const std::string &text)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t comma = text.find(',', start);
        if (comma == std::string::npos)
            comma = text.size();
        std::string part = text.substr(start, comma - start);
        part.erase(0, part.find_first_not_of(" \t"));
        part.erase(part.find_last_not_of(" \t") + 1);
        if (!part.empty())
            out.push_back(part);
        start = comma + 1;
    }
    return out;
}

Result<std::map<std::string, std::string>> nestedParameters(const InputEntry &entry)
{
    std::map<std::string, std::string> out;
    const Node *node = entry.node().find("parameters");
    if (!node || node->isNull())
        return out;
    if (node->isMap()) { // tolerate {name: value}
        for (const auto &e : node->entries)
            out[e.key] = e.value.scalar;
        return out;
    }
    if (!node->isSequence())
        return unexpected(Error{"inputs.parameters must be a list of {name, value}", Location{{}, node->mark}});
    for (const auto &item : node->items) {
        const Node *name = item.find("name");
        const Node *value = item.find("value");
        if (!name || !name->isScalar() || name->scalar.empty())
            return unexpected(Error{"inputs.parameters: every entry needs a 'name'", Location{{}, item.mark}});
        out[name->scalar] = value && value->isScalar() ? value->scalar : std::string();
    }
    return out;
}

std::string realPathOf(const std::string &path)
{
    char buf[PATH_MAX];
    return ::realpath(path.c_str(), buf) ? std::string(buf) : std::string();
}

} // namespace

ModuleResult Executor::Impl::executeDocument(DocumentRun &parent, const Node &inputs)
{
    const ResumeCursor *resume = nestedResume;
    DocumentReport *restored = nestedResumeReport;
    nestedResume = nullptr;
    nestedResumeReport = nullptr;

    if (!inputs.isMap())
        return ModuleResult::failure("inputs must be a mapping with 'document' and optional 'phases' and 'parameters'");
    InputEntry entry(inputs, "inputs");
    auto document = entry.required("document");
    if (!document)
        return ModuleResult::failure(document.error().message);
    if (document->rfind("s3://", 0) == 0 || document->rfind("arn:", 0) == 0)
        return ModuleResult::failure("'" + *document + "': S3 URIs and Image Builder ARNs are not supported on this "
                                     "platform; give the path of a local document");
    auto phasesText = entry.text("phases", "");
    if (!phasesText)
        return ModuleResult::failure(phasesText.error().message);
    auto given = nestedParameters(entry);
    if (!given)
        return ModuleResult::failure(given.error().message);

    const int depth = parent.where.depth + 1;
    if (depth > config.maxNestingDepth)
        return ModuleResult::failure("documents may be nested at most " + std::to_string(config.maxNestingDepth)
                                     + " levels deep; '" + *document + "' would be level " + std::to_string(depth));
    std::string path = *document;
    if (path.front() != '/') {
        const std::string besideParent = parent.directory + "/" + path;
        path = entryKind(besideParent) != EntryKind::Missing ? besideParent : absolutePath(path, config);
    }
    const std::string real = realPathOf(path);
    if (real.empty())
        return ModuleResult::failure("document '" + *document + "' does not exist (looked at " + path + ")");
    if (std::find(documentStack.begin(), documentStack.end(), real) != documentStack.end()) {
        std::string chain;
        for (const auto &d : documentStack)
            chain += d + " -> ";
        return ModuleResult::failure("cycle: " + chain + real + " (a document may not run itself, directly or not)");
    }
    auto loaded = config.loader(path);
    if (!loaded)
        return ModuleResult::failure(loaded.error().toString());
    if (loaded->file.empty())
        loaded->file = path;
    auto parameters = resolveParameters(*loaded, *given);
    if (!parameters)
        return ModuleResult::failure(parameters.error().toString());

    DocumentReport report;
    if (resume && restored)
        report = *restored;
    else
        resume = nullptr;
    DocumentRun run{*loaded, report, {}, Position{depth, path, loaded->name, {}, {}, {}}, parentPath(path)};
    for (const auto &[k, v] : *parameters)
        run.scope.setValue(k, v);
    documentStack.push_back(real);
    const Outcome outcome = runDocument(run, 0, splitPhases(*phasesText), resume);
    documentStack.pop_back();

    ModuleResult r;
    Json out = Json::object();
    out["executedStepCount"] = report.executedStepCount;
    out["executionId"] = makeUuid();
    out["failedStepCount"] = report.failedStepCount;
    out["failureMessage"] = report.failureMessage;
    out["ignoredFailedStepCount"] = report.ignoredFailedStepCount;
    out["logUrl"] = "";
    out["status"] = statusName(report.status);
    r.outputs.push_back(std::move(out));
    switch (outcome) {
    case Outcome::Reboot:
        r.rebootRequested = true;
        r.rerunStep = true; // re-enter this step; the nested position says where inside
        break;
    case Outcome::Cancelled:
        r.success = false;
        r.cancelled = true;
        r.failureMessage = "cancelled";
        break;
    default:
        if (report.status != RunStatus::Success) {
            r.success = false;
            r.failureMessage = "document '" + path + "' " + statusName(report.status) + ": " + report.failureMessage;
        }
        break;
    }
    r.documents.push_back(std::move(report));
    return r;
}

} // namespace Kiln::Toe
