#pragma once
// Helpers shared by kilnctl's catalog commands: option parsing, opening the catalog of --home,
// and printing rows as text tables, "key: value" blocks or JSON (--output json).

#include "command.h"

#include "core/catalog/catalog.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace Kiln::Ctl {

struct CtlTr {
    Q_DECLARE_TR_FUNCTIONS(kilnctl)
};

// Parses "--opt VALUE", "--opt=VALUE", flags and positionals. Unknown options are errors.
class Options
{
public:
    Options(const QStringList &args, const QStringList &valued, const QStringList &flags);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }
    // A whole number ≥ 0 (--limit, --offset): `fallback` when the option is absent; nullopt, with
    // the reason in *error, when its value is not a count.
    std::optional<int> count(const QString &name, int fallback, QString *error) const;

private:
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

// Prints "kilnctl: <message>" on stderr (JSON: {"error": …, "code": …}) and returns exit code 1.
int failed(Context &ctx, const Kiln::Core::Error &error);
int failed(Context &ctx, const QString &message, const QString &code = {});
// Usage error: message + usage line on stderr, exit code 2. With --help or -h among the
// command's arguments: only the usage line, on stdout, exit code 0.
int usage(Context &ctx, const QString &message, const QString &usageLine);

std::unique_ptr<Kiln::Core::Catalog> openCatalog(Context &ctx, int *exitCode);

// A text table with a header row, columns padded to their widest cell.
void printTable(Context &ctx, const QStringList &header, const QList<QStringList> &rows);
// "key: value" lines, keys padded.
void printFields(Context &ctx, const QList<QPair<QString, QString>> &fields);
void printJson(Context &ctx, const QJsonValue &value);

QString humanSize(qint64 bytes);
QString shortTime(const QDateTime &t); // local "yyyy-MM-dd HH:mm"

// Runs a sub-command table: `kilnctl <family> <sub> …`. Returns the exit code.
struct SubCommand {
    const char *name;
    const char *usage; // after "kilnctl <family> "
    int (*run)(Context &ctx, const QStringList &args);
};
int dispatch(Context &ctx, const char *family, const QList<SubCommand> &subs);

} // namespace Kiln::Ctl
