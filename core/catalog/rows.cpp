#include "rows.h"

#include <array>

namespace Kiln::Core {

namespace {

template <class E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, n] : table)
        if (v == value)
            return QString::fromLatin1(n);
    return {};
}

template <class E, size_t N>
std::optional<E> parseOf(const std::array<std::pair<E, const char *>, N> &table, QStringView text)
{
    for (const auto &[v, n] : table)
        if (text == QLatin1String(n))
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<ComponentType, const char *>, 2> kComponentTypes{{
    {ComponentType::Build, "build"}, {ComponentType::Test, "test"}}};
constexpr std::array<std::pair<NetworkMode, const char *>, 2> kNetworkModes{{
    {NetworkMode::None, "none"}, {NetworkMode::User, "user"}}};
constexpr std::array<std::pair<StartCondition, const char *>, 2> kStartConditions{{
    {StartCondition::Always, "always"}, {StartCondition::DependenciesUpdated, "dependenciesUpdated"}}};

} // namespace

QString componentTypeName(ComponentType type) { return nameOf(kComponentTypes, type); }
std::optional<ComponentType> parseComponentType(QStringView text) { return parseOf(kComponentTypes, text); }
QString networkModeName(NetworkMode n) { return nameOf(kNetworkModes, n); }
std::optional<NetworkMode> parseNetworkMode(QStringView text) { return parseOf(kNetworkModes, text); }
QString startConditionName(StartCondition c) { return nameOf(kStartConditions, c); }
std::optional<StartCondition> parseStartCondition(QStringView text) { return parseOf(kStartConditions, text); }

QString imageOriginName(ImageOrigin o) { return o == ImageOrigin::Built ? QStringLiteral("built") : QStringLiteral("imported"); }
QString buildKindName(BuildKind k) { return k == BuildKind::ComponentTest ? QStringLiteral("component-test") : QStringLiteral("pipeline"); }

} // namespace Kiln::Core
