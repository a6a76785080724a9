#include "issuemodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

#include <algorithm>

namespace Kiln::Widgets {

IssueModel::IssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void IssueModel::setIssues(const QString &source, const QList<Issue> &issues)
{
    QList<Issue> next;
    next.reserve(m_issues.size() + issues.size());
    for (const Issue &i : std::as_const(m_issues))
        if (i.source != source)
            next.append(i);
    for (Issue i : issues) {
        i.source = source;
        next.append(i);
    }
    rebuild(std::move(next));
}

void IssueModel::addIssue(const Issue &issue)
{
    QList<Issue> next = m_issues;
    next.append(issue);
    rebuild(std::move(next));
}

void IssueModel::clearSource(const QString &source) { setIssues(source, {}); }

void IssueModel::clear() { rebuild({}); }

void IssueModel::setSourceLabel(const QString &source, const QString &label)
{
    m_sourceLabels.insert(source, label);
    if (!m_issues.isEmpty())
        Q_EMIT dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn), {Qt::DisplayRole});
}

void IssueModel::rebuild(QList<Issue> issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.source != b.source)
            return a.source < b.source;
        if (a.target != b.target)
            return a.target < b.target;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    if (issues == m_issues)
        return;
    // A full reset: issue lists are small (hundreds at most) and views keep no per-row state here.
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
    Q_EMIT countsChanged(errorCount(), warningCount());
}

Issue IssueModel::issueAt(int row) const { return m_issues.value(row); }

int IssueModel::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [](const Issue &i) { return i.severity == Issue::Severity::Error; }));
}

int IssueModel::warningCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [](const Issue &i) { return i.severity == Issue::Severity::Warning; }));
}

int IssueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_issues.size()); }

int IssueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString IssueModel::locationText(const Issue &issue)
{
    QString where;
    if (!issue.target.isEmpty()) {
        // Paths are long; the file name is what a user recognises (the tooltip has the full path).
        where = issue.target.startsWith(QLatin1String("kiln:")) ? issue.target : QFileInfo(issue.target).fileName();
        if (issue.line > 0) {
            where += u':' + QString::number(issue.line);
            if (issue.column > 0)
                where += u':' + QString::number(issue.column);
        }
    }
    if (!issue.context.isEmpty())
        where = where.isEmpty() ? issue.context : where + QLatin1String(" (") + issue.context + u')';
    return where;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue &issue = m_issues.at(index.row());
    if (role == IssueRole)
        return QVariant::fromValue(issue);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole) {
            switch (issue.severity) {
            case Issue::Severity::Error: return tr("Error");
            case Issue::Severity::Warning: return tr("Warning");
            case Issue::Severity::Info: return tr("Note");
            }
        }
        if (role == Qt::DecorationRole) {
            const QStyle *style = QApplication::style();
            switch (issue.severity) {
            case Issue::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case Issue::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case Issue::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
            }
        }
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return issue.message;
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return locationText(issue);
        if (role == Qt::ToolTipRole && issue.hasLocation())
            return issue.target;
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return m_sourceLabels.value(issue.source, issue.source);
        break;
    default:
        break;
    }
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Message");
    case LocationColumn: return tr("Location");
    case SourceColumn: return tr("Reported by");
    default: return {};
    }
}

} // namespace Kiln::Widgets
