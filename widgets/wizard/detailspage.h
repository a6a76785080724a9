#pragma once
// Wizard page 1, pipeline details: name (unique, valid characters), description, schedule
// (manual or a cron expression, checked as you type with the next run times), tests on/off.
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class InlineMessage;
struct PipelineDraft;

class DetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    DetailsPage(Core::Catalog &catalog, PipelineDraft &draft, QWidget *parent = nullptr);

    bool validatePage() override;
    // What is wrong with the current input, or an empty string.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *cronButton() const { return m_cron; }
    QLineEdit *cronEdit() const { return m_cronEdit; }
    QCheckBox *testsBox() const { return m_tests; }
    InlineMessage *message() const { return m_message; }

private:
    void updateCronPreview();

    Core::Catalog &m_catalog;
    PipelineDraft &m_draft;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QRadioButton *m_manual;
    QRadioButton *m_cron;
    QLineEdit *m_cronEdit;
    QLabel *m_cronPreview;
    QCheckBox *m_tests;
    InlineMessage *m_message;
};

} // namespace Kiln::Widgets
