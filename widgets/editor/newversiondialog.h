#pragma once
// "New catalog version" from the editor: stores the document being edited as a new version of a
// component (name, version, type build/test, platform, description). The version is suggested
// from the latest stored version of that name and what changed (core/toe/versionbump.h: patch by
// default, minor for added or removed steps, major for parameters recipes depend on). The catalog
// validates the document (an invalid one is refused with its located errors) and returns the
// existing version when the content is identical.
#include "widgets/common/rowmetatypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class InlineMessage;

class NewVersionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Initial {
        QString name;
        Core::ComponentType type = Core::ComponentType::Build;
        QString platform = QStringLiteral("Linux");
        QString description;
        QString fileName; // shown in validation messages
    };

    NewVersionDialog(Core::Catalog &catalog, const QByteArray &document, const Initial &initial, QWidget *parent = nullptr);

    Core::ComponentRow component() const { return m_component; }
    bool wasNew() const { return m_isNew; }
    // The error the catalog refused the document with (located lines "file:line:col: …").
    QString refusal() const { return m_refusal; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *versionEdit() const { return m_version; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    // Whether the suggestion is still being worked out (it may also be ready before the
    // constructor returns, when the catalog answers at once).
    bool isSuggesting() const { return m_suggesting; }
    QComboBox *typeBox() const { return m_type; }
    InlineMessage *message() const { return m_message; }

public Q_SLOTS:
    void store();

Q_SIGNALS:
    void suggestionReady(const QString &version);
    void refused(const QString &message);

private:
    void suggest();

    Core::Catalog &m_catalog;
    QByteArray m_document;
    QString m_fileName;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QLabel *m_suggestion;
    QComboBox *m_type;
    QComboBox *m_platform;
    QLineEdit *m_description;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QTimer *m_suggestDelay;
    quint64 m_suggestToken = 0;
    bool m_suggesting = false;
    bool m_versionTouched = false;
    bool m_busy = false;
    Core::ComponentRow m_component;
    bool m_isNew = false;
    QString m_refusal;
};

} // namespace Kiln::Widgets
