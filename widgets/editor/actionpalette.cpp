#include "actionpalette.h"
#include "actionicons.h"

#include "core/toe/actions.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
constexpr int ActionRole = Qt::UserRole + 1;

} // namespace

ActionPalette::ActionPalette(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ActionPalette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Action modules</b>"), this);
    layout->addWidget(title);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter actions"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("ActionPaletteTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(true);
    QMap<int, QTreeWidgetItem *> families;
    for (const Toe::ActionInfo &a : Toe::actionModules()) {
        const QString name = qs(a.name);
        const ActionIcons::Family family = ActionIcons::familyOf(name);
        QTreeWidgetItem *&group = families[int(family)];
        if (!group) {
            group = new QTreeWidgetItem(QStringList{ActionIcons::familyName(family)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
        }
        auto *item = new QTreeWidgetItem(group, QStringList{name});
        item->setIcon(0, ActionIcons::forAction(name));
        item->setData(0, ActionRole, name);
        item->setToolTip(0, qs(a.summary) + u'\n' + tr("Runs on %1").arg(qs(Toe::platformNames(a.platforms))));
    }
    for (QTreeWidgetItem *group : families)
        m_tree->addTopLevelItem(group);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    m_add = new QPushButton(tr("Add step…"), this);
    m_add->setObjectName(QStringLiteral("AddStepButton"));
    m_add->setToolTip(tr("Add a step of the selected action module after the selected step"));
    m_add->setEnabled(false);
    layout->addWidget(m_add);

    connect(m_filter, &QLineEdit::textChanged, this, &ActionPalette::filter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) { choose(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString action = item ? item->data(0, ActionRole).toString() : QString();
        m_add->setEnabled(!action.isEmpty() && isEnabled());
        if (!action.isEmpty())
            Q_EMIT actionHighlighted(action);
    });
    connect(m_add, &QPushButton::clicked, this, [this] { choose(m_tree->currentItem()); });
}

QString ActionPalette::selectedAction() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, ActionRole).toString() : QString();
}

void ActionPalette::setEnabledForEditing(bool enabled)
{
    m_tree->setDragEnabled(false);
    m_add->setEnabled(enabled && !selectedAction().isEmpty());
    setToolTip(enabled ? QString() : tr("The document cannot be edited visually right now"));
}

void ActionPalette::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->toolTip(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
}

void ActionPalette::choose(QTreeWidgetItem *item)
{
    const QString action = item ? item->data(0, ActionRole).toString() : QString();
    if (!action.isEmpty())
        Q_EMIT actionChosen(action);
}

} // namespace Kiln::Widgets
