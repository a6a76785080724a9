#include "navigationbar.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int GroupRole = Qt::UserRole + 3;
} // namespace

NavigationBar::NavigationBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("NavigationBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(20, 20));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(1);
    // The side menu uses the window colour, like a sidebar, and the list's own highlight.
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list);
    setMinimumWidth(170);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(IdRole).isValid())
            Q_EMIT currentChanged(item->data(IdRole).toInt());
    });
}

int NavigationBar::addEntry(const QString &group, const QIcon &icon, const QString &text, const QString &key)
{
    // Find the group's header and the last row of that group.
    int insertAt = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(GroupRole).toString() == group)
            insertAt = row + 1;
    }
    if (insertAt < 0) {
        auto *header = new QListWidgetItem(group.toUpper());
        header->setFlags(Qt::NoItemFlags);
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.8);
        header->setFont(f);
        header->setData(GroupRole, group);
        // A little air above every group but the first.
        header->setSizeHint(QSize(0, QFontMetrics(f).height() + (m_list->count() ? 18 : 8)));
        header->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m_list->addItem(header);
        insertAt = m_list->count();
    }
    auto *item = new QListWidgetItem(icon, text);
    item->setData(IdRole, m_count);
    item->setData(KeyRole, key);
    item->setData(GroupRole, group);
    item->setSizeHint(QSize(0, QFontMetrics(font()).height() + 14));
    m_list->insertItem(insertAt, item);
    return m_count++;
}

void NavigationBar::setCurrent(int id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).isValid() && item->data(IdRole).toInt() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

int NavigationBar::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(IdRole).isValid() ? item->data(IdRole).toInt() : -1;
}

int NavigationBar::idForKey(const QString &key) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(KeyRole).toString() == key && item->data(IdRole).isValid())
            return item->data(IdRole).toInt();
    }
    return -1;
}

QString NavigationBar::keyFor(int id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).isValid() && item->data(IdRole).toInt() == id)
            return item->data(KeyRole).toString();
    }
    return {};
}

} // namespace Kiln::Widgets
