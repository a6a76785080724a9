#include "cronexpression.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Kiln::Widgets {

namespace {

struct FieldSpec {
    const char *name; // for messages, translated on use
    int min;
    int max;
    QStringList names; // symbolic values starting at `min` (months) or 0 (days)
};

// Parses one field into a list of allowed values; `star` tells whether it was a bare "*".
Kiln::Expected<QList<int>, QString> parseField(const QString &field, const FieldSpec &spec, bool *star)
{
    const QString fieldName = QCoreApplication::translate("CronExpression", spec.name);
    *star = field == QLatin1String("*") || field == QLatin1String("?");
    auto value = [&](const QString &token) -> Kiln::Expected<int, QString> {
        bool ok = false;
        const int n = token.toInt(&ok);
        if (ok) {
            // Day-of-week 7 means Sunday, like most crons.
            if (spec.max == 6 && n == 7)
                return 0;
            if (n < spec.min || n > spec.max)
                return Kiln::unexpected(QCoreApplication::translate("CronExpression", "%1: %2 is outside %3–%4").arg(fieldName, token).arg(spec.min).arg(spec.max));
            return n;
        }
        const int idx = spec.names.indexOf(token.toLower());
        if (idx >= 0)
            return spec.max == 6 ? idx : idx + spec.min;
        return Kiln::unexpected(QCoreApplication::translate("CronExpression", "%1: \"%2\" is not a number").arg(fieldName, token));
    };

    QList<int> values;
    const QStringList parts = field.split(u',');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return Kiln::unexpected(QCoreApplication::translate("CronExpression", "%1: empty item in the list \"%2\"").arg(fieldName, field));
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return Kiln::unexpected(QCoreApplication::translate("CronExpression", "%1: the step in \"%2\" must be a positive number").arg(fieldName, part));
            range = part.left(slash);
        }
        int lo = spec.min;
        int hi = spec.max;
        if (range == QLatin1String("*") || range == QLatin1String("?")) {
            // full range
        } else if (const qsizetype dash = range.indexOf(u'-'); dash > 0) {
            auto a = value(range.left(dash));
            if (!a)
                return Kiln::unexpected(a.error());
            auto b = value(range.mid(dash + 1));
            if (!b)
                return Kiln::unexpected(b.error());
            lo = *a;
            hi = *b;
            if (spec.max == 6 && hi == 0 && lo > 0)
                hi = 6; // "1-7" (Monday to Sunday): 7 became 0 above
            if (lo > hi)
                return Kiln::unexpected(QCoreApplication::translate("CronExpression", "%1: the range \"%2\" runs backwards").arg(fieldName, range));
        } else {
            auto a = value(range);
            if (!a)
                return Kiln::unexpected(a.error());
            lo = *a;
            hi = slash >= 0 ? spec.max : *a; // "5/15" = from 5 to the end, every 15
        }
        for (int v = lo; v <= hi; v += step)
            values.append(v);
    }
    return values;
}

} // namespace

Kiln::Expected<CronExpression, QString> CronExpression::parse(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Kiln::unexpected(tr("The schedule is empty: enter a cron expression such as \"0 3 * * *\" (every day at 03:00)."));
    static const QList<std::pair<QString, QString>> macros = {
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
    };
    QString expanded = text;
    if (text.startsWith(u'@')) {
        bool found = false;
        for (const auto &[name, value] : macros) {
            if (text.compare(name, Qt::CaseInsensitive) == 0) {
                expanded = value;
                found = true;
            }
        }
        if (!found)
            return Kiln::unexpected(tr("\"%1\" is not a known shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.").arg(text));
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList fields = expanded.split(spaces, Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Kiln::unexpected(tr("A cron expression has 5 fields (minute hour day-of-month month day-of-week); this one has %n.", nullptr, int(fields.size())));

    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList days = {QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"),
                                     QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"),
                                     QStringLiteral("sat")};
    const FieldSpec specs[5] = {
        {QT_TRANSLATE_NOOP("CronExpression", "minute"), 0, 59, {}},
        {QT_TRANSLATE_NOOP("CronExpression", "hour"), 0, 23, {}},
        {QT_TRANSLATE_NOOP("CronExpression", "day of month"), 1, 31, {}},
        {QT_TRANSLATE_NOOP("CronExpression", "month"), 1, 12, months},
        {QT_TRANSLATE_NOOP("CronExpression", "day of week"), 0, 6, days},
    };
    CronExpression cron;
    cron.m_text = text;
    for (int i = 0; i < 5; ++i) {
        bool star = false;
        auto values = parseField(fields.at(i), specs[i], &star);
        if (!values)
            return Kiln::unexpected(values.error());
        for (int v : *values) {
            switch (i) {
            case 0: cron.m_minutes.set(size_t(v)); break;
            case 1: cron.m_hours.set(size_t(v)); break;
            case 2: cron.m_daysOfMonth.set(size_t(v)); break;
            case 3: cron.m_months.set(size_t(v)); break;
            case 4: cron.m_daysOfWeek.set(size_t(v)); break;
            }
        }
        if (i == 2)
            cron.m_dayOfMonthStar = star;
        if (i == 4)
            cron.m_dayOfWeekStar = star;
    }
    // A day that can never come ("30 2", "31 4") is a mistake worth saying, not a silent never.
    if (!cron.nextAfter(QDateTime(QDate(2000, 1, 1), QTime(0, 0))).isValid())
        return Kiln::unexpected(tr("This schedule never runs: no month in it has such a day."));
    return cron;
}

bool CronExpression::matchesDay(const QDate &date) const
{
    if (!m_months.test(size_t(date.month())))
        return false;
    const bool dom = m_daysOfMonth.test(size_t(date.day()));
    const bool dow = m_daysOfWeek.test(size_t(date.dayOfWeek() % 7));
    // Classic cron: when both day fields are restricted, either one matching is enough.
    if (!m_dayOfMonthStar && !m_dayOfWeekStar)
        return dom || dow;
    return dom && dow;
}

QDateTime CronExpression::nextAfter(const QDateTime &after) const
{
    QDateTime t = after;
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    t = t.addSecs(60);
    const QDate limit = t.date().addYears(5);
    QDate day = t.date();
    int startMinute = t.time().hour() * 60 + t.time().minute();
    while (day <= limit) {
        if (matchesDay(day)) {
            for (int m = startMinute; m < 24 * 60; ++m) {
                if (m_hours.test(size_t(m / 60)) && m_minutes.test(size_t(m % 60)))
                    return QDateTime(day, QTime(m / 60, m % 60), after.timeZone());
            }
        }
        day = day.addDays(1);
        startMinute = 0;
    }
    return {};
}

QList<QDateTime> CronExpression::nextRuns(const QDateTime &after, int count) const
{
    QList<QDateTime> runs;
    QDateTime t = after;
    while (runs.size() < count) {
        t = nextAfter(t);
        if (!t.isValid())
            break;
        runs.append(t);
    }
    return runs;
}

} // namespace Kiln::Widgets
