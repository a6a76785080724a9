#pragma once
// A flat table of catalog value snapshots (pipelines, configurations, builds): the panel hands
// it a complete list from an async read and the model diffs by id, so a refresh keeps the
// selection and only repaints what changed. Subclasses describe the columns.
#include <QAbstractTableModel>
#include <QList>

#include <algorithm>

namespace Kiln::Widgets {

template <class Row>
class RowTableModel : public QAbstractTableModel
{
public:
    enum Role { IdRole = Qt::UserRole + 200, StatusRole };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows; rows with the same id update in place, others are inserted/removed.
    void setRows(const QList<Row> &rows)
    {
        // Remove rows that are gone (from the bottom so indexes stay valid).
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            const qint64 id = m_rows.at(i).id;
            if (std::none_of(rows.cbegin(), rows.cend(), [id](const Row &r) { return r.id == id; })) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        // Walk the new order: update, move into place, or insert.
        for (int i = 0; i < int(rows.size()); ++i) {
            const Row &r = rows.at(i);
            int at = -1;
            for (int j = i; j < int(m_rows.size()); ++j)
                if (m_rows.at(j).id == r.id) {
                    at = j;
                    break;
                }
            if (at < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, r);
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, at, at, {}, i);
                m_rows.move(at, i);
                endMoveRows();
            }
            m_rows[i] = r;
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
    }

    // Adds rows after the last one (a further page); rows already listed are skipped.
    void appendRows(const QList<Row> &rows)
    {
        QList<Row> fresh;
        for (const Row &r : rows)
            if (rowOfId(r.id) < 0)
                fresh.append(r);
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }

    const QList<Row> &rows() const { return m_rows; }
    Row rowAt(int row) const { return m_rows.value(row); }
    int rowOfId(qint64 id) const
    {
        for (int i = 0; i < int(m_rows.size()); ++i)
            if (m_rows.at(i).id == id)
                return i;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &r = m_rows.at(index.row());
        if (role == IdRole)
            return r.id;
        return cell(r, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return header(section);
        return {};
    }

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace Kiln::Widgets
