#include "outlinemodel.h"
#include "actionicons.h"

#include "core/toe/actions.h"

#include <QDataStream>

#include <algorithm>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

namespace Kiln::Widgets {

namespace {

// Step items carry their phase's row + 1 as internal id; phase items carry 0.
constexpr quintptr kPhaseId = 0;

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineModel::indexSpans()
{
    m_spans.clear();
    for (std::size_t p = 0; p < m_phases.size(); ++p)
        for (std::size_t s = 0; s < m_phases[p].steps.size(); ++s)
            m_spans.push_back({m_phases[p].steps[s].firstLine, m_phases[p].steps[s].lastLine, static_cast<int>(p), static_cast<int>(s)});
    std::stable_sort(m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) { return a.first < b.first; });
}

const OutlineModel::Span *OutlineModel::spanAt(int line) const
{
    // The last span starting at or before `line`, if it reaches it.
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), line, [](int l, const Span &s) { return l < s.first; });
    if (it == m_spans.begin())
        return nullptr;
    --it;
    return line <= it->last ? &*it : nullptr;
}

void OutlineModel::setOutline(const std::vector<Toe::OutlinePhase> &outline, const QList<TextDiagnostic> &diagnostics)
{
    bool sameShape = outline.size() == m_phases.size();
    for (std::size_t p = 0; sameShape && p < outline.size(); ++p)
        sameShape = outline[p].steps.size() == m_phases[p].steps.size();
    if (!sameShape)
        beginResetModel();
    m_phases = outline;
    indexSpans();
    m_counts.assign(m_phases.size(), {});
    for (std::size_t p = 0; p < m_phases.size(); ++p)
        m_counts[p].resize(m_phases[p].steps.size());
    for (const TextDiagnostic &d : diagnostics) {
        const Span *span = spanAt(d.line);
        if (!span)
            continue;
        Counts &c = m_counts[static_cast<std::size_t>(span->phase)][static_cast<std::size_t>(span->step)];
        if (d.severity == TextDiagnostic::Severity::Error)
            ++c.errors;
        else if (d.severity == TextDiagnostic::Severity::Warning)
            ++c.warnings;
    }
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same shape: update in place so the view keeps its expansion, selection and scroll position.
    for (std::size_t p = 0; p < m_phases.size(); ++p) {
        const QModelIndex phase = phaseIndex(static_cast<int>(p));
        Q_EMIT dataChanged(phase, phase);
        if (!m_phases[p].steps.empty())
            Q_EMIT dataChanged(index(0, 0, phase), index(static_cast<int>(m_phases[p].steps.size()) - 1, 0, phase));
    }
}

void OutlineModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (!m_phases.empty()) {
        Q_EMIT dataChanged(phaseIndex(0), phaseIndex(static_cast<int>(m_phases.size()) - 1));
        for (std::size_t p = 0; p < m_phases.size(); ++p)
            if (!m_phases[p].steps.empty())
                Q_EMIT dataChanged(stepIndex(static_cast<int>(p), 0),
                                   stepIndex(static_cast<int>(p), static_cast<int>(m_phases[p].steps.size()) - 1));
    }
}

void OutlineModel::setEditable(bool editable) { m_editable = editable; }

QModelIndex OutlineModel::phaseIndex(int phase) const { return index(phase, 0); }

QModelIndex OutlineModel::stepIndex(int phase, int step) const { return index(step, 0, phaseIndex(phase)); }

QModelIndex OutlineModel::stepAtLine(int line) const
{
    const Span *span = spanAt(line);
    return span ? stepIndex(span->phase, span->step) : QModelIndex();
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_phases.size()) ? createIndex(row, 0, kPhaseId) : QModelIndex();
    if (parent.internalId() != kPhaseId || parent.row() >= static_cast<int>(m_phases.size()))
        return {};
    const auto &steps = m_phases[static_cast<std::size_t>(parent.row())].steps;
    return row < static_cast<int>(steps.size()) ? createIndex(row, 0, static_cast<quintptr>(parent.row()) + 1) : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPhaseId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kPhaseId);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_phases.size());
    if (parent.column() != 0 || parent.internalId() != kPhaseId || parent.row() >= static_cast<int>(m_phases.size()))
        return 0;
    return static_cast<int>(m_phases[static_cast<std::size_t>(parent.row())].steps.size());
}

