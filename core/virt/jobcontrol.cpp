#include "jobcontrol.h"

namespace Kiln::Core {

void JobControl::setProgress(qint64 done, qint64 total)
{
    if (m_future.progressMaximum() != 1000)
        m_future.setProgressRange(0, 1000);
    const int permille = total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
    const double mib = 1024.0 * 1024.0;
    m_future.setProgressValueAndText(permille,
                                     virtTr("%1 MiB of %2 MiB")
                                         .arg(double(done) / mib, 0, 'f', 1)
                                         .arg(double(total) / mib, 0, 'f', 1));
}

} // namespace Kiln::Core
