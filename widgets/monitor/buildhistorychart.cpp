#include "buildhistorychart.h"
#include "buildestimate.h"

#include "widgets/common/format.h"
#include "widgets/common/statusbadge.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Kiln::Widgets {

namespace {

constexpr int kMargin = 10;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

BuildHistoryChart::BuildHistoryChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("BuildHistoryChart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setMessage(tr("No builds yet."));
}

QColor BuildHistoryChart::stageColor(const QString &stage)
{
    // Mid-tones that keep their contrast against white and against a dark base.
    if (stage == QLatin1String("CREATING"))
        return QColor(0x8e, 0x6c, 0xc8);
    if (stage == QLatin1String("BUILDING"))
        return QColor(0x1f, 0x6f, 0xc5);
    if (stage == QLatin1String("TESTING"))
        return QColor(0x13, 0x92, 0x7f);
    if (stage == QLatin1String("DISTRIBUTING"))
        return QColor(0xd0, 0x8a, 0x10);
    return QColor(0x6b, 0x72, 0x80);
}

void BuildHistoryChart::setBuilds(const QString &pipeline, const QList<Core::BuildRow> &builds)
{
    m_pipeline = pipeline;
    m_bars.clear();
    for (const Core::BuildRow &b : builds) {
        if (!Core::isFinal(b.state))
            continue;
        Bar bar;
        bar.id = b.id;
        bar.state = b.state;
        bar.finishedAt = b.finishedAt;
        for (const QString &stage : BuildEstimate::stages())
            for (const Core::BuildStageRow &s : b.stages)
                if (s.stage == stage && s.durationMs() >= 0) {
                    bar.stages.append({stage, s.durationMs()});
                    bar.totalMs += s.durationMs();
                }
        m_bars.append(bar);
    }
    std::sort(m_bars.begin(), m_bars.end(), [](const Bar &a, const Bar &b) { return a.id < b.id; });
    m_message = m_bars.isEmpty() ? tr("No finished builds of %1 yet: the chart fills as builds end.").arg(pipeline) : QString();
    m_hover = -1;
    update();
}

void BuildHistoryChart::setCurrentBuild(qint64 id)
{
    m_current = id;
    update();
}

void BuildHistoryChart::setMessage(const QString &text)
{
    m_message = text;
    m_bars.clear();
    update();
}

qint64 BuildHistoryChart::barBuildId(int bar) const { return bar >= 0 && bar < m_bars.size() ? m_bars.at(bar).id : 0; }

int BuildHistoryChart::succeededCount() const
{
    return int(std::count_if(m_bars.cbegin(), m_bars.cend(), [](const Bar &b) { return b.state == Core::BuildState::Succeeded; }));
}

QString BuildHistoryChart::successRateText() const
{
    if (m_bars.isEmpty())
        return {};
    const int ok = succeededCount();
    const int n = int(m_bars.size());
    return tr("Success rate %1 % (%2 of %n build(s))", nullptr, n).arg(QLocale().toString(qRound(100.0 * ok / n))).arg(ok);
}

QString BuildHistoryChart::axisLabel(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (ms < 1000)
        return ms == 0 ? QStringLiteral("0") : tr("%1 ms").arg(ms);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s % 3600 == 0)
        return tr("%1 h").arg(s / 3600);
    if (s % 60 == 0)
        return tr("%1 min").arg(s / 60);
    return Format::duration(ms);
}

qint64 BuildHistoryChart::niceStep(qint64 maxMs, int maxTicks)
{
    static const qint64 steps[] = {100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000,
                                   900000, 1800000, 3600000, 7200000, 10800000, 21600000, 43200000, 86400000};
    for (qint64 s : steps)
        if (maxMs / s < maxTicks)
            return s;
    return 86400000;
}

qint64 BuildHistoryChart::axisMaxMs() const
{
    qint64 max = 0;
    for (const Bar &b : m_bars)
        max = std::max(max, b.totalMs);
    const qint64 step = niceStep(std::max<qint64>(max, 1), 5);
    return std::max<qint64>(step, ((max + step - 1) / step) * step);
}

QSize BuildHistoryChart::sizeHint() const { return QSize(640, 300); }
QSize BuildHistoryChart::minimumSizeHint() const { return QSize(320, 200); }

QRect BuildHistoryChart::plotRect() const
{
    const QFontMetrics fm(font());
    const int left = kMargin + fm.horizontalAdvance(QStringLiteral("00 min 00 s")) + 6;
    const int top = kMargin + 2 * fm.height() + 14;
    const int bottom = kMargin + fm.height() + 6;
    return QRect(left, top, std::max(10, width() - left - kMargin), std::max(10, height() - top - bottom));
}

QRect BuildHistoryChart::barRect(int i) const
{
    if (i < 0 || i >= m_bars.size())
        return {};
    const QRect plot = plotRect();
    const qreal slot = qreal(plot.width()) / qreal(m_bars.size());
    const int w = std::clamp(int(slot * 0.6), 3, 40);
    const qint64 max = axisMaxMs();
    const int h = std::max(2, int(plot.height() * double(m_bars.at(i).totalMs) / double(max)));
    const int x = plot.left() + int(slot * i + (slot - w) / 2);
    return QRect(x, plot.bottom() - h + 1, w, h);
}

int BuildHistoryChart::barAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_bars.isEmpty() || pos.x() < plot.left() || pos.x() > plot.right() || pos.y() > plot.bottom() + 20 || pos.y() < plot.top() - 20)
        return -1;
    const int i = int((pos.x() - plot.left()) / (qreal(plot.width()) / qreal(m_bars.size())));
    return i >= 0 && i < m_bars.size() ? i : -1;
}

