#pragma once
// Wizard page 5, review: every choice of the earlier pages in one place, and the problems found
// by checking them against the catalog (errors block Create; warnings are shown and reported to
// the Issues dock). Create, or Create and run, follow.
#include "widgets/issues/issue.h"

#include <QWizardPage>

class QTextBrowser;

namespace Kiln::Widgets {

class InlineMessage;
struct PipelineDraft;
struct Services;

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ReviewPage(Services &services, PipelineDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    QTextBrowser *summary() const { return m_summary; }
    InlineMessage *message() const { return m_message; }
    QList<Issue> problems() const { return m_problems; }
    bool isChecking() const { return m_checking; }

Q_SIGNALS:
    void problemsFound(const QList<Kiln::Widgets::Issue> &problems);

private:
    void check();
    void render();

    Services &m_services;
    PipelineDraft &m_draft;
    QTextBrowser *m_summary;
    InlineMessage *m_message;
    QList<Issue> m_problems;
    bool m_checking = false;
    quint64 m_token = 0;
};

} // namespace Kiln::Widgets
