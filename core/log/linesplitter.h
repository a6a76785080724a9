#pragma once
// LineSplitter: turns a byte stream that arrives in arbitrary chunks into text lines.
// - A partial line is carried to the next chunk, and so are the first bytes of a multibyte
//   character split across chunks, so it decodes correctly (QStringDecoder, UTF-8); invalid
//   UTF-8 becomes U+FFFD and never swallows the byte after it.
// - "\n" and "\r\n" end a line (also when "\r" and "\n" arrive in different chunks). A lone "\r"
//   returns to the start of the line as a terminal does: text after it replaces the line
//   (progress bars), so "10%\r20%\r30%\n" gives the single line "30%", while "abc\r\r\n" stays
//   "abc".
// - A line longer than maxLineLength characters is emitted in pieces of that length (each but
//   the last marked `cut`), so a 1 MB line without a newline costs bounded memory.
// - With `sanitize`, ANSI escape sequences (colours, cursor moves) and other control
//   characters except tab are removed from the text.
// Not thread-safe; one splitter per stream.

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace Kiln::Core {

class LineSplitter
{
public:
    struct Options {
        qsizetype maxLineLength = 16 * 1024; // characters
        bool sanitize = true;
    };

    struct Line {
        QString text;
        qint64 offset = 0; // byte offset of the line's first byte (approximate for cut pieces)
        bool cut = false;  // the line continues in the next Line (it was too long or broken off)
    };

    LineSplitter();
    explicit LineSplitter(const Options &options);

    // Splits the next bytes of the stream, appending every completed line to `out`.
    void push(QByteArrayView bytes, QList<Line> &out);
    QList<Line> push(QByteArrayView bytes);

    // Ends the stream (or a stretch of it before a gap): a non-empty partial line is emitted as
    // a line, an incomplete UTF-8 sequence becomes U+FFFD, and the decoder starts afresh.
    void finish(QList<Line> &out);

    // Forgets any partial line; the next byte pushed is at byte offset `offset`.
    void reset(qint64 offset = 0);

    // The incomplete last line, as it would be shown (already sanitized), and where it starts.
    bool hasPartial() const;
    QString partialText() const;
    qint64 partialOffset() const { return m_lineOffset; }

    // Byte offset of the next byte to be pushed.
    qint64 offset() const { return m_offset; }

    const Options &options() const { return m_options; }

    // Removes ANSI escape sequences and control characters other than tab (used by sanitize).
    static QString sanitized(QString text);

private:
    static qsizetype incompleteUtf8Tail(QByteArrayView bytes);
    void appendBytes(QByteArrayView bytes);
    void flushUtf8Carry();
    void endLine(QList<Line> &out, qint64 nextLineOffset);
    void restartLine(qint64 nextLineOffset);
    void emitFullPieces(QList<Line> &out);

    Options m_options;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_utf8Carry;  // the first bytes of a multibyte character split across chunks
    QString m_partial;       // decoded text of the current line so far
    qint64 m_offset = 0;     // stream offset of the next byte
    qint64 m_lineOffset = 0; // stream offset of the current line's first byte
    bool m_pendingCR = false; // the last chunk ended with '\r': CRLF or lone CR is decided next
    bool m_carriageReturn = false; // a lone '\r' was seen: the next text replaces the line
    qint64 m_returnOffset = 0;     // where the replacing text starts
};

} // namespace Kiln::Core
