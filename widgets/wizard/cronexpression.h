#pragma once
// A five-field cron schedule ("minute hour day-of-month month day-of-week", with *, lists,
// ranges, steps, month/day names and the @daily-style shortcuts), parsed with errors a user can
// act on ("hour: 25 is outside 0–23") and able to tell the next times it fires, so the wizard
// can show "next runs" on the review page. Pure Qt Core.
#include "core/toe/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <bitset>

namespace Kiln::Widgets {

class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)
public:
    static Kiln::Expected<CronExpression, QString> parse(const QString &text);

    // The first time strictly after `after` (seconds dropped) that matches, or an invalid
    // QDateTime when none exists within the next five years (e.g. "0 0 30 2 *").
    QDateTime nextAfter(const QDateTime &after) const;
    QList<QDateTime> nextRuns(const QDateTime &after, int count) const;
    QString text() const { return m_text; }

private:
    bool matchesDay(const QDate &date) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months;      // 1..12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday
    bool m_dayOfMonthStar = true;
    bool m_dayOfWeekStar = true;
};

} // namespace Kiln::Widgets
