#pragma once
// Shows the unified diff of two texts (old → new) with added and removed lines tinted, line
// numbers of both sides, and a summary. The diff is computed off the GUI thread; a newer
// request makes an older result stale.
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Kiln::Widgets {

class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setTexts(const QString &oldTitle, const QString &oldText, const QString &newTitle, const QString &newText);
    void clear(const QString &message = {});
    QString summary() const;
    QString diffText() const; // the shown diff as plain text (for tests and copy)

Q_SIGNALS:
    void diffReady();

private:
    QLabel *m_summary;
    QPlainTextEdit *m_text;
    quint64 m_token = 0;
};

} // namespace Kiln::Widgets
