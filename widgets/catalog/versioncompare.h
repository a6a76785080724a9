#pragma once
// "Compare with another version": a version picker over the other versions/builds of the same
// component or recipe plus the diff of their documents. The owner supplies the versions and a
// function that loads one version's text (off the GUI thread).
#include <QFuture>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;

namespace Kiln::Widgets {

class DiffView;

class VersionCompare : public QWidget
{
    Q_OBJECT
public:
    struct Version {
        qint64 id = 0;
        QString label; // "1.2.0 (build 2)"
    };
    using TextLoader = std::function<QFuture<QString>(qint64 id)>;

    explicit VersionCompare(TextLoader loader, QWidget *parent = nullptr);

    // The shown version (the "new" side) and the others it can be compared with.
    void setVersions(qint64 currentId, const QString &currentLabel, const QString &currentText, const QList<Version> &others);
    QComboBox *picker() const { return m_picker; }
    DiffView *diffView() const { return m_diff; }

private:
    void compare();

    TextLoader m_loader;
    QComboBox *m_picker;
    DiffView *m_diff;
    QString m_currentLabel;
    QString m_currentText;
    quint64 m_token = 0;
};

} // namespace Kiln::Widgets
