#include "buildstepmodel.h"

#include "stepstatusstyle.h"
#include "widgets/common/format.h"

#include <QFont>

namespace Kiln::Widgets {

using Core::StepStatus;

BuildStepModel::BuildStepModel(QObject *parent) : QAbstractItemModel(parent) {}

BuildStepModel::~BuildStepModel() = default;

QString BuildStepModel::stepKey(const QString &step, int iteration)
{
    return step + QChar(0x1f) + QString::number(iteration);
}

QString BuildStepModel::groupKey(const QString &stage, const QString &component, const QString &phase)
{
    return stage + QChar(0x1f) + component + QChar(0x1f) + phase;
}

void BuildStepModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_groupByKey.clear();
    m_trackers.clear();
    m_names.clear();
    m_actions.clear();
    m_touched.clear();
    m_buildFinal = false;
    endResetModel();
}

void BuildStepModel::setPlan(const StepPlan &plan)
{
    beginResetModel();
    m_groups.clear();
    m_groupByKey.clear();
    m_trackers.clear();
    m_names.clear();
    m_actions.clear();
    m_touched.clear();
    m_buildFinal = false;
    for (auto it = plan.documents.cbegin(); it != plan.documents.cend(); ++it) {
        m_trackers.insert(it.key(), std::make_shared<Core::StepTracker>(it.key(), it.value()));
        for (const Core::AgentPlanDocument &d : it.value())
            m_names[it.key()].insert(d.reference, d.name);
    }
    for (const QString &stage : plan.stages) {
        for (const StepPlan::Phase &phase : plan.phases.value(stage)) {
            auto g = std::make_unique<Group>();
            g->stage = stage;
            g->component = phase.component;
            g->componentName = phase.componentName;
            g->phase = phase.phase;
            g->row = int(m_groups.size());
            for (const QString &name : phase.steps) {
                auto s = std::make_unique<Step>();
                s->name = name;
                s->row = int(g->steps.size());
                g->byKey[stepKey(name, 0)].append(s.get());
                g->lastByName.insert(name, s.get());
                g->steps.push_back(std::move(s));
            }
            recompute(g.get());
            m_groupByKey.insert(groupKey(stage, phase.component, phase.phase), g.get());
            m_groups.push_back(std::move(g));
        }
    }
    endResetModel();
}