int OutlineModel::columnCount(const QModelIndex &) const { return 1; }

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const bool isPhase = index.internalId() == kPhaseId;
    const std::size_t p = isPhase ? static_cast<std::size_t>(index.row()) : static_cast<std::size_t>(index.internalId() - 1);
    if (p >= m_phases.size())
        return {};
    const Toe::OutlinePhase &phase = m_phases[p];
    if (isPhase) {
        switch (role) {
        case Qt::DisplayRole:
            return phase.name.empty() ? tr("(phase without a name)") : qs(phase.name);
        case Qt::DecorationRole: return ActionIcons::phase();
        case Qt::ToolTipRole: return tr("Phase %1: %n step(s)", nullptr, static_cast<int>(phase.steps.size())).arg(qs(phase.name));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ForegroundRole:
            return m_stale ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
        case KindRole: return int(Kind::Phase);
        case PhaseRole: return static_cast<int>(p);
        case StepRole: return -1;
        case LineRole: return phase.firstLine;
        case LastLineRole: return phase.lastLine;
        default: return {};
        }
    }
    const std::size_t s = static_cast<std::size_t>(index.row());
    if (s >= phase.steps.size())
        return {};
    const Toe::OutlineStep &step = phase.steps[s];
    const Counts counts = p < m_counts.size() && s < m_counts[p].size() ? m_counts[p][s] : Counts{};
    switch (role) {
    case Qt::DisplayRole: return step.name.empty() ? tr("(step without a name)") : qs(step.name);
    case Qt::DecorationRole: return ActionIcons::forAction(qs(step.action));
    case Qt::ToolTipRole: {
        QString tip = step.action.empty() ? tr("No action yet") : qs(step.action);
        if (const Toe::ActionInfo *a = Toe::findAction(step.action))
            tip += QStringLiteral(": ") + QString::fromUtf8(a->summary.data(), static_cast<qsizetype>(a->summary.size()));
        if (counts.errors + counts.warnings > 0)
            tip += u'\n' + tr("%n error(s)", nullptr, counts.errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, counts.warnings);
        tip += u'\n' + tr("Lines %1–%2 · drag to move").arg(step.firstLine).arg(step.lastLine);
        return tip;
    }
    case Qt::ForegroundRole:
        return m_stale ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case KindRole: return int(Kind::Step);
    case PhaseRole: return static_cast<int>(p);
    case StepRole: return static_cast<int>(s);
    case LineRole: return step.firstLine;
    case LastLineRole: return step.lastLine;
    case ActionRole: return qs(step.action);
    case ErrorCountRole: return counts.errors;
    case WarningCountRole: return counts.warnings;
    default: return {};
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable && !m_stale ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && !m_stale)
        f |= index.internalId() == kPhaseId ? Qt::ItemIsDropEnabled : (Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    return f;
}

Qt::DropActions OutlineModel::supportedDropActions() const { return Qt::MoveAction; }
Qt::DropActions OutlineModel::supportedDragActions() const { return Qt::MoveAction; }

QStringList OutlineModel::mimeTypes() const { return {QString::fromLatin1(kMimeType)}; }

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.internalId() == kPhaseId)
            continue;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << static_cast<qint32>(i.internalId() - 1) << static_cast<qint32>(i.row());
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kMimeType), bytes);
        return mime;
    }
    return nullptr;
}

bool OutlineModel::decodeDrop(const QMimeData *data, int row, const QModelIndex &parent, int &fromPhase, int &fromStep,
                              int &toPhase, int &toIndex) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)) || !m_editable || m_stale)
        return false;
    QDataStream in(data->data(QString::fromLatin1(kMimeType)));
    qint32 p = -1, s = -1;
    in >> p >> s;
    if (p < 0 || s < 0 || p >= static_cast<qint32>(m_phases.size()) || s >= static_cast<qint32>(m_phases[static_cast<std::size_t>(p)].steps.size()))
        return false;
    fromPhase = p;
    fromStep = s;
    if (!parent.isValid())
        return false; // between phases: not a place for a step
    if (parent.internalId() == kPhaseId) {
        toPhase = parent.row();
        toIndex = row < 0 ? rowCount(parent) : row;
        // `row` counts the list with the step still in it; the move wants the index after it left.
        if (toPhase == fromPhase && toIndex > fromStep)
            --toIndex;
    } else {
        // Dropped onto a step: take its place (before it when moving up, after it when moving down).
        toPhase = static_cast<int>(parent.internalId() - 1);
        toIndex = parent.row();
    }
    return !(toPhase == fromPhase && toIndex == fromStep);
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    int fp = 0, fs = 0, tp = 0, ti = 0;
    return action == Qt::MoveAction && decodeDrop(data, row, parent, fp, fs, tp, ti);
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    int fp = 0, fs = 0, tp = 0, ti = 0;
    if (action != Qt::MoveAction || !decodeDrop(data, row, parent, fp, fs, tp, ti))
        return false;
    // Queued: the view is still inside its drop handling; the YAML edit and the new outline follow.
    QMetaObject::invokeMethod(this, [this, fp, fs, tp, ti] { Q_EMIT moveRequested(fp, fs, tp, ti); }, Qt::QueuedConnection);
    // false: the view must not remove the dragged row itself; the next outline shows the move.
    return false;
}

} // namespace Kiln::Widgets
