#pragma once
// StageTimeline: the four stages of a build side by side (CREATING → BUILDING → TESTING →
// DISTRIBUTING), each with its state, how long it took or has been running against how long it
// usually takes, the step count of VM stages, and a progress bar; the estimate of the time left
// below. Painted with palette colours plus the status colours of StatusBadge, so it reads on
// light and dark palettes. A running stage without history shows a moving stripe instead of a
// made-up percentage.

#include <QList>
#include <QTimer>
#include <QWidget>

namespace Kiln::Widgets {

class StageTimeline : public QWidget
{
    Q_OBJECT
public:
    struct Stage {
        enum class State { Waiting, Running, Done, Failed, Cancelled, Skipped, NotRun };
        QString name;           // CREATING, BUILDING, TESTING, DISTRIBUTING
        State state = State::Waiting;
        qint64 elapsedMs = -1;  // how long it ran / has been running
        qint64 expectedMs = -1; // the usual duration, -1 unknown
        double fraction = -1;   // progress 0..1, -1 unknown
        bool overdue = false;
        QString detail;         // "7 of 12 steps"
    };

    explicit StageTimeline(QWidget *parent = nullptr);

    void setStages(const QList<Stage> &stages);
    const QList<Stage> &stages() const { return m_stages; }
    void setSummary(const QString &text);
    QString summary() const { return m_summary; }

    // The state line shown for a stage ("done in 1.9 s"), for tests and accessibility.
    QString stateText(const QString &stage) const;
    static QString stateText(const Stage &stage);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAnimation();
    QRect segmentRect(int i) const;

    QList<Stage> m_stages;
    QString m_summary;
    QTimer m_animation; // the stripe of a running stage without an estimate
    int m_phase = 0;
};

} // namespace Kiln::Widgets
