#include "yamleditor.h"
#include "yamllexer.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolTip>

namespace Kiln::Widgets {

namespace {

constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;
enum ImageId { ImageKey = 1, ImageValue, ImageAction, ImageOperator, ImageReference };

QPixmap badge(const QColor &fill, const QString &text, bool triangle, int size = 14)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    if (triangle) {
        QPainterPath path;
        path.moveTo(size / 2.0, 0.5);
        path.lineTo(size - 0.5, size - 1.0);
        path.lineTo(0.5, size - 1.0);
        path.closeSubpath();
        p.drawPath(path);
    } else {
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    }
    QFont f = p.font();
    f.setPixelSize(size - 4);
    f.setBold(true);
    p.setFont(f);
    p.setPen(triangle ? QColor(0x30, 0x20, 0x00) : QColor(Qt::white));
    p.drawText(QRectF(0, triangle ? 1.5 : 0, size, size), Qt::AlignCenter, text);
    return pm;
}

bool isWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

} // namespace

YamlEditor::YamlEditor(QWidget *parent) : QsciScintilla(parent)
{
    setObjectName(QStringLiteral("YamlEditor"));
    setUtf8(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setAutoIndent(true);
    setTabIndents(true);
    setBackspaceUnindents(true);
    setIndentationGuides(true);
    setWrapMode(QsciScintilla::WrapNone);
    setCaretLineVisible(true);
    setBraceMatching(QsciScintilla::NoBraceMatch);
    setAutoCompletionSource(QsciScintilla::AcsNone);
    setAutoCompletionThreshold(-1);

    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(kSymbolMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(kSymbolMargin, 18);
    setMarginMarkerMask(kSymbolMargin, (1 << ErrorMarker) | (1 << WarningMarker));
    setMarginSensitivity(kSymbolMargin, true);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, kFoldMargin);

    markerDefine(badge(QColor(0xd0, 0x30, 0x30), QStringLiteral("!"), false), ErrorMarker);
    markerDefine(badge(QColor(0xf0, 0xb0, 0x20), QStringLiteral("!"), true), WarningMarker);
    registerImage(ImageKey, badge(QColor(0x3a, 0x78, 0xc8), QStringLiteral("k"), false));
    registerImage(ImageValue, badge(QColor(0x3c, 0x9a, 0x4f), QStringLiteral("v"), false));
    registerImage(ImageAction, badge(QColor(0x8e, 0x6c, 0xd8), QStringLiteral("a"), false));
    registerImage(ImageOperator, badge(QColor(0xc8, 0x7a, 0x1e), QStringLiteral("?"), false));
    registerImage(ImageReference, badge(QColor(0x9a, 0x4b, 0x00), QStringLiteral("{"), false));
    SendScintilla(SCI_SETMOUSEDWELLTIME, 350);

    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &YamlEditor::charAdded);
    connect(this, &QsciScintillaBase::SCN_AUTOCCOMPLETED, this,
            [this](const char *selection, int position, int, int) { completed(selection, position); });
    connect(this, &QsciScintillaBase::SCN_AUTOCSELECTIONCHANGE, this,
            [this](const char *selection, int, int) { highlighted(selection); });
    connect(this, &QsciScintillaBase::SCN_AUTOCCANCELLED, this, [this] { Q_EMIT completionHint(QString()); });
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &YamlEditor::dwellStart);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [](int, int, int) { QToolTip::hideText(); });
    connect(this, &QsciScintilla::marginClicked, this, &YamlEditor::marginClicked);

    m_lexer = new YamlLexer(this);
    setLexer(m_lexer);
}

YamlEditor::~YamlEditor() = default;

void YamlEditor::setLexer(QsciLexer *lexer)
{
    QsciScintilla::setLexer(lexer);
    // Setting a lexer resets styles, margins' fonts and indicator colours: apply them again.
    applySettings();
}

void YamlEditor::applySettings()
{
    indicatorDefine(QsciScintilla::SquigglePixmapIndicator, ErrorIndicator);
    indicatorDefine(QsciScintilla::SquigglePixmapIndicator, WarningIndicator);
    applyPalette();
}

