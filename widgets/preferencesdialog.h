#pragma once
// Edit ▸ Preferences: the default libvirt URI (shown in the status bar, used for new
// infrastructure configurations), the default output folder, and the startup connection check.
#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Kiln::Widgets {

class InlineMessage;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_uri;
    QLineEdit *m_output;
    QCheckBox *m_check;
    InlineMessage *m_message;
};

} // namespace Kiln::Widgets
