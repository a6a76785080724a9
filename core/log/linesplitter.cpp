#include "linesplitter.h"

namespace Kiln::Core {

namespace {

// UTF-8 length of a piece of text, to advance byte offsets past lines that were cut by length.
qint64 utf8Length(QStringView text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

bool needsSanitizing(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

LineSplitter::LineSplitter() : LineSplitter(Options{}) {}

LineSplitter::LineSplitter(const Options &options) : m_options(options)
{
    if (m_options.maxLineLength < 2)
        m_options.maxLineLength = 2; // room for a surrogate pair
}

QList<LineSplitter::Line> LineSplitter::push(QByteArrayView bytes)
{
    QList<Line> out;
    push(bytes, out);
    return out;
}

void LineSplitter::push(QByteArrayView bytes, QList<Line> &out)
{
    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;

    if (m_pendingCR && size > 0) {
        m_pendingCR = false;
        if (data[0] == '\n') { // "\r" + "\n" split across chunks: one line end
            m_offset += 1;
            endLine(out, m_offset);
            pos = 1;
        } else {
            restartLine(m_offset);
        }
    }

    while (pos < size) {
        qsizetype i = pos;
        while (i < size && data[i] != '\n' && data[i] != '\r')
            ++i;
        appendBytes(QByteArrayView(data + pos, i - pos));
        m_offset += i - pos;
        emitFullPieces(out);
        if (i == size)
            break;
        if (data[i] == '\n') {
            m_offset += 1;
            endLine(out, m_offset);
            pos = i + 1;
        } else if (i + 1 < size) { // '\r' with a known successor
            if (data[i + 1] == '\n') {
                m_offset += 2;
                endLine(out, m_offset);
                pos = i + 2;
            } else {
                m_offset += 1;
                restartLine(m_offset);
                pos = i + 1;
            }
        } else { // '\r' is the last byte: wait for the next chunk to tell CRLF from a lone CR
            m_offset += 1;
            m_pendingCR = true;
            pos = size;
        }
    }
}

// Length of an incomplete UTF-8 sequence at the end of `bytes` (0 if it ends on a boundary).
qsizetype LineSplitter::incompleteUtf8Tail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = n;
    // Walk back over at most three continuation bytes (10xxxxxx) to the lead byte.
    while (i > 0 && n - i < 3 && (quint8(bytes[i - 1]) & 0xC0) == 0x80)
        --i;
    if (i == 0)
        return 0;
    const quint8 lead = quint8(bytes[i - 1]);
    const qsizetype have = n - i + 1;
    qsizetype need = 0;
    if ((lead & 0xE0) == 0xC0)
        need = 2;
    else if ((lead & 0xF0) == 0xE0)
        need = 3;
    else if ((lead & 0xF8) == 0xF0)
        need = 4;
    return need > have ? have : 0;
}

void LineSplitter::appendBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_carriageReturn) { // text after a lone '\r' overwrites the line
        m_carriageReturn = false;
        m_partial.clear();
        m_lineOffset = m_returnOffset;
    }
    // A multibyte character split across chunks: its first bytes wait here for the rest.
    // (Qt 6.4's QStringDecoder keeps such bytes in its state too, but when the next chunk does
    // not continue the sequence it drops the byte that broke it; carrying the bytes ourselves
    // means the decoder is always handed whole sequences and its state stays empty.)
    QByteArray joined;
    if (!m_utf8Carry.isEmpty()) {
        joined = m_utf8Carry + bytes;
        m_utf8Carry.clear();
        bytes = joined;
    }
    const qsizetype tail = incompleteUtf8Tail(bytes);
    if (tail > 0) {
        m_utf8Carry = bytes.last(tail).toByteArray();
        bytes.chop(tail);
    }
    if (!bytes.isEmpty())
        m_partial += m_decoder.decode(bytes);
}

void LineSplitter::flushUtf8Carry()
{
    // An incomplete sequence that the line end (or the stream end) interrupts becomes U+FFFD,
    // exactly as QString::fromUtf8 would decode it.
    if (!m_utf8Carry.isEmpty()) {
        m_partial += QString::fromUtf8(m_utf8Carry);
        m_utf8Carry.clear();
    }
}

void LineSplitter::emitFullPieces(QList<Line> &out)
{
    const qsizetype max = m_options.maxLineLength;
    if (m_partial.size() <= max)
        return;
    qsizetype start = 0;
    while (m_partial.size() - start > max) {
        qsizetype len = max;
        if (m_partial.at(start + len - 1).isHighSurrogate())
            --len; // never split a surrogate pair
        const QStringView piece = QStringView(m_partial).mid(start, len);
        QString text = piece.toString();
        if (m_options.sanitize)
            text = sanitized(std::move(text));
        out.append(Line{std::move(text), m_lineOffset, true});
        m_lineOffset += utf8Length(piece);
        start += len;
    }
    m_partial.remove(0, start);
}

void LineSplitter::endLine(QList<Line> &out, qint64 nextLineOffset)
{
    flushUtf8Carry();
    emitFullPieces(out);
    QString text = std::move(m_partial);
    m_partial = QString();
    if (m_options.sanitize)
        text = sanitized(std::move(text));
    out.append(Line{std::move(text), m_lineOffset, false});
    m_lineOffset = nextLineOffset;
    m_carriageReturn = false;
}

void LineSplitter::restartLine(qint64 nextLineOffset)
{
    // A lone '\r': the terminal goes back to column 0 and text that follows overwrites the line.
    // Until such text arrives the line keeps its content, so "abc\r\r\n" (a serial console's
    // doubled CR) is still "abc".
    flushUtf8Carry();
    m_carriageReturn = true;
    m_returnOffset = nextLineOffset;
}

void LineSplitter::finish(QList<Line> &out)
{
    m_pendingCR = false;
    flushUtf8Carry();
    if (!m_partial.isEmpty())
        endLine(out, m_offset);
    m_carriageReturn = false;
    m_decoder.resetState();
    m_lineOffset = m_offset;
}

void LineSplitter::reset(qint64 offset)
{
    m_decoder.resetState();
    m_utf8Carry.clear();
    m_partial.clear();
    m_pendingCR = false;
    m_carriageReturn = false;
    m_offset = offset;
    m_lineOffset = offset;
}

bool LineSplitter::hasPartial() const
{
    return !m_partial.isEmpty() || !m_utf8Carry.isEmpty();
}

QString LineSplitter::partialText() const
{
    return m_options.sanitize ? sanitized(m_partial) : m_partial;
}

QString LineSplitter::sanitized(QString text)
{
    if (!needsSanitizing(text))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x1b) { // ESC
            if (i + 1 >= n) {
                ++i;
                continue;
            }
            const char16_t kind = text.at(i + 1).unicode();
            if (kind == u'[') { // CSI: parameters and intermediates, then a final byte @..~
                i += 2;
                while (i < n && !(text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7e))
                    ++i;
                ++i;
            } else if (kind == u']' || kind == u'P' || kind == u'_' || kind == u'^') {
                // OSC/DCS/APC/PM strings end with BEL or ESC '\'
                i += 2;
                while (i < n) {
                    const char16_t d = text.at(i).unicode();
                    if (d == 0x07) {
                        ++i;
                        break;
                    }
                    if (d == 0x1b && i + 1 < n && text.at(i + 1) == u'\\') {
                        i += 2;
                        break;
                    }
                    ++i;
                }
            } else if (kind == u'(' || kind == u')' || kind == u'#') {
                i += 3; // character set selection: ESC ( B
            } else {
                i += 2; // two-character sequences such as ESC =, ESC 7
            }
            continue;
        }
        if ((c < 0x20 && c != u'\t') || c == 0x7f) {
            ++i;
            continue;
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

} // namespace Kiln::Core
