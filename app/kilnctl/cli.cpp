#include "cli.h"

#include <QJsonDocument>
#include <QLocale>

namespace Kiln::Ctl {

Options::Options(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(u'-') || a == QLatin1String("-")) {
            m_positional << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            m_positional << args.mid(i + 1);
            break;
        }
        QString name = a;
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = a.indexOf(u'='); eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            hasValue = true;
        }
        if (flags.contains(name) && !hasValue) {
            m_flags.insert(name);
            continue;
        }
        if (!valued.contains(name)) {
            m_error = CtlTr::tr("unknown option '%1'").arg(name);
            return;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                m_error = CtlTr::tr("option %1 needs a value").arg(name);
                return;
            }
            value = args.at(++i);
        }
        m_values[name].append(value);
    }
}

std::optional<int> Options::count(const QString &name, int fallback, QString *error) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int n = value(name).toInt(&ok);
    if (ok && n >= 0)
        return n;
    *error = CtlTr::tr("%1 takes a whole number of 0 or more, not '%2'").arg(name, value(name));
    return std::nullopt;
}

int failed(Context &ctx, const Kiln::Core::Error &error)
{
    if (ctx.json) {
        ctx.err << QJsonDocument(QJsonObject{{QStringLiteral("error"), error.message}, {QStringLiteral("code"), error.code}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    } else {
        ctx.err << "kilnctl: " << error.message << '\n';
    }
    return 1;
}

int failed(Context &ctx, const QString &message, const QString &code) { return failed(ctx, Kiln::Core::Error{message, code}); }

int usage(Context &ctx, const QString &message, const QString &usageLine)
{
    // Every command's option parser rejects --help as unknown before the command does anything,
    // so asking for help ends here: the usage line alone, on stdout, exit 0.
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << CtlTr::tr("Usage: kilnctl %1").arg(usageLine) << '\n';
        return 0;
    }
    ctx.err << "kilnctl: " << message << '\n' << CtlTr::tr("Usage: kilnctl %1").arg(usageLine) << '\n';
    return 2;
}

std::unique_ptr<Kiln::Core::Catalog> openCatalog(Context &ctx, int *exitCode)
{
    const Kiln::Core::Home home = Kiln::Core::Home::resolve(ctx.home);
    auto catalog = Kiln::Core::Catalog::open(home);
    if (!catalog) {
        *exitCode = failed(ctx, catalog.error());
        return nullptr;
    }
    return std::move(*catalog);
}

void printTable(Context &ctx, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString s;
        for (int i = 0; i < cells.size(); ++i)
            s += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        ctx.out << s.trimmed() << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

void printFields(Context &ctx, const QList<QPair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &f : fields)
        width = qMax(width, f.first.size());
    for (const auto &[key, value] : fields) {
        const QStringList lines = value.split(u'\n');
        ctx.out << QString(key + u':').leftJustified(width + 2) << lines.value(0) << '\n';
        for (int i = 1; i < lines.size(); ++i)
            ctx.out << QString(width + 2, u' ') << lines.at(i) << '\n';
    }
}

void printJson(Context &ctx, const QJsonValue &value)
{
    if (value.isArray())
        ctx.out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        ctx.out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

int dispatch(Context &ctx, const char *family, const QList<SubCommand> &subs)
{
    auto help = [&](QTextStream &s) {
        s << CtlTr::tr("Usage:") << '\n';
        for (const SubCommand &c : subs)
            s << "  kilnctl " << family << ' ' << QString::fromUtf8(c.usage) << '\n';
    };
    if (ctx.args.isEmpty() || ctx.args.first() == QLatin1String("--help") || ctx.args.first() == QLatin1String("-h")) {
        help(ctx.args.isEmpty() ? ctx.err : ctx.out);
        return ctx.args.isEmpty() ? 2 : 0;
    }
    const QString sub = ctx.args.first();
    for (const SubCommand &c : subs) {
        if (sub == QLatin1String(c.name)) {
            const QStringList rest = ctx.args.mid(1);
            if (rest.contains(QStringLiteral("--help"))) {
                ctx.out << "Usage: kilnctl " << family << ' ' << QString::fromUtf8(c.usage) << '\n';
                return 0;
            }
            return c.run(ctx, rest);
        }
    }
    ctx.err << "kilnctl: " << CtlTr::tr("unknown command '%1 %2'").arg(QString::fromUtf8(family), sub) << '\n';
    help(ctx.err);
    return 2;
}

} // namespace Kiln::Ctl
