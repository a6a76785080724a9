#pragma once
// Builds: every run of a pipeline or component test, newest first, with a state filter; the
// selected build's stages, failure context, steps and logs; open it in the build monitor.
#include "core/catalog/rows.h"
#include "widgets/panels/tablepanel.h"

class QAction;
class QComboBox;

namespace Kiln::Widgets {

class BuildModel;
class BuildView;

class BuildsPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit BuildsPanel(Core::Catalog &catalog, QWidget *parent = nullptr);

    QString title() const override { return tr("Builds"); }
    QIcon icon() const override;
    BuildModel *model() const { return m_model; }
    BuildView *buildView() const { return m_view; }
    QComboBox *stateFilter() const { return m_state; }

Q_SIGNALS:
    void openInMonitorRequested(qint64 buildId);
    void imageLinkActivated(qint64 imageId);

protected:
    void load() override;
    void showRow(qint64 id) override;
    bool filtersActive() const override;

private:
    Core::BuildFilter filter() const;
    void loadOlder(qint64 beforeId);
    void updateCount();

    BuildModel *m_model;
    BuildView *m_view;
    QComboBox *m_state = nullptr;
    QAction *m_open;
    int m_listedState = -1; // the state filter the rows were listed with
};

} // namespace Kiln::Widgets
