#pragma once
// A page of the main window reached from the navigation (Pipelines, Images, Build monitor, the
// component editor later…). The main window routes its generic actions (Find, Save, Refresh) to
// the current panel through these virtuals, so a new panel plugs in without touching the menus.
#include <QIcon>
#include <QWidget>

namespace Kiln::Widgets {

class Panel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // Edit ▸ Find (Ctrl+F): focus the panel's filter or search field.
    virtual void activateFind() {}
    // File ▸ Save (Ctrl+S): only enabled while canSave() is true (the editor's document).
    virtual bool canSave() const { return false; }
    virtual void save() {}
    // View ▸ Refresh (F5): reload from the catalog.
    virtual void refresh() {}
    // Called every time the panel becomes the visible page; panels load lazily on the first call.
    virtual void panelShown() {}

Q_SIGNALS:
    void canSaveChanged(bool canSave);
    // A short message for the status bar ("Image web 1.0.0/2 deprecated").
    void statusMessage(const QString &message);
};

} // namespace Kiln::Widgets
