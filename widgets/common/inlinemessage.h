#pragma once
// A message shown in place, next to what it is about ("Version: use three numbers, like 1.0.0"),
// with an icon for its kind. Hidden while empty. Used by every wizard page and dialog instead of
// only disabling a button.
#include <QFrame>

class QLabel;

namespace Kiln::Widgets {

class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info, Success };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
};

} // namespace Kiln::Widgets
