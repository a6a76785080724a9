#include "outlinepanel.h"
#include "outlinemodel.h"

#include "widgets/common/icons.h"
#include "widgets/common/inlinemessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

// Draws a step as "Name  Action" (the action dimmed) with red / amber problem counts on the right.
class OutlineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool step = index.data(OutlineModel::KindRole).toInt() == int(OutlineModel::Kind::Step);
        const int errors = index.data(OutlineModel::ErrorCountRole).toInt();
        const int warnings = index.data(OutlineModel::WarningCountRole).toInt();
        const QString action = index.data(OutlineModel::ActionRole).toString();
        // Room on the right for the badges.
        const int badge = opt.fontMetrics.height();
        const int badges = (errors > 0) + (warnings > 0);
        QStyleOptionViewItem textOpt = opt;
        textOpt.rect.setRight(opt.rect.right() - badges * (badge + 3));
        if (step && !action.isEmpty())
            textOpt.text = opt.text + QStringLiteral("  ") + QChar(0x200A);
        QStyledItemDelegate::paint(painter, textOpt, index);
        painter->save();
        if (step && !action.isEmpty()) {
            const QStyle *style = opt.widget ? opt.widget->style() : nullptr;
            QRect textRect = style ? style->subElementRect(QStyle::SE_ItemViewItemText, &textOpt, opt.widget) : textOpt.rect;
            const int nameWidth = opt.fontMetrics.horizontalAdvance(textOpt.text);
            QRect actionRect = textRect.adjusted(nameWidth + 2, 0, 0, 0);
            QColor dim = opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::PlaceholderText);
            painter->setPen(dim);
            painter->drawText(actionRect, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(action, Qt::ElideRight, actionRect.width()));
        }
        int x = opt.rect.right() - 2;
        const auto drawBadge = [&](int count, const QColor &color, const QColor &textColor) {
            const QRect r(x - badge, opt.rect.center().y() - badge / 2, badge, badge);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(r);
            QFont f = opt.font;
            f.setPointSizeF(f.pointSizeF() * 0.75);
            f.setBold(true);
            painter->setFont(f);
            painter->setPen(textColor);
            painter->drawText(r, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
            x -= badge + 3;
        };
        if (errors > 0)
            drawBadge(errors, QColor(0xd0, 0x30, 0x30), Qt::white);
        if (warnings > 0)
            drawBadge(warnings, QColor(0xf0, 0xb0, 0x20), QColor(0x30, 0x20, 0x00));
        painter->restore();
    }
};

} // namespace

OutlinePanel::OutlinePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("OutlinePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Outline</b>"), this), 1);
    m_addPhase = new QToolButton(this);
    m_addPhase->setIcon(Icons::add());
    m_addPhase->setToolTip(tr("Add a phase (build, validate or test)"));
    m_addPhase->setAutoRaise(true);
    m_remove = new QToolButton(this);
    m_remove->setIcon(Icons::remove());
    m_remove->setToolTip(tr("Remove the selected step (Delete)"));
    m_remove->setAutoRaise(true);
    m_remove->setEnabled(false);
    header->addWidget(m_addPhase);
    header->addWidget(m_remove);
    layout->addLayout(header);
    m_banner = new InlineMessage(this);
    layout->addWidget(m_banner);

    m_model = new OutlineModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("OutlineView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new OutlineDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setUniformRowHeights(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = selectedStep(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutlinePanel::restoreAfterReset);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const int phase = index.data(OutlineModel::PhaseRole).toInt();
        const int step = index.data(OutlineModel::StepRole).toInt();
        if (step >= 0)
            Q_EMIT stepActivated(phase, step);
        else
            Q_EMIT phaseActivated(phase);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_remove->setEnabled(selectedStep().has_value() && m_model->flags(m_view->currentIndex()) & Qt::ItemIsDragEnabled);
        if (!m_following)
            Q_EMIT selectionChanged();
    });
    connect(m_addPhase, &QToolButton::clicked, this, &OutlinePanel::addPhaseRequested);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (auto at = selectedStep())
            Q_EMIT removeStepRequested(*at);
    });
}

bool OutlinePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_remove->isEnabled()) {
            if (auto at = selectedStep())
                Q_EMIT removeStepRequested(*at);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex i = m_view->currentIndex();
            if (i.isValid() && i.data(OutlineModel::StepRole).toInt() >= 0)
                Q_EMIT stepActivated(i.data(OutlineModel::PhaseRole).toInt(), i.data(OutlineModel::StepRole).toInt());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutlinePanel::restoreAfterReset()
{
    m_view->expandAll();
    if (m_keep) {
        const QModelIndex i = m_model->stepIndex(static_cast<int>(m_keep->phase), static_cast<int>(m_keep->step));
        if (i.isValid()) {
            m_following = true;
            m_view->setCurrentIndex(i);
            m_following = false;
        }
    }
    Q_EMIT selectionChanged();
}

void OutlinePanel::setStale(const QString &why)
{
    m_model->setStale(!why.isEmpty());
    if (why.isEmpty())
        m_banner->clearMessage();
    else
        m_banner->showMessage(InlineMessage::Kind::Warning, why);
    m_addPhase->setEnabled(why.isEmpty());
}

void OutlinePanel::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_addPhase->setEnabled(editable && !m_model->isStale());
    m_remove->setEnabled(editable && selectedStep().has_value());
}

std::optional<Toe::StepAddress> OutlinePanel::selectedStep() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || i.data(OutlineModel::StepRole).toInt() < 0)
        return std::nullopt;
    return Toe::StepAddress{static_cast<std::size_t>(i.data(OutlineModel::PhaseRole).toInt()),
                            static_cast<std::size_t>(i.data(OutlineModel::StepRole).toInt())};
}

int OutlinePanel::selectedPhase() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(OutlineModel::PhaseRole).toInt() : -1;
}

void OutlinePanel::selectStep(Toe::StepAddress at)
{
    const QModelIndex i = m_model->stepIndex(static_cast<int>(at.phase), static_cast<int>(at.step));
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

void OutlinePanel::followLine(int line)
{
    const QModelIndex i = m_model->stepAtLine(line);
    if (!i.isValid() || i == m_view->currentIndex())
        return;
    m_following = true;
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
    m_following = false;
    Q_EMIT selectionChanged();
}

} // namespace Kiln::Widgets