void YamlEditor::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = YamlLexer::isDark(pal);
    if (m_lexer && lexer() == m_lexer) {
        m_lexer->applyPalette(pal);
        recolor();
    }
    const QFont mono = m_lexer ? m_lexer->defaultFont(QsciLexerYAML::Default) : font();
    setMarginsFont(mono);
    setMarginsBackgroundColor(pal.color(QPalette::AlternateBase));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setFoldMarginColors(pal.color(QPalette::AlternateBase), pal.color(QPalette::AlternateBase));
    setCaretForegroundColor(pal.color(QPalette::Text));
    QColor caretLine = pal.color(QPalette::Highlight);
    caretLine.setAlpha(dark ? 40 : 22);
    setCaretLineBackgroundColor(QColor::fromRgba(qRgba(
        (caretLine.red() * caretLine.alpha() + pal.color(QPalette::Base).red() * (255 - caretLine.alpha())) / 255,
        (caretLine.green() * caretLine.alpha() + pal.color(QPalette::Base).green() * (255 - caretLine.alpha())) / 255,
        (caretLine.blue() * caretLine.alpha() + pal.color(QPalette::Base).blue() * (255 - caretLine.alpha())) / 255, 255)));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setIndentationGuidesForegroundColor(pal.color(QPalette::Mid));
    setIndentationGuidesBackgroundColor(pal.color(QPalette::Base));
    setIndicatorForegroundColor(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x20, 0x20), ErrorIndicator);
    setIndicatorForegroundColor(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xc8, 0x8a, 0x00), WarningIndicator);
}

void YamlEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QsciScintilla::changeEvent(event);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletions(true);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

// --- Diagnostics ----------------------------------------------------------------------------------

int YamlEditor::positionAt(int line, int column) const
{
    const int start = static_cast<int>(SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)));
    if (start < 0)
        return -1;
    const int lineEnd = static_cast<int>(SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line)));
    if (column <= 0)
        return start;
    const long pos = SendScintilla(SCI_POSITIONRELATIVE, static_cast<unsigned long>(start), static_cast<long>(column));
    return pos <= 0 || pos > lineEnd ? lineEnd : static_cast<int>(pos);
}

void YamlEditor::setDiagnostics(const QList<TextDiagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    const long length = SendScintilla(SCI_GETLENGTH);
    for (int indicator : {ErrorIndicator, WarningIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    }
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    int shown = 0;
    for (const TextDiagnostic &d : diagnostics) {
        if (shown++ >= kMaxShownDiagnostics)
            break;
        if (d.line <= 0 || d.severity == TextDiagnostic::Severity::Info)
            continue;
        const int line = std::min(d.line - 1, lines() - 1);
        const int lineStart = static_cast<int>(SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)));
        const int lineEnd = static_cast<int>(SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line)));
        int begin = positionAt(line, std::max(0, d.column - 1));
        int end = begin;
        if (d.length > 0) {
            end = positionAt(line, std::max(0, d.column - 1) + d.length);
        } else {
            // To the end of the word: up to a blank, or a ':' that ends a key.
            const char *text = reinterpret_cast<const char *>(
                SendScintilla(SCI_GETRANGEPOINTER, static_cast<unsigned long>(lineStart), static_cast<long>(lineEnd - lineStart)));
            int i = begin - lineStart;
            while (i < lineEnd - lineStart && text[i] != ' ' && text[i] != '\t' &&
                   !(text[i] == ':' && (i + 1 >= lineEnd - lineStart || text[i + 1] == ' ')))
                ++i;
            end = lineStart + i;
        }
        if (end <= begin) {
            // At the end of a line (e.g. "end of file"): underline the character before.
            end = begin;
            begin = std::max(lineStart, begin - 1);
            if (end <= begin)
                end = std::min(lineEnd, begin + 1);
        }
        const bool error = d.severity == TextDiagnostic::Severity::Error;
        SendScintilla(SCI_SETINDICATORCURRENT, error ? ErrorIndicator : WarningIndicator);
        if (end > begin)
            SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(begin), static_cast<long>(end - begin));
        markerAdd(line, error ? ErrorMarker : WarningMarker);
    }
}

bool YamlEditor::hasIndicatorAt(int indicator, int line, int column) const
{
    const int pos = positionAt(line, column);
    return pos >= 0 && SendScintilla(SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator), static_cast<long>(pos)) != 0;
}

QStringList YamlEditor::messagesAt(int position) const
{
    QStringList out;
    const bool onIndicator = SendScintilla(SCI_INDICATORVALUEAT, ErrorIndicator, static_cast<long>(position)) != 0 ||
                             SendScintilla(SCI_INDICATORVALUEAT, WarningIndicator, static_cast<long>(position)) != 0;
    if (!onIndicator)
        return out;
    const int line = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
    for (const TextDiagnostic &d : m_diagnostics)
        if (d.line - 1 == line)
            out << d.message;
    return out;
}

