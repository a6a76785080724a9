#pragma once
// The help beside the editor: what the action of the step under the cursor does, its inputs
// (type, required, default, allowed values, description), its outputs and an example step — all
// from the action registry (core/toe/actions.h). Without a step under the cursor it lists every
// action module; clicking one shows its help.
#include <QTextBrowser>

namespace Kiln::Widgets {

class ActionHelp : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ActionHelp(QWidget *parent = nullptr);

    // Shows `action` ("" or an unknown name: the list of all modules).
    void showAction(const QString &action);
    QString action() const { return m_action; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QString m_action;
    bool m_rendered = false;
};

} // namespace Kiln::Widgets
