#include "format.h"

#include <QLocale>

namespace Kiln::Widgets {

QString Format::dash() { return QStringLiteral("—"); }

QString Format::bytes(qint64 bytes)
{
    if (bytes <= 0)
        return dash();
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Format::duration(qint64 ms)
{
    if (ms < 0)
        return dash();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString Format::dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return dash();
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString Format::memoryMiB(int mib)
{
    if (mib >= 1024 && mib % 1024 == 0)
        return tr("%1 GiB").arg(mib / 1024);
    return tr("%1 MiB").arg(mib);
}

} // namespace Kiln::Widgets
