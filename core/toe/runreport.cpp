#include "runreport.h"

namespace Kiln::Toe {

namespace {

const char *const StepStatusNames[] = {"success", "failed", "ignored", "skipped", "cancelled", "reboot-requested"};
const char *const RunStatusNames[] = {"success", "failed", "cancelled", "reboot-requested"};

std::string timeText(WallClock::time_point t)
{
    return t == WallClock::time_point{} ? std::string() : rfc3339(t);
}

Error fieldError(const std::string &what)
{
    return Error{"execution report: " + what, {}};
}

bool readTime(const Json &j, const char *key, WallClock::time_point &out)
{
    const std::string &s = j[key].toString();
    if (s.empty()) {
        out = {};
        return true;
    }
    return parseRfc3339(s, out);
}

// AWSTOE stores inputs/outputs as strings holding JSON arrays; accept a plain array too.
// Reads one level's children ("detailedOutput", "steps", "phases") with that level's parser.
template <class T, class Parse>
std::optional<Error> readChildren(const Json &list, std::vector<T> &out, Parse parse)
{
    for (const auto &item : list.items()) {
        auto child = parse(item);
        if (!child)
            return child.error();
        out.push_back(std::move(*child));
    }
    return std::nullopt;
}

// Every level has a start and an end time; what names the level in the error.
std::optional<Error> readTimes(const Json &j, const std::string &what, WallClock::time_point &start,
                               WallClock::time_point &end)
{
    if (!readTime(j, "startTime", start) || !readTime(j, "endTime", end))
        return fieldError(what + " has a malformed time");
    return std::nullopt;
}

Json embeddedJson(const Json &j)
{
    if (j.isString()) {
        auto parsed = Json::parse(j.toString());
        if (parsed)
            return *parsed;
        return Json::array();
    }
    if (j.isArray())
        return j;
    return Json::array();
}

} // namespace

const char *statusName(StepStatus s) { return StepStatusNames[static_cast<int>(s)]; }
const char *statusName(RunStatus s) { return RunStatusNames[static_cast<int>(s)]; }

std::optional<StepStatus> parseStepStatus(const std::string &s)
{
    for (int i = 0; i < 6; ++i)
        if (s == StepStatusNames[i])
            return static_cast<StepStatus>(i);
    return std::nullopt;
}

std::optional<RunStatus> parseRunStatus(const std::string &s)
{
    for (int i = 0; i < 4; ++i)
        if (s == RunStatusNames[i])
            return static_cast<RunStatus>(i);
    return std::nullopt;
}

Json toJson(const StepReport &r)
{
    Json j = Json::object();
    j["name"] = r.name;
    j["action"] = r.action;
    j["status"] = statusName(r.status);
    j["failureMessage"] = r.failureMessage;
    j["timeoutSeconds"] = r.timeoutSeconds;
    j["onFailure"] = r.onFailure;
    j["maxAttempts"] = r.maxAttempts;
    j["attempts"] = r.attempts;
    j["exitCode"] = r.exitCode ? Json(*r.exitCode) : Json();
    j["timedOut"] = r.timedOut;
    j["startTime"] = timeText(r.startTime);
    j["endTime"] = timeText(r.endTime);
    j["inputs"] = r.inputs.dump();
    j["outputs"] = r.outputs.dump();
    j["loop"] = r.loop;
    j["condition"] = r.condition ? Json(*r.condition) : Json();
    if (!r.documents.empty()) {
        Json docs = Json::array();
        for (const auto &d : r.documents)
            docs.push_back(toJson(d));
        j["detailedOutput"] = std::move(docs);
    } else {
        j["detailedOutput"] = Json();
    }
    return j;
}

Json toJson(const PhaseReport &r)
{
    Json j = Json::object();
    j["name"] = r.name;
    j["status"] = statusName(r.status);
    j["startTime"] = timeText(r.startTime);
    j["endTime"] = timeText(r.endTime);
    j["failureMessage"] = r.failureMessage;
    Json steps = Json::array();
    for (const auto &s : r.steps)
        steps.push_back(toJson(s));
    j["steps"] = std::move(steps);
    return j;
}

Json toJson(const DocumentReport &r)
{
    Json j = Json::object();
    j["name"] = r.name;
    j["filePath"] = r.filePath;
    j["status"] = statusName(r.status);
    j["description"] = r.description;
    j["startTime"] = timeText(r.startTime);
    j["endTime"] = timeText(r.endTime);
    j["failureMessage"] = r.failureMessage;
    j["executedStepCount"] = r.executedStepCount;
    j["failedStepCount"] = r.failedStepCount;
    j["ignoredFailedStepCount"] = r.ignoredFailedStepCount;
    Json selection = Json::array();
    for (const auto &[name, selected] : r.phaseSelection) {
        Json p = Json::object();
        p["name"] = name;
        p["isSelected"] = selected;
        selection.push_back(std::move(p));
    }
    j["phaseSelection"] = std::move(selection);
    Json phases = Json::array();
    for (const auto &p : r.phases)
        phases.push_back(toJson(p));
    j["phases"] = std::move(phases);
    return j;
}

Json toJson(const RunReport &r)
{
    Json j = Json::object();
    j["executionId"] = r.executionId;
    j["status"] = statusName(r.status);
    j["startTime"] = timeText(r.startTime);
    j["endTime"] = timeText(r.endTime);
    j["failureMessage"] = r.failureMessage;
    j["executedStepCount"] = r.executedStepCount;
    j["failedStepCount"] = r.failedStepCount;
    j["ignoredFailedStepCount"] = r.ignoredFailedStepCount;
    j["logDirectory"] = r.logDirectory;
    j["rebootCount"] = r.rebootCount;
    Json docs = Json::array();
    for (const auto &d : r.documents)
        docs.push_back(toJson(d));
    j["documents"] = std::move(docs);
    return j;
}

Result<StepReport> stepReportFromJson(const Json &j)
{
    if (!j.isObject())
        return unexpected(fieldError("a step is not an object"));
    StepReport r;
    r.name = j["name"].toString();
    r.action = j["action"].toString();
    const auto status = parseStepStatus(j["status"].toString());
    if (!status)
        return unexpected(fieldError("step '" + r.name + "' has an unknown status '" + j["status"].asText() + "'"));
    r.status = *status;
    r.failureMessage = j["failureMessage"].toString();
    r.timeoutSeconds = static_cast<int>(j["timeoutSeconds"].toInt(7200));
    r.onFailure = j["onFailure"].toString("Abort");
    r.maxAttempts = static_cast<int>(j["maxAttempts"].toInt(1));
    r.attempts = static_cast<int>(j["attempts"].toInt(0));
    if (j["exitCode"].isNumber())
        r.exitCode = static_cast<int>(j["exitCode"].toInt());
    r.timedOut = j["timedOut"].toBool();
    if (auto e = readTimes(j, "step '" + r.name + "'", r.startTime, r.endTime))
        return unexpected(*e);
    r.inputs = embeddedJson(j["inputs"]);
    r.outputs = embeddedJson(j["outputs"]);
    r.loop = j["loop"];
    if (j["condition"].isBool())
        r.condition = j["condition"].toBool();
    if (auto e = readChildren(j["detailedOutput"], r.documents, documentReportFromJson))
        return unexpected(*e);
    return r;
}

Result<PhaseReport> phaseReportFromJson(const Json &j)
{
    if (!j.isObject())
        return unexpected(fieldError("a phase is not an object"));
    PhaseReport r;
    r.name = j["name"].toString();
    const auto status = parseRunStatus(j["status"].toString());
    if (!status)
        return unexpected(fieldError("phase '" + r.name + "' has an unknown status"));
    r.status = *status;
    r.failureMessage = j["failureMessage"].toString();
    if (auto e = readTimes(j, "phase '" + r.name + "'", r.startTime, r.endTime))
        return unexpected(*e);
    if (auto e = readChildren(j["steps"], r.steps, stepReportFromJson))
        return unexpected(*e);
    return r;
}

Result<DocumentReport> documentReportFromJson(const Json &j)
{
    if (!j.isObject())
        return unexpected(fieldError("a document is not an object"));
    DocumentReport r;
    r.name = j["name"].toString();
    r.filePath = j["filePath"].toString();
    r.description = j["description"].toString();
    const auto status = parseRunStatus(j["status"].toString());
    if (!status)
        return unexpected(fieldError("document '" + r.filePath + "' has an unknown status"));
    r.status = *status;
    r.failureMessage = j["failureMessage"].toString();
    if (auto e = readTimes(j, "document '" + r.filePath + "'", r.startTime, r.endTime))
        return unexpected(*e);
    r.executedStepCount = static_cast<int>(j["executedStepCount"].toInt());
    r.failedStepCount = static_cast<int>(j["failedStepCount"].toInt());
    r.ignoredFailedStepCount = static_cast<int>(j["ignoredFailedStepCount"].toInt());
    for (const auto &p : j["phaseSelection"].items())
        r.phaseSelection.emplace_back(p["name"].toString(), p["isSelected"].toBool());
    if (auto e = readChildren(j["phases"], r.phases, phaseReportFromJson))
        return unexpected(*e);
    return r;
}

Result<RunReport> runReportFromJson(const Json &j)
{
    if (!j.isObject())
        return unexpected(fieldError("the run is not an object"));
    RunReport r;
    r.executionId = j["executionId"].toString();
    const auto status = parseRunStatus(j["status"].toString());
    if (!status)
        return unexpected(fieldError("the run has an unknown status"));
    r.status = *status;
    r.failureMessage = j["failureMessage"].toString();
    if (auto e = readTimes(j, "the run", r.startTime, r.endTime))
        return unexpected(*e);
    r.executedStepCount = static_cast<int>(j["executedStepCount"].toInt());
    r.failedStepCount = static_cast<int>(j["failedStepCount"].toInt());
    r.ignoredFailedStepCount = static_cast<int>(j["ignoredFailedStepCount"].toInt());
    r.logDirectory = j["logDirectory"].toString();
    r.rebootCount = static_cast<int>(j["rebootCount"].toInt());
    if (auto e = readChildren(j["documents"], r.documents, documentReportFromJson))
        return unexpected(*e);
    return r;
}

namespace {

Json chainingDocument(const DocumentReport &d)
{
    Json doc = Json::object();
    doc["document"] = d.filePath;
    doc["name"] = d.name;
    Json phases = Json::array();
    auto addPhase = [&](const std::string &name, bool selected, const PhaseReport *ran) {
        Json p = Json::object();
        p["name"] = name;
        p["isSelected"] = selected;
        Json steps = Json::array();
        if (ran) {
            for (const auto &s : ran->steps) {
                Json step = Json::object();
                step["name"] = s.name;
                step["inputs"] = s.inputs;
                step["outputs"] = s.outputs;
                step["loop"] = s.loop;
                Json nested = Json::array();
                for (const auto &n : s.documents)
                    nested.push_back(chainingDocument(n));
                step["documents"] = std::move(nested);
                steps.push_back(std::move(step));
            }
        }
        p["steps"] = std::move(steps);
        phases.push_back(std::move(p));
    };
    if (d.phaseSelection.empty()) {
        for (const auto &p : d.phases)
            addPhase(p.name, true, &p);
    } else {
        for (const auto &[name, selected] : d.phaseSelection) {
            const PhaseReport *ran = nullptr;
            for (const auto &p : d.phases)
                if (p.name == name)
                    ran = &p;
            addPhase(name, selected, ran);
        }
    }
    doc["phases"] = std::move(phases);
    return doc;
}

} // namespace

Json chainingJson(const RunReport &r)
{
    Json list = Json::array();
    for (const auto &d : r.documents)
        list.push_back(chainingDocument(d));
    return list;
}

std::optional<std::string> outputValue(const Json &outputs, const std::string &key, int index)
{
    if (!outputs.isArray())
        return std::nullopt;
    if (index >= 0) {
        const Json *v = outputs[static_cast<size_t>(index)].find(key);
        if (!v)
            return std::nullopt;
        return v->asText();
    }
    std::optional<std::string> joined;
    for (const auto &entry : outputs.items()) {
        const Json *v = entry.find(key);
        if (!v)
            continue;
        if (joined)
            *joined += '\n';
        else
            joined.emplace();
        *joined += v->asText();
    }
    return joined;
}

} // namespace Kiln::Toe
