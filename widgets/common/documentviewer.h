#pragma once
// A read-only YAML viewer (QScintilla with the YAML lexer) for component documents and recipes,
// with line numbers and colours adapted to the light or dark palette.
#include "widgets/common/qsci.h"

namespace Kiln::Widgets {

class DocumentViewer : public QsciScintilla
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);
    void setDocument(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
};

} // namespace Kiln::Widgets
