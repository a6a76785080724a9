#pragma once
// BuildHistoryChart: a pipeline's past builds as stacked bars, one per build (oldest on the
// left), each split into its stage durations (CREATING, BUILDING, TESTING, DISTRIBUTING, one
// colour each), failed builds marked with a red cross and cancelled ones with a grey bar, over
// a time axis; above it the success rate and the median duration. Hover a bar for its figures,
// click it to open that build. A small painted widget (no chart library needed), in palette
// colours plus stage colours that read on light and dark palettes.

#include "core/catalog/rows.h"

#include <QColor>
#include <QWidget>

namespace Kiln::Widgets {

class BuildHistoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit BuildHistoryChart(QWidget *parent = nullptr);

    // Builds of one pipeline, in any order; only finished ones are drawn.
    void setBuilds(const QString &pipeline, const QList<Core::BuildRow> &builds);
    void setCurrentBuild(qint64 id);
    void setMessage(const QString &text); // shown instead of the chart (loading, errors)

    int barCount() const { return int(m_bars.size()); }
    qint64 barBuildId(int bar) const;
    QRect barRect(int bar) const;       // where a bar is drawn
    QString successRateText() const;    // "Success rate 80 % (8 of 10 builds)"
    QString barToolTip(int bar) const;
    int finishedCount() const { return int(m_bars.size()); }
    int succeededCount() const;

    static QColor stageColor(const QString &stage);
    static QString axisLabel(qint64 ms);
    static qint64 niceStep(qint64 maxMs, int maxTicks);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void buildActivated(qint64 buildId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Bar {
        qint64 id = 0;
        Core::BuildState state = Core::BuildState::Succeeded;
        QList<QPair<QString, qint64>> stages; // stage → ms, in order
        qint64 totalMs = 0;
        QDateTime finishedAt;
    };
    QRect plotRect() const;
    int barAt(const QPoint &pos) const;
    qint64 axisMaxMs() const;

    QString m_pipeline;
    QList<Bar> m_bars;
    qint64 m_current = 0;
    int m_hover = -1;
    QString m_message;
};

} // namespace Kiln::Widgets
