#pragma once
// Status-bar item: which libvirt URI Kiln uses and whether it answered the last check.
// The check itself runs elsewhere (ConnectionChecker, off the GUI thread); this only shows it.
#include <QWidget>

class QLabel;

namespace Kiln::Widgets {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class State { NotChecked, Checking, Connected, Failed };

    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setUri(const QString &uri);
    // `detail` is the hypervisor version when connected, the reason when failed.
    void setState(State state, const QString &detail = {});
    State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void update();

    QLabel *m_dot;
    QLabel *m_label;
    QString m_uri;
    QString m_detail;
    State m_state = State::NotChecked;
};

} // namespace Kiln::Widgets