QString BuildHistoryChart::barToolTip(int i) const
{
    if (i < 0 || i >= m_bars.size())
        return {};
    const Bar &b = m_bars.at(i);
    QStringList lines;
    lines << tr("Build #%1: %2").arg(b.id).arg(StatusBadge::label(Core::buildStateName(b.state)));
    if (b.finishedAt.isValid())
        lines << tr("Finished %1").arg(Format::dateTime(b.finishedAt));
    for (const auto &[stage, ms] : b.stages)
        lines << tr("%1: %2").arg(StatusBadge::label(stage), Format::duration(ms));
    lines << tr("Total: %1").arg(Format::duration(b.totalMs));
    return lines.join(QLatin1Char('\n'));
}

bool BuildHistoryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = barAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), barToolTip(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave && m_hover >= 0) {
        m_hover = -1;
        update();
    }
    return QWidget::event(event);
}

void BuildHistoryChart::mouseMoveEvent(QMouseEvent *event)
{
    const int i = barAt(event->position().toPoint());
    if (i != m_hover) {
        m_hover = i;
        setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void BuildHistoryChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int i = barAt(event->position().toPoint());
    if (i >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT buildActivated(m_bars.at(i).id);
}

void BuildHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QColor secondary = blend(text, base, 0.4);
    const QColor grid = blend(base, text, 0.13);
    p.fillRect(rect(), base);
    const QFontMetrics fm(font());

    if (!m_message.isEmpty()) {
        p.setPen(secondary);
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }

    // Title, success rate and legend.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const QString title = tr("Stage durations of the last %n build(s) of %1", nullptr, int(m_bars.size())).arg(m_pipeline);
    p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(font());
    const int ok = succeededCount();
    const bool good = ok * 10 >= int(m_bars.size()) * 8;
    p.setPen(good ? text : StatusBadge::color(QStringLiteral("FAILED")));
    p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, fm.height()), Qt::AlignRight | Qt::AlignVCenter, successRateText());

    int x = kMargin;
    const int ly = kMargin + fm.height() + 6;
    const int box = fm.height() - 4;
    auto legend = [&](const QColor &c, const QString &label, bool cross) {
        if (cross) {
            p.setPen(QPen(c, 2));
            p.drawLine(QPointF(x + 2, ly + 4), QPointF(x + box - 2, ly + box));
            p.drawLine(QPointF(x + box - 2, ly + 4), QPointF(x + 2, ly + box));
        } else {
            p.fillRect(QRect(x, ly + 2, box, box), c);
        }
        p.setPen(text);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(x + box + 4, ly, w + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += box + 4 + w + 16;
    };
    for (const QString &stage : BuildEstimate::stages())
        legend(stageColor(stage), StatusBadge::label(stage), false);
    legend(StatusBadge::color(QStringLiteral("FAILED")), tr("failed"), true);
    legend(StatusBadge::color(QStringLiteral("CANCELLED")), tr("cancelled"), false);

    // Axis and grid.
    const QRect plot = plotRect();
    const qint64 max = axisMaxMs();
    const qint64 step = niceStep(max, 6);
    for (qint64 v = 0; v <= max; v += step) {
        const int y = plot.bottom() - int(plot.height() * double(v) / double(max));
        p.setPen(QPen(grid, 1));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(secondary);
        p.drawText(QRect(kMargin, y - fm.height() / 2, plot.left() - kMargin - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   axisLabel(v));
    }

    // Bars.
    const int labelEvery = std::max(1, int(std::ceil(m_bars.size() * fm.horizontalAdvance(QStringLiteral("#0000 ")) / double(plot.width()))));
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        const QRect r = barRect(i);
        const bool cancelled = b.state == Core::BuildState::Cancelled;
        int y = plot.bottom() + 1;
        for (const auto &[stage, ms] : b.stages) {
            const int h = int(plot.height() * double(ms) / double(max));
            QColor c = cancelled ? StatusBadge::color(QStringLiteral("CANCELLED")) : stageColor(stage);
            if (m_hover >= 0 && m_hover != i)
                c = blend(c, base, 0.35);
            p.fillRect(QRect(r.left(), y - h, r.width(), h), c);
            y -= h;
        }
        if (b.stages.isEmpty())
            p.fillRect(QRect(r.left(), plot.bottom() - 1, r.width(), 2), secondary);
        if (b.id == m_current) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-2, -2, 2, 1));
        }
        if (b.state == Core::BuildState::Failed) {
            const QColor red = StatusBadge::color(QStringLiteral("FAILED"));
            const int s = std::min(10, std::max(6, r.width() - 2));
            const QPoint c(r.center().x(), r.top() - s / 2 - 4);
            p.setPen(QPen(red, 2.2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(c + QPoint(-s / 2, -s / 2), c + QPoint(s / 2, s / 2));
            p.drawLine(c + QPoint(s / 2, -s / 2), c + QPoint(-s / 2, s / 2));
        }
        if (i % labelEvery == 0 || i == m_bars.size() - 1) {
            p.setPen(b.state == Core::BuildState::Failed ? StatusBadge::color(QStringLiteral("FAILED")) : secondary);
            const QString label = QStringLiteral("#%1").arg(b.id);
            const int w = fm.horizontalAdvance(label) + 4;
            p.drawText(QRect(r.center().x() - w / 2, plot.bottom() + 4, w, fm.height()), Qt::AlignCenter, label);
        }
    }
}

} // namespace Kiln::Widgets
