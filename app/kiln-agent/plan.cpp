// plan.json → Plan, with a message naming the field for everything a pipeline runner (or a person
// writing a plan by hand) can get wrong.
#include "plan.h"

#include "core/toe/fileutil.h"

#include <cctype>

namespace Kiln::Agent {

using Toe::Error;
using Toe::Json;

namespace {

std::string folderOf(const std::string &path)
{
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

const char *typeName(const Json &j)
{
    switch (j.type()) {
    case Json::Type::Null: return "null";
    case Json::Type::Bool: return "a boolean";
    case Json::Type::Int:
    case Json::Type::Double: return "a number";
    case Json::Type::String: return "a string";
    case Json::Type::Array: return "an array";
    case Json::Type::Object: return "an object";
    }
    return "?";
}

// Reads the fields of one JSON object, remembering the first problem.
class Reader
{
public:
    Reader(const Json &object, std::string prefix, std::string &error)
        : m_object(object), m_prefix(std::move(prefix)), m_error(error)
    {
    }

    std::string text(const char *key, bool required, const std::string &fallback = {})
    {
        const Json *v = m_object.find(key);
        if (!v || v->isNull()) {
            if (required)
                fail(key, "is missing");
            return fallback;
        }
        if (!v->isString()) {
            fail(key, std::string("must be a string, not ") + typeName(*v));
            return fallback;
        }
        return v->toString();
    }

    bool boolean(const char *key, bool fallback)
    {
        const Json *v = m_object.find(key);
        if (!v || v->isNull())
            return fallback;
        if (!v->isBool()) {
            fail(key, std::string("must be true or false, not ") + typeName(*v));
            return fallback;
        }
        return v->toBool();
    }

    long long integer(const char *key, long long fallback, long long min, long long max)
    {
        const Json *v = m_object.find(key);
        if (!v || v->isNull())
            return fallback;
        if (!v->isInt() || v->toInt() < min || v->toInt() > max) {
            fail(key, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", not "
                          + v->asText());
            return fallback;
        }
        return v->toInt();
    }

    const Json *array(const char *key, bool required)
    {
        const Json *v = m_object.find(key);
        if (!v || v->isNull()) {
            if (required)
                fail(key, "is missing");
            return nullptr;
        }
        if (!v->isArray()) {
            fail(key, std::string("must be an array, not ") + typeName(*v));
            return nullptr;
        }
        return v;
    }

    const Json *object(const char *key)
    {
        const Json *v = m_object.find(key);
        if (!v || v->isNull())
            return nullptr;
        if (!v->isObject()) {
            fail(key, std::string("must be an object, not ") + typeName(*v));
            return nullptr;
        }
        return v;
    }

    void fail(const std::string &key, const std::string &what)
    {
        if (m_error.empty())
            m_error = m_prefix + key + " " + what;
    }

private:
    const Json &m_object;
    std::string m_prefix;
    std::string &m_error;
};

bool isAbsolute(const std::string &p) { return !p.empty() && p.front() == '/'; }

} // namespace

Toe::Result<Plan> parsePlan(std::string_view text, const std::string &file)
{
    auto parsed = Json::parse(text, file);
    if (!parsed)
        return Kiln::unexpected(parsed.error());
    const Json &root = *parsed;
    auto failure = [&](const std::string &message) {
        return Kiln::unexpected(Error{file + ": " + message, {}});
    };
    if (!root.isObject())
        return failure(std::string("the plan must be a JSON object, not ") + typeName(root));

    std::string error;
    Reader r(root, {}, error);
    Plan plan;
    plan.version = static_cast<int>(r.integer("version", 1, 0, 1000000));
    if (error.empty() && plan.version != 1)
        return failure("plan version " + std::to_string(plan.version)
                       + " is not supported by this kiln-agent (it reads version 1): use the kiln-agent of the same "
                         "Kiln release as the host");
    plan.planId = r.text("planId", true);
    plan.buildId = r.text("buildId", false);
    plan.stage = r.text("stage", false, "build");
    plan.workingDirectory = r.text("workingDirectory", false, plan.workingDirectory);
    plan.logDirectory = r.text("logDirectory", false, plan.logDirectory);
    plan.stateDirectory = r.text("stateDirectory", false, plan.stateDirectory);
    plan.generalize = r.boolean("generalize", false);
    plan.inventory = r.boolean("inventory", false);
    plan.shutdown = r.text("shutdown", false, "poweroff");
    plan.maxReboots = static_cast<int>(r.integer("maxReboots", 10, 0, 1000));
    if (!error.empty())
        return failure(error);

    // planId names the state file: keep it to a safe file name.
    for (char c : plan.planId) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            return failure("planId '" + plan.planId + "' may hold only letters, digits, '.', '_' and '-'");
    }
    if (plan.planId.empty() || plan.planId.front() == '.')
        return failure("planId must not be empty or start with '.'");
    if (plan.stage != "build" && plan.stage != "test" && plan.stage != "component-test")
        return failure("stage must be \"build\", \"test\" or \"component-test\", not \"" + plan.stage + "\"");
    if (plan.shutdown != "poweroff" && plan.shutdown != "none")
        return failure("shutdown must be \"poweroff\" or \"none\", not \"" + plan.shutdown + "\"");
    for (auto [key, value] : {std::pair{"workingDirectory", &plan.workingDirectory},
                              std::pair{"logDirectory", &plan.logDirectory},
                              std::pair{"stateDirectory", &plan.stateDirectory}}) {
        if (!isAbsolute(*value))
            return failure(std::string(key) + " must be an absolute path, not \"" + *value + "\"");
    }

