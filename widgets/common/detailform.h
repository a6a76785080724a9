#pragma once
// A read-only "label: value" form for detail views, with section headings, selectable values
// (users copy sha256s and paths) and an optional badge row. Rebuilt wholesale on every change:
// detail forms have tens of rows, never thousands.
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Kiln::Widgets {

class DetailForm : public QWidget
{
    Q_OBJECT
public:
    explicit DetailForm(QWidget *parent = nullptr);

    void clear();
    void addHeading(const QString &text);
    // Adds a row; an empty value shows a dash. Returns the value label (for links, tooltips).
    QLabel *addRow(const QString &label, const QString &value, const QString &toolTip = {});
    // A value that is a link: `href` is reported by linkActivated (e.g. "image:42").
    QLabel *addLinkRow(const QString &label, const QString &text, const QString &href);
    void addWidgetRow(const QString &label, QWidget *widget);
    void addStatusRow(const QString &label, const QString &status);
    // The value of the row with this label (tests read the form like a user would).
    QString valueOf(const QString &label) const;

Q_SIGNALS:
    void linkActivated(const QString &href);

private:
    QFormLayout *m_form;
};

} // namespace Kiln::Widgets
