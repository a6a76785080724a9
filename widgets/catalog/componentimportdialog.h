#pragma once
// "Import component" (File ▸ Open/Import component, Ctrl+O): stores an AWSTOE YAML file in the
// catalog as name/version (the build number is assigned). The catalog validates the document;
// its located errors are shown in place and reported to the Issues dock.
#include "widgets/common/rowmetatypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class InlineMessage;
class IssueModel;

class ComponentImportDialog : public QDialog
{
    Q_OBJECT
public:
    ComponentImportDialog(Core::Catalog &catalog, IssueModel *issues, QWidget *parent = nullptr);

    void setFile(const QString &path);
    Core::ComponentRow component() const { return m_component; }
    bool wasNew() const { return m_isNew; }

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *versionEdit() const { return m_version; }
    QComboBox *typeBox() const { return m_type; }
    InlineMessage *message() const { return m_message; }

public Q_SLOTS:
    void startImport();

private:
    Core::Catalog &m_catalog;
    IssueModel *m_issues;
    QLineEdit *m_file;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QComboBox *m_type;
    QLineEdit *m_description;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    Core::ComponentRow m_component;
    bool m_isNew = false;
    bool m_busy = false;
};

} // namespace Kiln::Widgets