void YamlEditor::dwellStart(int position, int x, int y)
{
    if (position < 0)
        return;
    const QStringList messages = messagesAt(position);
    if (!messages.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y + 12)), messages.join(u'\n'), viewport());
}

void YamlEditor::marginClicked(int margin, int line, Qt::KeyboardModifiers)
{
    if (margin != kSymbolMargin)
        return;
    QStringList messages;
    for (const TextDiagnostic &d : m_diagnostics)
        if (d.line - 1 == line)
            messages << d.message;
    if (messages.isEmpty())
        return;
    const int y = static_cast<int>(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line))));
    QToolTip::showText(viewport()->mapToGlobal(QPoint(0, y + textHeight(line))), messages.join(u'\n'), viewport());
}

// --- Completion -----------------------------------------------------------------------------------

void YamlEditor::setCompletionDocument(std::shared_ptr<const Toe::Document> document) { m_document = std::move(document); }

std::vector<std::string_view> YamlEditor::windowLines(int cursorLine, int &firstLine, QByteArray &storage) const
{
    // Enough lines above to reach the enclosing top-level key in any real document, and a few
    // below for keys written after the cursor (an `action:` under `inputs:`).
    firstLine = std::max(0, cursorLine - 20000);
    const int lastLine = std::min(lines() - 1, cursorLine + 500);
    const long begin = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(firstLine));
    const long end = SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(lastLine));
    const char *p = reinterpret_cast<const char *>(SendScintilla(SCI_GETRANGEPOINTER, static_cast<unsigned long>(begin), end - begin));
    storage = QByteArray(p, static_cast<qsizetype>(end - begin)); // the pointer is invalidated by the next edit
    std::vector<std::string_view> out;
    const std::string_view all(storage.constData(), static_cast<std::size_t>(storage.size()));
    std::size_t start = 0;
    for (std::size_t i = 0; i <= all.size(); ++i) {
        if (i == all.size() || all[i] == '\n') {
            std::string_view l = all.substr(start, i - start);
            if (!l.empty() && l.back() == '\r')
                l.remove_suffix(1);
            out.push_back(l);
            start = i + 1;
        }
    }
    return out;
}

int YamlEditor::showCompletions(bool explicitRequest)
{
    if (isReadOnly())
        return 0;
    const long pos = SendScintilla(SCI_GETCURRENTPOS);
    const int line = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(pos)));
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    int first = 0;
    QByteArray storage;
    const auto views = windowLines(line, first, storage);
    m_lastContext = Toe::completionContext(views, static_cast<std::size_t>(line - first), static_cast<std::size_t>(pos - lineStart));
    m_lastCompletions = Toe::completions(m_lastContext, m_document.get());
    if (m_lastCompletions.empty() ||
        (!explicitRequest && m_lastContext.position == Toe::CompletionContext::Position::Key && m_lastContext.prefix.empty())) {
        if (SendScintilla(SCI_AUTOCACTIVE))
            SendScintilla(SCI_AUTOCCANCEL);
        return 0;
    }
    QByteArray list;
    for (const auto &item : m_lastCompletions) {
        if (!list.isEmpty())
            list += '\n';
        list += QByteArray::fromStdString(item.text);
        int image = ImageValue;
        switch (item.kind) {
        case Toe::CompletionItem::Kind::Key:
        case Toe::CompletionItem::Kind::BlockKey: image = ImageKey; break;
        case Toe::CompletionItem::Kind::Action: image = ImageAction; break;
        case Toe::CompletionItem::Kind::Operator: image = ImageOperator; break;
        case Toe::CompletionItem::Kind::Reference: image = ImageReference; break;
        case Toe::CompletionItem::Kind::Value: break;
        }
        list += '?' + QByteArray::number(image);
    }
    SendScintilla(SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>('\n'));
    SendScintilla(SCI_AUTOCSETTYPESEPARATOR, static_cast<unsigned long>('?'));
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1UL);
    SendScintilla(SCI_AUTOCSETAUTOHIDE, 1UL);
    SendScintilla(SCI_AUTOCSETCHOOSESINGLE, 0UL);
    SendScintilla(SCI_AUTOCSETDROPRESTOFWORD, 1UL);
    SendScintilla(SCI_AUTOCSETORDER, static_cast<unsigned long>(SC_ORDER_PERFORMSORT));
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 12UL);
    const unsigned long typed = static_cast<unsigned long>(pos - lineStart) - m_lastContext.prefixColumn;
    SendScintilla(SCI_AUTOCSHOW, typed, list.constData());
    return static_cast<int>(m_lastCompletions.size());
}

