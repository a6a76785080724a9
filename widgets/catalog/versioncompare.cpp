#include "versioncompare.h"
#include "widgets/common/diffview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Kiln::Widgets {

VersionCompare::VersionCompare(TextLoader loader, QWidget *parent) : QWidget(parent), m_loader(std::move(loader))
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Compare with:"), this));
    m_picker = new QComboBox(this);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_picker);
    row->addStretch(1);
    layout->addLayout(row);
    m_diff = new DiffView(this);
    layout->addWidget(m_diff, 1);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &VersionCompare::compare);
}

void VersionCompare::setVersions(qint64, const QString &currentLabel, const QString &currentText, const QList<Version> &others)
{
    m_currentLabel = currentLabel;
    m_currentText = currentText;
    m_picker->blockSignals(true);
    m_picker->clear();
    for (const Version &v : others)
        m_picker->addItem(v.label, v.id);
    m_picker->blockSignals(false);
    m_picker->setEnabled(!others.isEmpty());
    if (others.isEmpty()) {
        ++m_token;
        m_diff->clear(tr("This is the only version: there is nothing to compare it with yet."));
        return;
    }
    compare();
}

void VersionCompare::compare()
{
    const qint64 id = m_picker->currentData().toLongLong();
    const QString label = m_picker->currentText();
    if (id <= 0)
        return;
    const quint64 token = ++m_token;
    m_diff->clear(tr("Loading %1…").arg(label));
    m_loader(id).then(this, [this, token, label](const QString &oldText) {
        if (token != m_token)
            return;
        m_diff->setTexts(label, oldText, m_currentLabel, m_currentText);
    });
}

} // namespace Kiln::Widgets
