#pragma once
// The left-hand navigation of the main window, grouped like the cloud console's side menu
// ("Resources": pipelines, recipes…; "Activity": builds, the build monitor). Each entry shows
// one Panel; MainWindow::addPanel registers new entries (the editor adds its own).
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Kiln::Widgets {

class NavigationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationBar(QWidget *parent = nullptr);

    // Adds an entry under `group` (created on first use, in order of first use); returns its id.
    int addEntry(const QString &group, const QIcon &icon, const QString &text, const QString &key);
    void setCurrent(int id);
    int current() const;
    int idForKey(const QString &key) const;
    QString keyFor(int id) const;
    int count() const { return m_count; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentChanged(int id);

private:
    QListWidget *m_list;
    int m_count = 0;
};

} // namespace Kiln::Widgets
