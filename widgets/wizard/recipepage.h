#pragma once
// Wizard page 2, the image recipe: an existing recipe, or a new one with name + version, a base
// image from the catalog (or imported on the spot from a disk file, with progress), and the
// build and test components with their versions and parameter values, in run order.
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class ComponentSelection;
class InlineMessage;
struct PipelineDraft;

class RecipePage : public QWizardPage
{
    Q_OBJECT
public:
    RecipePage(Core::Catalog &catalog, PipelineDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QString problem() const;

    QRadioButton *newButton() const { return m_new; }
    QRadioButton *existingButton() const { return m_existing; }
    QComboBox *existingBox() const { return m_existingBox; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *versionEdit() const { return m_version; }
    QComboBox *baseImageBox() const { return m_baseImage; }
    ComponentSelection *components() const { return m_components; }
    InlineMessage *message() const { return m_message; }
    // Reloads the base images and recipes (e.g. after an import); selects `preferImage` if given.
    void loadChoices(const QString &preferImage = {});

public Q_SLOTS:
    void importBaseImage();

private:
    Core::Catalog &m_catalog;
    PipelineDraft &m_draft;
    QRadioButton *m_new;
    QRadioButton *m_existing;
    QStackedWidget *m_stack;
    QComboBox *m_existingBox;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QLineEdit *m_description;
    QComboBox *m_baseImage;
    QPushButton *m_import;
    ComponentSelection *m_components;
    InlineMessage *m_message;
    bool m_initialized = false;
    quint64 m_token = 0;
};

} // namespace Kiln::Widgets
