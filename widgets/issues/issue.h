#pragma once
// One entry of the Issues dock: an error, warning or note with where it happened, so the user can
// jump there. Value type; producers (the editor's validation, imports, the wizard, catalog
// loading) build these and hand lists of them to IssueModel.
#include <QMetaType>
#include <QString>

namespace Kiln::Widgets {

struct Issue {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString message;
    // Who reported it: replaces that producer's earlier issues as a set (see IssueModel::setIssues)
    // and picks the handler that jumps to the location (MainWindow::registerIssueJumpHandler).
    QString source;
    // Where: a file path or a catalog reference (kiln:component/…), plus an optional 1-based
    // line and column, and a free "context" (component / phase / step) shown to the user.
    QString target;
    int line = 0;
    int column = 0;
    QString context;

    bool hasLocation() const { return !target.isEmpty(); }
    friend bool operator==(const Issue &, const Issue &) = default;
};

} // namespace Kiln::Widgets

Q_DECLARE_METATYPE(Kiln::Widgets::Issue)