    const Json *documents = r.array("documents", true);
    if (!error.empty())
        return failure(error);
    if (documents->size() == 0)
        return failure("documents is empty: a plan runs at least one component document");
    const std::string base = folderOf(file);
    for (size_t i = 0; i < documents->size(); ++i) {
        const Json &d = (*documents)[i];
        const std::string prefix = "documents[" + std::to_string(i) + "].";
        if (!d.isObject())
            return failure(prefix.substr(0, prefix.size() - 1) + " must be an object, not " + typeName(d));
        Reader dr(d, prefix, error);
        PlanDocument doc;
        doc.file = dr.text("file", true);
        doc.name = dr.text("name", true);
        doc.ref = dr.text("ref", false);
        if (const Json *phases = dr.array("phases", false)) {
            for (size_t p = 0; p < phases->size(); ++p) {
                if (!(*phases)[p].isString() || (*phases)[p].toString().empty()) {
                    dr.fail("phases[" + std::to_string(p) + "]", "must be a phase name");
                    break;
                }
                doc.phases.push_back((*phases)[p].toString());
            }
        }
        if (const Json *parameters = dr.object("parameters")) {
            for (const auto &[k, v] : parameters->members()) {
                if (v.isArray() || v.isObject() || v.isNull()) {
                    dr.fail("parameters." + k, std::string("must be a string, not ") + typeName(v));
                    break;
                }
                doc.parameters[k] = v.asText(); // numbers and booleans are accepted as their text
            }
        }
        if (!error.empty())
            return failure(error);
        if (doc.file.empty() || doc.name.empty())
            return failure(prefix + (doc.file.empty() ? "file" : "name") + " must not be empty");
        doc.path = isAbsolute(doc.file) ? doc.file : base + "/" + doc.file;
        plan.documents.push_back(std::move(doc));
    }
    return plan;
}

Toe::Result<Plan> loadPlan(const std::string &path)
{
    auto text = Toe::readWholeFile(path, 16 * 1024 * 1024);
    if (!text)
        return Kiln::unexpected(Error{"the build plan: " + text.error().message, {}});
    return parsePlan(*text, path);
}

} // namespace Kiln::Agent