void YamlEditor::charAdded(int ch)
{
    if (m_large || SendScintilla(SCI_AUTOCACTIVE))
        return;
    const long pos = SendScintilla(SCI_GETCURRENTPOS);
    const auto before = [this, pos](long back) {
        return pos - back >= 0 ? static_cast<char>(SendScintilla(SCI_GETCHARAT, static_cast<unsigned long>(pos - back))) : '\0';
    };
    if (isWordByte(static_cast<char>(ch)) || (ch == ' ' && before(2) == ':') || (ch == '{' && before(2) == '{') ||
        (ch == ' ' && before(2) == '{'))
        showCompletions(false);
}

void YamlEditor::completed(const char *selection, int)
{
    const std::string chosen(selection ? selection : "");
    const auto it = std::find_if(m_lastCompletions.begin(), m_lastCompletions.end(),
                                 [&](const Toe::CompletionItem &i) { return i.text == chosen; });
    if (it == m_lastCompletions.end())
        return;
    const auto kind = it->kind;
    Q_EMIT completionHint(QString());
    if (kind != Toe::CompletionItem::Kind::Key && kind != Toe::CompletionItem::Kind::BlockKey &&
        kind != Toe::CompletionItem::Kind::Operator)
        return;
    // A key was chosen: add what follows it, after Scintilla has finished inserting.
    QTimer::singleShot(0, this, [this, kind] {
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        const QString lineText = text(line);
        if (lineText.mid(index).trimmed().startsWith(u':'))
            return;
        if (kind == Toe::CompletionItem::Kind::BlockKey) {
            const int indent = static_cast<int>(m_lastContext.prefixColumn) + 2;
            insert(QStringLiteral(":\n") + QString(indent, u' '));
            setCursorPosition(line + 1, indent);
        } else {
            insert(QStringLiteral(": "));
            setCursorPosition(line, index + 2);
            showCompletions(false);
        }
    });
}

void YamlEditor::highlighted(const char *selection)
{
    const std::string chosen(selection ? selection : "");
    for (const auto &item : m_lastCompletions)
        if (item.text == chosen) {
            Q_EMIT completionHint(QString::fromStdString(item.text + " — " + item.detail));
            return;
        }
}

QString YamlEditor::stepActionAtCursor() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    int first = 0;
    QByteArray storage;
    const auto views = windowLines(line, first, storage);
    return QString::fromStdString(Toe::actionAt(views, static_cast<std::size_t>(line - first)));
}

// --- Text -----------------------------------------------------------------------------------------

QByteArray YamlEditor::utf8Text() const
{
    const long length = SendScintilla(SCI_GETLENGTH);
    const char *p = reinterpret_cast<const char *>(SendScintilla(SCI_GETCHARACTERPOINTER));
    return QByteArray(p, static_cast<qsizetype>(length));
}

bool YamlEditor::applyTextEdits(const Toe::TextEdits &edits)
{
    const auto length = static_cast<std::size_t>(SendScintilla(SCI_GETLENGTH));
    for (const auto &e : edits)
        if (e.begin > e.end || e.end > length)
            return false;
    beginUndoAction();
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(it->begin), static_cast<long>(it->end));
        SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(it->text.size()), it->text.c_str());
    }
    endUndoAction();
    return true;
}

void YamlEditor::goToLine(int line, int column, bool focus)
{
    const int l = std::clamp(line - 1, 0, std::max(0, lines() - 1));
    const int pos = positionAt(l, std::max(0, column - 1));
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(pos));
    ensureLineVisible(l);
    // Keep a few lines of context above the target when scrolling to it.
    if (l < firstVisibleLine() + 3 || l > firstVisibleLine() + SendScintilla(SCI_LINESONSCREEN) - 3)
        setFirstVisibleLine(std::max(0, l - 3));
    if (focus)
        setFocus(Qt::OtherFocusReason);
}

void YamlEditor::selectBytes(int begin, int end)
{
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(begin), static_cast<long>(end));
    SendScintilla(SCI_SCROLLCARET);
}

void YamlEditor::updateLargeDocumentMode()
{
    const bool large = SendScintilla(SCI_GETLENGTH) > kLargeDocumentBytes;
    if (large == m_large)
        return;
    m_large = large;
    // Folding walks the whole document's fold levels on every change; turn it off when big.
    setFolding(large ? QsciScintilla::NoFoldStyle : QsciScintilla::BoxedTreeFoldStyle, kFoldMargin);
    Q_EMIT largeDocumentChanged(large);
}

} // namespace Kiln::Widgets
