#pragma once
// The outline of a component document: phases → steps, with each step's action and how many
// errors and warnings fall on its lines. Fed by value snapshots from the analysis of the text
// (setOutline); it never edits anything itself: dragging a step emits moveRequested, the editor
// writes the move into the YAML, and the next analysis feeds the new outline back. While the YAML
// cannot be read, the last good outline stays, greyed (setStale).
#include "widgets/editor/yamleditor.h"

#include "core/toe/yamledit.h"

#include <QAbstractItemModel>

#include <vector>

namespace Kiln::Widgets {

class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        PhaseRole,                   // int: the phase's index
        StepRole,                    // int: the step's index (-1 for a phase)
        LineRole,                    // int: first line (1-based)
        LastLineRole,                // int: last line (1-based)
        ActionRole,                  // QString: the step's action
        ErrorCountRole,              // int
        WarningCountRole,            // int
    };
    enum class Kind { Phase, Step };
    static constexpr const char *kMimeType = "application/x-kiln-outline-step";

    explicit OutlineModel(QObject *parent = nullptr);

    void setOutline(const std::vector<Toe::OutlinePhase> &outline, const QList<TextDiagnostic> &diagnostics);
    const std::vector<Toe::OutlinePhase> &outline() const { return m_phases; }
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // Refuse drags (a large document while its analysis is behind, a read-only editor).
    void setEditable(bool editable);

    QModelIndex phaseIndex(int phase) const;
    QModelIndex stepIndex(int phase, int step) const;
    // The step at `line` (1-based), or an invalid index.
    QModelIndex stepAtLine(int line) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    // Step `from` should become step `toIndex` of phase `toPhase` (index counted after the move).
    void moveRequested(int fromPhase, int fromStep, int toPhase, int toIndex);

private:
    struct Counts {
        int errors = 0;
        int warnings = 0;
    };
    bool decodeDrop(const QMimeData *data, int row, const QModelIndex &parent, int &fromPhase, int &fromStep, int &toPhase,
                    int &toIndex) const;

    struct Span {
        int first = 0;
        int last = 0;
        int phase = 0;
        int step = 0;
    };
    void indexSpans();
    const Span *spanAt(int line) const;

    std::vector<Toe::OutlinePhase> m_phases;
    std::vector<std::vector<Counts>> m_counts; // per phase, per step
    std::vector<Span> m_spans;                 // every step's lines, in line order (binary search)
    bool m_stale = false;
    bool m_editable = true;
};

} // namespace Kiln::Widgets
