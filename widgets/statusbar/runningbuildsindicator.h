#pragma once
// Status-bar item: how many builds are running right now (from the catalog, refreshed when the
// catalog changes and every few seconds, since build workers are other processes). Clicking it
// opens the build monitor.
#include <QWidget>

class QLabel;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class RunningBuildsIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit RunningBuildsIndicator(Core::Catalog &catalog, QWidget *parent = nullptr);

    int runningCount() const { return m_count; }
    QString text() const;
    void refresh();

Q_SIGNALS:
    void clicked(qint64 newestRunningBuild);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Core::Catalog &m_catalog;
    QLabel *m_label;
    QTimer *m_timer;
    int m_count = 0;
    qint64 m_newest = 0;
    quint64 m_token = 0;
};

} // namespace Kiln::Widgets
