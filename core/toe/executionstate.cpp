#include "executionstate.h"

namespace Kiln::Toe {

namespace {

Json stringMap(const std::map<std::string, std::string> &m)
{
    Json o = Json::object();
    for (const auto &[k, v] : m)
        o[k] = v;
    return o;
}

std::map<std::string, std::string> readStringMap(const Json &j)
{
    std::map<std::string, std::string> m;
    for (const auto &[k, v] : j.members())
        m[k] = v.asText();
    return m;
}

} // namespace

Json ExecutionState::toJson() const
{
    Json j = Json::object();
    j["version"] = 1;
    Json req = Json::object();
    Json docs = Json::array();
    for (const auto &d : request.documents) {
        Json doc = Json::object();
        doc["path"] = d.path;
        doc["parameters"] = stringMap(d.parameters);
        if (!d.phases.empty()) {
            Json phases = Json::array();
            for (const auto &p : d.phases)
                phases.push_back(p);
            doc["phases"] = std::move(phases);
        }
        docs.push_back(std::move(doc));
    }
    req["documents"] = std::move(docs);
    Json phases = Json::array();
    for (const auto &p : request.phases)
        phases.push_back(p);
    req["phases"] = std::move(phases);
    req["parameters"] = stringMap(request.parameters);
    req["executionId"] = request.executionId;
    j["request"] = std::move(req);
    Json pos = Json::array();
    for (const auto &f : position) {
        Json frame = Json::object();
        frame["document"] = static_cast<long long>(f.document);
        frame["phase"] = static_cast<long long>(f.phase);
        frame["step"] = static_cast<long long>(f.step);
        pos.push_back(std::move(frame));
    }
    j["position"] = std::move(pos);
    j["rerunStep"] = rerunStep;
    j["rebootCount"] = rebootCount;
    j["delaySeconds"] = delaySeconds;
    j["report"] = Kiln::Toe::toJson(report);
    return j;
}

Result<ExecutionState> ExecutionState::fromJson(const Json &j)
{
    auto bad = [](const std::string &what) { return Error{"execution state: " + what, {}}; };
    if (!j.isObject())
        return unexpected(bad("not a JSON object"));
    if (j["version"].toInt() != 1)
        return unexpected(bad("unsupported version " + j["version"].asText()));
    ExecutionState s;
    const Json &req = j["request"];
    for (const auto &d : req["documents"].items()) {
        DocumentSource src;
        src.path = d["path"].toString();
        if (src.path.empty())
            return unexpected(bad("a document has no path"));
        src.parameters = readStringMap(d["parameters"]);
        for (const auto &p : d["phases"].items())
            src.phases.push_back(p.asText());
        s.request.documents.push_back(std::move(src));
    }
    for (const auto &p : req["phases"].items())
        s.request.phases.push_back(p.asText());
    s.request.parameters = readStringMap(req["parameters"]);
    s.request.executionId = req["executionId"].toString();
    for (const auto &f : j["position"].items()) {
        if (f["document"].toInt(-1) < 0 || f["phase"].toInt(-1) < 0 || f["step"].toInt(-1) < 0)
            return unexpected(bad("malformed position"));
        s.position.push_back({static_cast<size_t>(f["document"].toInt()), static_cast<size_t>(f["phase"].toInt()),
                              static_cast<size_t>(f["step"].toInt())});
    }
    if (s.position.empty())
        return unexpected(bad("no position to resume from"));
    s.rerunStep = j["rerunStep"].toBool(true);
    s.rebootCount = static_cast<int>(j["rebootCount"].toInt());
    s.delaySeconds = static_cast<int>(j["delaySeconds"].toInt());
    auto report = runReportFromJson(j["report"]);
    if (!report)
        return unexpected(report.error());
    s.report = std::move(*report);
    return s;
}

} // namespace Kiln::Toe
