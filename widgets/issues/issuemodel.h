#pragma once
// The list behind the Issues dock. Each producer ("source") owns a set of issues it replaces as a
// whole (the editor after every validation run, the wizard after every review), so a fixed error
// disappears without bookkeeping. Rows are ordered errors first, then by source, then location.
#include "widgets/issues/issue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Kiln::Widgets {

class IssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, SourceColumn, ColumnCount };
    enum Role { IssueRole = Qt::UserRole + 1 };

    explicit IssueModel(QObject *parent = nullptr);

    // Replaces every issue of `source` by `issues` (their source field is set to `source`).
    void setIssues(const QString &source, const QList<Issue> &issues);
    // Adds one issue to its source's set (e.g. a failed import).
    void addIssue(const Issue &issue);
    void clearSource(const QString &source);
    // The name shown in the "Reported by" column for a source id (e.g. "editor" → "Component editor").
    void setSourceLabel(const QString &source, const QString &label);
    void clear();

    Issue issueAt(int row) const;
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString locationText(const Issue &issue);

Q_SIGNALS:
    void countsChanged(int errors, int warnings);

private:
    void rebuild(QList<Issue> issues);

    QList<Issue> m_issues;
    QHash<QString, QString> m_sourceLabels;
};

} // namespace Kiln::Widgets
