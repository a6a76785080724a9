#include "stagetimeline.h"
#include "stepstatusstyle.h"

#include "widgets/common/format.h"
#include "widgets/common/statusbadge.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace Kiln::Widgets {

namespace {

constexpr int kGap = 14;     // between segments (an arrow sits there)
constexpr int kPadding = 8;
constexpr int kBarHeight = 6;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QString stateWord(StageTimeline::Stage::State s)
{
    using S = StageTimeline::Stage::State;
    switch (s) {
    case S::Waiting: return QStringLiteral("PENDING");
    case S::Running: return QStringLiteral("RUNNING");
    case S::Done: return QStringLiteral("SUCCEEDED");
    case S::Failed: return QStringLiteral("FAILED");
    case S::Cancelled: return QStringLiteral("CANCELLED");
    case S::Skipped: return QStringLiteral("SKIPPED");
    case S::NotRun: return QStringLiteral("NOTRUN");
    }
    return {};
}

} // namespace

StageTimeline::StageTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("StageTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_animation.setInterval(80);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        m_phase = (m_phase + 1) % 1000;
        update();
    });
}

void StageTimeline::setStages(const QList<Stage> &stages)
{
    m_stages = stages;
    QStringList names;
    for (const Stage &s : stages)
        names << StatusBadge::label(s.name) + QStringLiteral(": ") + stateText(s);
    setAccessibleDescription(names.join(QStringLiteral("; ")));
    updateAnimation();
    update();
}

void StageTimeline::setSummary(const QString &text)
{
    if (m_summary == text)
        return;
    m_summary = text;
    setToolTip(text);
    update();
}

QString StageTimeline::stateText(const QString &stage) const
{
    for (const Stage &s : m_stages)
        if (s.name == stage)
            return stateText(s);
    return {};
}

QString StageTimeline::stateText(const Stage &s)
{
    using S = Stage::State;
    switch (s.state) {
    case S::Waiting:
        return s.expectedMs >= 0 ? tr("usually %1").arg(Format::duration(s.expectedMs)) : tr("waiting");
    case S::Running:
        if (s.overdue)
            return tr("%1, longer than usual").arg(Format::duration(s.elapsedMs));
        if (s.expectedMs >= 0)
            return tr("%1 of about %2").arg(Format::duration(s.elapsedMs), Format::duration(s.expectedMs));
        return tr("running for %1").arg(Format::duration(s.elapsedMs));
    case S::Done:
        return tr("done in %1").arg(Format::duration(s.elapsedMs));
    case S::Failed:
        return tr("failed after %1").arg(Format::duration(s.elapsedMs));
    case S::Cancelled:
        return tr("cancelled after %1").arg(Format::duration(s.elapsedMs));
    case S::Skipped:
        return tr("not in this build");
    case S::NotRun:
        return tr("not run");
    }
    return {};
}

void StageTimeline::updateAnimation()
{
    bool indeterminate = false;
    for (const Stage &s : std::as_const(m_stages))
        indeterminate |= s.state == Stage::State::Running && s.fraction < 0;
    if (indeterminate && isVisible())
        m_animation.start();
    else
        m_animation.stop();
}

void StageTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

QSize StageTimeline::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(4 * (fm.horizontalAdvance(QLatin1Char('x')) * 22) + 3 * kGap, 4 * fm.height() + 3 * kPadding + kBarHeight + 6);
}

QSize StageTimeline::minimumSizeHint() const
{
    const QSize s = sizeHint();
    return QSize(4 * 90 + 3 * kGap, s.height());
}

QRect StageTimeline::segmentRect(int i) const
{
    const int n = qMax(1, int(m_stages.size()));
    const QFontMetrics fm(font());
    const int h = 3 * fm.height() + 2 * kPadding + kBarHeight + 4;
    const int w = (width() - (n - 1) * kGap) / n;
    return QRect(i * (w + kGap), 0, w, h);
}

void StageTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QColor secondary = blend(text, pal.color(QPalette::Window), 0.35);
    const QColor track = blend(base, text, 0.12);
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);

    for (int i = 0; i < m_stages.size(); ++i) {
        const Stage &s = m_stages.at(i);
        const QRect r = segmentRect(i);
        const QString word = stateWord(s.state);
        const bool active = s.state != Stage::State::Waiting && s.state != Stage::State::Skipped && s.state != Stage::State::NotRun;
        const QColor accent = s.state == Stage::State::Done ? StatusBadge::color(QStringLiteral("SUCCEEDED"))
                                                            : StatusBadge::color(word == QLatin1String("RUNNING") ? QStringLiteral("BUILDING") : word);
        QPainterPath frame;
        frame.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        p.fillPath(frame, s.state == Stage::State::Skipped ? pal.color(QPalette::Window) : base);
        p.setPen(QPen(active ? accent : blend(base, text, 0.25), s.state == Stage::State::Running ? 2 : 1,
                      s.state == Stage::State::Skipped ? Qt::DashLine : Qt::SolidLine));
        p.drawPath(frame);

        // Arrow to the next stage.
        if (i + 1 < m_stages.size()) {
            p.setPen(QPen(secondary, 1.5));
            const int x = r.right() + kGap / 2;
            const int y = r.top() + r.height() / 2;
            p.drawLine(QPointF(x - 3, y - 5), QPointF(x + 2, y));
            p.drawLine(QPointF(x + 2, y), QPointF(x - 3, y + 5));
        }

        const QRect inner = r.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const int icon = fm.height();
        StepStatusStyle::icon(word).paint(&p, QRect(inner.left(), inner.top(), icon, icon));
        p.setFont(bold);
        p.setPen(s.state == Stage::State::Skipped ? secondary : text);
        const QRect title(inner.left() + icon + 6, inner.top(), inner.width() - icon - 6, fm.height());
        p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(StatusBadge::label(s.name), Qt::ElideRight, title.width()));
        p.setFont(font());
        p.setPen(s.state == Stage::State::Failed ? accent : (s.state == Stage::State::Running ? text : secondary));
        const QRect line2(inner.left(), inner.top() + fm.height(), inner.width(), fm.height());
        p.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(stateText(s), Qt::ElideRight, line2.width()));
        p.setPen(secondary);
        const QRect line3(inner.left(), line2.bottom() + 1, inner.width(), fm.height());
        p.drawText(line3, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(s.detail, Qt::ElideRight, line3.width()));

        // Progress bar.
        const QRectF bar(inner.left(), inner.bottom() - kBarHeight + 1, inner.width(), kBarHeight);
        QPainterPath trackPath;
        trackPath.addRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
        p.fillPath(trackPath, track);
        double fraction = 0;
        switch (s.state) {
        case Stage::State::Done:
        case Stage::State::Failed:
        case Stage::State::Cancelled: fraction = 1; break;
        case Stage::State::Running: fraction = s.fraction; break;
        default: break;
        }
        if (s.state == Stage::State::Running && fraction < 0) {
            // Unknown length: a block sliding along the track.
            const qreal w = bar.width() * 0.25;
            const qreal x = bar.left() + std::fmod(m_phase * 6.0, bar.width() + w) - w;
            p.save();
            p.setClipPath(trackPath);
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), accent);
            p.restore();
        } else if (fraction > 0) {
            QPainterPath fill;
            fill.addRoundedRect(QRectF(bar.left(), bar.top(), qMax<qreal>(kBarHeight, bar.width() * fraction), bar.height()),
                                kBarHeight / 2.0, kBarHeight / 2.0);
            p.fillPath(fill, s.state == Stage::State::Running && s.overdue ? StatusBadge::color(QStringLiteral("DEPRECATED")) : accent);
        }
    }

    if (!m_summary.isEmpty()) {
        const QRect last = segmentRect(0);
        const QRect line(0, last.bottom() + 6, width(), height() - last.bottom() - 6);
        p.setPen(text);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_summary, Qt::ElideRight, line.width()));
    }
}

} // namespace Kiln::Widgets