void BuildStepModel::setBuildFinished(bool finished)
{
    if (m_buildFinal == finished)
        return;
    m_buildFinal = finished;
    // Pending rows now read "not run".
    for (const auto &g : m_groups) {
        recompute(g.get());
        if (!g->steps.empty())
            Q_EMIT dataChanged(index(0, 0, index(g->row, 0)), index(int(g->steps.size()) - 1, ColumnCount - 1, index(g->row, 0)));
    }
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

QString BuildStepModel::componentNameOf(const QString &stage, const QString &reference) const
{
    const QString known = m_names.value(stage).value(reference);
    if (!known.isEmpty())
        return known;
    // kiln:component/<name>/<version>/<build>, file:<path>, or a bare name.
    if (reference.startsWith(QLatin1String("kiln:component/")))
        return reference.section(u'/', 1, 1);
    if (reference.startsWith(QLatin1String("file:")))
        return reference.section(u'/', -1).section(u'.', 0, 0);
    return reference;
}

BuildStepModel::Group *BuildStepModel::group(const QString &stage, const QString &component, const QString &componentName,
                                             const QString &phase)
{
    const QString key = groupKey(stage, component, phase);
    if (Group *g = m_groupByKey.value(key))
        return g;
    flushTouched();
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    auto g = std::make_unique<Group>();
    g->stage = stage;
    g->component = component;
    g->componentName = componentName.isEmpty() ? componentNameOf(stage, component) : componentName;
    g->phase = phase;
    g->row = row;
    g->status = QStringLiteral("PENDING");
    Group *raw = g.get();
    m_groupByKey.insert(key, raw);
    m_groups.push_back(std::move(g));
    endInsertRows();
    return raw;
}

BuildStepModel::Step *BuildStepModel::addStep(Group *g, const QString &name, int iteration, bool pending)
{
    flushTouched();
    // After the step's previous run or iteration, else at the end of its phase.
    int pos = int(g->steps.size());
    if (Step *last = g->lastByName.value(name))
        pos = last->row + 1;
    const QList<Step *> &runs = g->byKey.value(stepKey(name, iteration));
    beginInsertRows(index(g->row, 0), pos, pos);
    auto s = std::make_unique<Step>();
    s->name = name;
    s->iteration = iteration;
    s->pending = pending;
    s->run = int(runs.size()) + 1;
    s->row = pos;
    Step *raw = s.get();
    g->steps.insert(g->steps.begin() + pos, std::move(s));
    for (size_t i = size_t(pos) + 1; i < g->steps.size(); ++i)
        g->steps[i]->row = int(i);
    g->byKey[stepKey(name, iteration)].append(raw);
    g->lastByName.insert(name, raw);
    endInsertRows();
    return raw;
}

void BuildStepModel::applyEvents(const QString &stage, const QList<Core::AgentEvent> &events)
{
    if (events.isEmpty())
        return;
    std::shared_ptr<Core::StepTracker> &tracker = m_trackers[stage];
    if (!tracker)
        tracker = std::make_shared<Core::StepTracker>(stage, QList<Core::AgentPlanDocument>());
    for (const Core::AgentEvent &e : events)
        if (e.type == Core::AgentEvent::Type::StepStart)
            m_actions.insert(groupKey(stage, tracker->componentReference(e.documentIndex, e.document), e.phase)
                                 + QChar(0x1f) + stepKey(e.step, qMax(0, e.iteration)),
                             e.action);
    Core::AgentEventParser::Batch batch;
    batch.events = events;
    QList<Core::StepTracker::Change> changes;
    QStringList notes;
    tracker->handle(batch, changes, notes);
    for (const Core::StepTracker::Change &c : std::as_const(changes))
        applyChange(stage, c);
    flushTouched();
}

void BuildStepModel::applyChange(const QString &stage, const Core::StepTracker::Change &change)
{
    const Core::BuildStepRow &r = change.row;
    Group *g = group(stage, r.component, {}, r.phase);
    const QList<Step *> runs = g->byKey.value(stepKey(r.step, r.iteration));
    Step *s = nullptr;
    if (change.kind == Core::StepTracker::Change::Kind::Open) {
        for (Step *run : runs)
            if (!run->eventOpen) {
                s = run;
                break;
            }
        if (!s)
            s = addStep(g, r.step, r.iteration, false);
        s->eventOpen = true;
        s->action = m_actions.value(groupKey(stage, r.component, r.phase) + QChar(0x1f) + stepKey(r.step, r.iteration), s->action);
        if (s->pending || !s->isFinal()) {
            s->pending = false;
            s->status = StepStatus::Running;
            s->startedAt = r.startedAt;
        }
    } else {
        for (auto it = runs.crbegin(); it != runs.crend(); ++it)
            if ((*it)->eventOpen && !(*it)->eventClosed) {
                s = *it;
                break;
            }
        if (!s)
            return;
        s->eventClosed = true;
        // The worker's row already said how it ended: its status and times stay (one source for
        // both ends); the event only adds an exit code the row did not have.
        if (s->fromCatalog && s->isFinal()) {
            if (!s->exitCode && r.exitCode) {
                s->exitCode = r.exitCode;
                touch(g, s);
            }
            return;
        }
        s->pending = false;
        s->status = r.status;
        s->exitCode = r.exitCode;
        if (!r.message.isEmpty())
            s->message = r.message;
        s->finishedAt = r.finishedAt;
    }
    touch(g, s);
}

void BuildStepModel::applyCatalogSteps(const QList<Core::BuildStepRow> &rows)
{
    QHash<QString, int> seen; // group/step key → catalog runs so far
    for (const Core::BuildStepRow &r : rows) {
        Group *g = group(r.stage, r.component, {}, r.phase);
        const QString key = stepKey(r.step, r.iteration);
        const int n = seen[groupKey(r.stage, r.component, r.phase) + QChar(0x1f) + key]++;
        QList<Step *> runs = g->byKey.value(key);
        Step *s = nullptr;
        int started = 0;
        for (Step *run : std::as_const(runs))
            if (!run->pending && started++ == n) {
                s = run;
                break;
            }
        if (!s)
            for (Step *run : std::as_const(runs))
                if (run->pending) {
                    s = run;
                    break;
                }
        if (!s)
            s = addStep(g, r.step, r.iteration, false);
        const bool catalogFinal = r.status != StepStatus::Running;
        const bool changed = s->pending || !s->fromCatalog || (catalogFinal && !s->isFinal()) || s->status != r.status
            || s->exitCode != r.exitCode || (catalogFinal && s->message != r.message && !r.message.isEmpty());
        s->fromCatalog = true;
        if (!changed)
            continue;
        if (s->pending || !s->startedAt.isValid())
            s->startedAt = r.startedAt;
        s->pending = false;
        // The worker's final word wins; a "running" catalog row never undoes what events said.
        if (catalogFinal || !s->isFinal()) {
            // A finished row's start and end come from one source, the worker's row (never
            // an event's start with a row's end: a copied or re-timed log would mix clocks).
            if (catalogFinal && r.startedAt.isValid() && r.finishedAt.isValid())
                s->startedAt = r.startedAt;
            s->status = r.status;
            s->exitCode = r.exitCode;
            if (!r.message.isEmpty())
                s->message = r.message;
            if (r.finishedAt.isValid())
                s->finishedAt = r.finishedAt;
        }
        touch(g, s);
    }
    flushTouched();
}

void BuildStepModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (const auto &g : m_groups) {
        if (g->running == 0)
            continue;
        const QModelIndex parent = index(g->row, 0);
        Q_EMIT dataChanged(index(g->row, DurationColumn), index(g->row, DurationColumn));
        int first = -1, last = -1;
        for (const auto &s : g->steps)
            if (!s->pending && s->status == StepStatus::Running) {
                first = first < 0 ? s->row : first;
                last = s->row;
            }
        if (first >= 0)
            Q_EMIT dataChanged(index(first, DurationColumn, parent), index(last, DurationColumn, parent));
    }
}

