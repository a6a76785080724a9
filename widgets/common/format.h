#pragma once
// How Kiln shows numbers, sizes, times and durations to users, in one place (locale-aware).
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Kiln::Widgets {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString bytes(qint64 bytes);           // "1.5 GiB"; "—" for 0/unknown
    static QString duration(qint64 ms);           // "4 min 05 s", "850 ms"; "—" for < 0
    static QString dateTime(const QDateTime &t);  // local time, short locale format; "—" if null
    static QString memoryMiB(int mib);            // "512 MiB", "2 GiB"
    static QString dash();                        // the "no value" mark
};

} // namespace Kiln::Widgets
