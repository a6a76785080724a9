#pragma once
// StepStatusStyle: how a step's status reads in the build monitor — the status word the step
// model gives (PENDING, RUNNING, SUCCEEDED, FAILED, IGNORED, SKIPPED, CANCELLED, NOTRUN), its
// translated label and its icon (a small round badge whose mark's shape tells the status apart
// without colour; saturated fill with a white mark, readable on light and dark palettes).

#include "core/catalog/statuses.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Kiln::Widgets {

class StepStatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Widgets::StepStatusStyle)
public:
    static QString word(Core::StepStatus status);
    static QString label(const QString &word);
    static QIcon icon(const QString &word);
};

} // namespace Kiln::Widgets