void BuildStepModel::touch(Group *g, Step *s)
{
    auto it = m_touched.find(g);
    if (it == m_touched.end())
        m_touched.insert(g, {s->row, s->row});
    else
        *it = {qMin(it->first, s->row), qMax(it->second, s->row)};
}

void BuildStepModel::flushTouched()
{
    if (m_touched.isEmpty())
        return;
    const auto touched = std::exchange(m_touched, {});
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        Group *g = it.key();
        recompute(g);
        const QModelIndex parent = index(g->row, 0);
        Q_EMIT dataChanged(index(it->first, 0, parent), index(it->second, ColumnCount - 1, parent));
        Q_EMIT dataChanged(index(g->row, 0), index(g->row, ColumnCount - 1));
    }
}

void BuildStepModel::recompute(Group *g)
{
    int pending = 0, failed = 0, running = 0, cancelled = 0, skipped = 0, finished = 0;
    QDateTime start, end;
    for (const auto &s : g->steps) {
        if (s->pending) {
            ++pending;
            continue;
        }
        if (s->startedAt.isValid() && (!start.isValid() || s->startedAt < start))
            start = s->startedAt;
        if (s->finishedAt.isValid() && (!end.isValid() || s->finishedAt > end))
            end = s->finishedAt;
        switch (s->status) {
        case StepStatus::Running: ++running; continue;
        case StepStatus::Failed: ++failed; break;
        case StepStatus::Cancelled: ++cancelled; break;
        case StepStatus::Skipped: ++skipped; break;
        default: break;
        }
        ++finished;
    }
    g->finished = finished;
    g->failed = failed;
    g->running = running;
    g->startedAt = start;
    g->finishedAt = running > 0 ? QDateTime() : end;
    const int total = int(g->steps.size());
    if (failed > 0)
        g->status = QStringLiteral("FAILED");
    else if (running > 0)
        g->status = QStringLiteral("RUNNING");
    else if (cancelled > 0)
        g->status = QStringLiteral("CANCELLED");
    else if (pending == total)
        g->status = m_buildFinal ? QStringLiteral("NOTRUN") : QStringLiteral("PENDING");
    else if (pending > 0)
        g->status = m_buildFinal ? QStringLiteral("NOTRUN") : QStringLiteral("RUNNING");
    else if (skipped == total)
        g->status = QStringLiteral("SKIPPED");
    else
        g->status = QStringLiteral("SUCCEEDED");
}

BuildStepModel::Counts BuildStepModel::counts(const QString &stage) const
{
    Counts c;
    for (const auto &g : m_groups) {
        if (!stage.isEmpty() && g->stage != stage)
            continue;
        c.steps += int(g->steps.size());
        c.finished += g->finished;
        c.failed += g->failed;
        c.running += g->running;
    }
    return c;
}

QModelIndex BuildStepModel::firstFailedStep() const
{
    for (const auto &g : m_groups)
        if (g->failed > 0)
            for (const auto &s : g->steps)
                if (!s->pending && s->status == StepStatus::Failed)
                    return index(s->row, 0, index(g->row, 0));
    return {};
}

QModelIndex BuildStepModel::findStep(const QString &stage, const QString &component, const QString &phase, const QString &step) const
{
    for (const auto &g : m_groups) {
        if ((!stage.isEmpty() && g->stage != stage) || g->phase != phase
            || (g->component != component && g->componentName != component))
            continue;
        const Step *best = nullptr;
        for (const auto &s : g->steps)
            if (s->name == step && (!best || (s->status == StepStatus::Failed && best->status != StepStatus::Failed)))
                best = s.get();
        if (best)
            return index(best->row, 0, index(g->row, 0));
    }
    return {};
}

