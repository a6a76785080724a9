#pragma once
// LogSearchBar: the find bar under a LogView (Ctrl+F): the text, previous/next, match case, and
// where the last search landed. Enter finds the next match, Shift+Enter the previous one, Esc
// closes the bar.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Kiln::Widgets {

class LogSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogSearchBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    Qt::CaseSensitivity caseSensitivity() const;
    void setStatus(const QString &status, bool notFound);
    void focusText(); // shows the bar, focuses and selects the text

    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void textChanged(const QString &text);
    void findNext();
    void findPrevious();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_case;
    QLabel *m_status;
    QToolButton *m_close;
};

} // namespace Kiln::Widgets
