#pragma once
// The palette of AWSTOE's 30 action modules, grouped by family (run programs, files, folders,
// downloads, system, checks) with a filter. Activating one (double-click, Return or "Add step")
// asks the editor to add a step of that module through its form (AddStepDialog).
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Kiln::Widgets {

class ActionPalette : public QWidget
{
    Q_OBJECT
public:
    explicit ActionPalette(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString selectedAction() const;
    void setEnabledForEditing(bool enabled);

Q_SIGNALS:
    void actionChosen(const QString &action);
    void actionHighlighted(const QString &action);

private:
    void filter(const QString &text);
    void choose(QTreeWidgetItem *item);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_add;
};

} // namespace Kiln::Widgets