qint64 BuildStepModel::durationMs(const QDateTime &start, const QDateTime &end) const
{
    if (!start.isValid())
        return -1;
    const QDateTime to = end.isValid() ? end : (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    return qMax<qint64>(0, start.msecsTo(to));
}

QModelIndex BuildStepModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {}; // steps have no children; only column 0 has them
    Group *g = m_groups[size_t(parent.row())].get();
    return row < int(g->steps.size()) ? createIndex(row, column, g) : QModelIndex();
}

QModelIndex BuildStepModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *g = static_cast<const Group *>(child.internalPointer());
    return createIndex(g->row, 0, nullptr);
}

int BuildStepModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalPointer() || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[size_t(parent.row())]->steps.size());
}

int BuildStepModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant BuildStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Component and step");
    case StatusColumn: return tr("Status");
    case ExitCodeColumn: return tr("Exit code");
    case DurationColumn: return tr("Duration");
    case DetailColumn: return tr("Action and message");
    }
    return {};
}

QVariant BuildStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!index.internalPointer())
        return groupData(*m_groups[size_t(index.row())], index.column(), role);
    const auto *g = static_cast<const Group *>(index.internalPointer());
    return stepData(*g, *g->steps[size_t(index.row())], index.column(), role);
}

QVariant BuildStepModel::groupData(const Group &g, int column, int role) const
{
    switch (role) {
    case StatusRole: return g.status;
    case StageRole: return g.stage;
    case ComponentRole: return g.component;
    case PhaseRole: return g.phase;
    case IsGroupRole: return true;
    case DurationMsRole: return durationMs(g.startedAt, g.finishedAt);
    case ExitCodeRole: return {};
    case Qt::ToolTipRole:
        return tr("%1, phase %2 (%3)").arg(g.component, g.phase, g.stage == QLatin1String("TESTING") ? tr("test VM") : tr("build VM"));
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        return column == StatusColumn ? StepStatusStyle::icon(g.status) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return tr("%1 › %2").arg(g.componentName, g.phase);
        case StatusColumn: return StepStatusStyle::label(g.status);
        case DurationColumn: return g.startedAt.isValid() ? Format::duration(durationMs(g.startedAt, g.finishedAt)) : QString();
        case DetailColumn:
            return g.steps.empty() ? QString() : tr("%1 of %n step(s) done", nullptr, int(g.steps.size())).arg(g.finished);
        }
        return {};
    }
    return {};
}

QVariant BuildStepModel::stepData(const Group &g, const Step &s, int column, int role) const
{
    const QString word = s.pending ? (m_buildFinal ? QStringLiteral("NOTRUN") : QStringLiteral("PENDING")) : StepStatusStyle::word(s.status);
    switch (role) {
    case StatusRole: return word;
    case StageRole: return g.stage;
    case ComponentRole: return g.component;
    case PhaseRole: return g.phase;
    case StepRole: return s.name;
    case IterationRole: return s.iteration;
    case IsGroupRole: return false;
    case ExitCodeRole: return s.exitCode ? QVariant(*s.exitCode) : QVariant();
    case DurationMsRole: return s.pending ? qint64(-1) : durationMs(s.startedAt, s.finishedAt);
    case Qt::DecorationRole:
        return column == StatusColumn ? StepStatusStyle::icon(word) : QVariant();
    case Qt::TextAlignmentRole:
        return column == ExitCodeColumn || column == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (!s.message.isEmpty())
            return s.message;
        return s.iteration > 0 ? tr("loop iteration %1").arg(s.iteration + 1) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: {
            QString name = s.name;
            if (s.iteration > 0)
                name = tr("%1 (iteration %2)").arg(name).arg(s.iteration + 1);
            if (s.run > 1)
                name = tr("%1 (run %2)").arg(name).arg(s.run);
            return name;
        }
        case StatusColumn: return StepStatusStyle::label(word);
        case ExitCodeColumn: return s.exitCode ? QString::number(*s.exitCode) : QString();
        case DurationColumn: return s.pending ? QString() : Format::duration(durationMs(s.startedAt, s.finishedAt));
        case DetailColumn:
            if (s.message.isEmpty())
                return s.action;
            return s.action.isEmpty() ? s.message : tr("%1: %2").arg(s.action, s.message);
        }
        return {};
    }
    return {};
}

} // namespace Kiln::Widgets
