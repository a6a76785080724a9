// LineSplitter: bytes split anywhere become the lines a user expects to read.
#include "core/log/linesplitter.h"

#include <QTest>

using Kiln::Core::LineSplitter;
using namespace Qt::StringLiterals;

class TestLineSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splits_data();
    void splits();
    void sameResultForEverySplitPoint();
    void megabyteLineWithoutNewline();
    void offsetsPointAtLineStarts();
    void partialLineIsVisibleBeforeItsNewline();
    void resetForgetsThePartialLine();
};

void TestLineSplitter::splits_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<bool>("finish");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("partial");

    using L = QList<QByteArray>;
    QTest::newRow("lf") << L{"a\nb\n"} << false << QStringList{u"a"_s, u"b"_s} << QString();
    QTest::newRow("empty lines") << L{"\n\n"} << false << QStringList{QString(), QString()} << QString();
    QTest::newRow("crlf") << L{"a\r\nb\r\n"} << false << QStringList{u"a"_s, u"b"_s} << QString();
    QTest::newRow("crlf split across chunks") << L{"a\r", "\nb\r", "\n"} << false << QStringList{u"a"_s, u"b"_s} << QString();
    QTest::newRow("lone cr: progress bar") << L{"10%\r20%\r30%\n"} << false << QStringList{u"30%"_s} << QString();
    QTest::newRow("lone cr split across chunks") << L{"10%\r", "20%\n"} << false << QStringList{u"20%"_s} << QString();
    QTest::newRow("cr cr lf keeps the line") << L{"abc\r\r\n"} << false << QStringList{u"abc"_s} << QString();
    QTest::newRow("cr at the end of the stream") << L{"abc\r"} << true << QStringList{u"abc"_s} << QString();
    QTest::newRow("lone cr partial shows the new text") << L{"10%\r20"} << false << QStringList{} << u"20"_s;
    QTest::newRow("utf8 2-byte split") << L{"caf\xC3", "\xA9\n"} << false << QStringList{u"café"_s} << QString();
    QTest::newRow("utf8 3-byte split in three") << L{"\xE2", "\x82", "\xAC\n"} << false << QStringList{u"€"_s} << QString();
    QTest::newRow("utf8 4-byte split") << L{"a\xF0\x9F", "\x98\x80" "b\n"} << false
                                       << QStringList{QString::fromUtf8("a\xF0\x9F\x98\x80" "b")} << QString();
    QTest::newRow("invalid byte becomes U+FFFD") << L{"a\xFF" "b\n"} << false << QStringList{u"a\uFFFDb"_s} << QString();
    // Broken sequences decode as if the whole stream had been decoded at once (U+FFFD), and the
    // byte that interrupts one is kept (Qt 6.4's stateful decoder alone would drop it).
    const QString broken = QString::fromUtf8("a\xE2\x82");
    QVERIFY(broken.startsWith(u'a') && broken.contains(QChar(QChar::ReplacementCharacter)));
    QTest::newRow("incomplete sequence before newline") << L{"a\xE2\x82\nz\n"} << false
                                                        << QStringList{broken, u"z"_s} << QString();
    QTest::newRow("incomplete sequence split before newline") << L{"a\xE2", "\x82", "\nz\n"} << false
                                                              << QStringList{broken, u"z"_s} << QString();
    QTest::newRow("interrupted sequence keeps the next byte") << L{"a\xE2\x82", "xyz\n"} << false
                                                              << QStringList{QString::fromUtf8("a\xE2\x82xyz")} << QString();
    QTest::newRow("incomplete sequence at the end") << L{"a\xE2\x82"} << true << QStringList{broken} << QString();
    QTest::newRow("no newline: partial") << L{"abc", "def"} << false << QStringList{} << u"abcdef"_s;
    QTest::newRow("no newline: finish") << L{"abc"} << true << QStringList{u"abc"_s} << QString();
    QTest::newRow("ansi colours removed") << L{"\x1b[1;31mred\x1b[0m ok\n"} << false << QStringList{u"red ok"_s} << QString();
    QTest::newRow("ansi split across chunks") << L{"\x1b[3", "2mgreen\x1b", "[0m\n"} << false << QStringList{u"green"_s} << QString();
    QTest::newRow("osc title removed") << L{"\x1b]0;title\x07text\n"} << false << QStringList{u"text"_s} << QString();
    QTest::newRow("tab kept, bell removed") << L{"a\tb\x07\n"} << false << QStringList{u"a\tb"_s} << QString();
}

void TestLineSplitter::splits()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(bool, finish);
    QFETCH(QStringList, lines);
    QFETCH(QString, partial);

    LineSplitter splitter;
    QList<LineSplitter::Line> out;
    for (const QByteArray &chunk : chunks)
        splitter.push(chunk, out);
    if (finish)
        splitter.finish(out);
    QStringList texts;
    for (const auto &l : out)
        texts << l.text;
    QCOMPARE(texts, lines);
    QCOMPARE(splitter.partialText(), partial);
}

void TestLineSplitter::sameResultForEverySplitPoint()
{
    // A mix of everything; split in two at every byte position, the lines never change.
    const QByteArray stream = "first\r\nsecond caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\n10%\r50%\r100%\n\x1b[31merr\x1b[0m\n"
                              "last\r\r\nbad \xE2\x82 x \xFF \xF0\x9F\n";
    LineSplitter whole;
    QList<LineSplitter::Line> expected;
    whole.push(stream, expected);
    QCOMPARE(expected.size(), 6);
    QCOMPARE(expected[5].text, QString::fromUtf8("bad \xE2\x82 x \xFF \xF0\x9F"));
    QCOMPARE(expected[1].text, QString::fromUtf8("second caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
    QCOMPARE(expected[2].text, u"100%"_s);
    QCOMPARE(expected[3].text, u"err"_s);
    QCOMPARE(expected[4].text, u"last"_s);

    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        LineSplitter splitter;
        QList<LineSplitter::Line> out;
        splitter.push(QByteArrayView(stream).first(cut), out);
        splitter.push(QByteArrayView(stream).sliced(cut), out);
        QCOMPARE(out.size(), expected.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            QCOMPARE(out[i].text, expected[i].text);
            QCOMPARE(out[i].offset, expected[i].offset);
        }
    }
}

void TestLineSplitter::megabyteLineWithoutNewline()
{
    LineSplitter::Options options;
    options.maxLineLength = 16 * 1024;
    LineSplitter splitter(options);
    QByteArray line(1024 * 1024, 'x');
    for (qsizetype i = 0; i < line.size(); i += 97)
        line[i] = char('a' + i % 26);

    QList<LineSplitter::Line> out;
    for (qsizetype pos = 0; pos < line.size(); pos += 65536)
        splitter.push(QByteArrayView(line).sliced(pos, qMin<qsizetype>(65536, line.size() - pos)), out);
    // Bounded memory: whatever is not emitted yet is less than one piece.
    QVERIFY(splitter.partialText().size() <= options.maxLineLength);
    QCOMPARE(out.size(), 63); // the last 16 Ki characters wait for the newline
    for (const auto &piece : out) {
        QCOMPARE(piece.text.size(), options.maxLineLength);
        QVERIFY(piece.cut);
    }
    splitter.push("\nnext\n", out);
    QCOMPARE(out.size(), 65);
    QVERIFY(!out[63].cut);
    QCOMPARE(out[64].text, u"next"_s);

    QString joined;
    for (qsizetype i = 0; i < 64; ++i)
        joined += out[i].text;
    QCOMPARE(joined, QString::fromLatin1(line));
    QCOMPARE(out[1].offset, qint64(options.maxLineLength)); // ASCII: one byte per character
    QCOMPARE(out[64].offset, qint64(line.size() + 1));
}

void TestLineSplitter::offsetsPointAtLineStarts()
{
    LineSplitter splitter;
    const QByteArray stream = "ab\r\ncd\n\xC3\xA9\nprogress 1\rprogress 2\n";
    QList<LineSplitter::Line> out;
    for (char c : stream)
        splitter.push(QByteArrayView(&c, 1), out);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out[0].offset, 0);
    QCOMPARE(out[1].offset, 4);
    QCOMPARE(out[2].offset, 7);
    QCOMPARE(out[3].text, u"progress 2"_s);
    QCOMPARE(out[3].offset, 21); // where the overwriting text starts
    QCOMPARE(splitter.offset(), stream.size());
}

void TestLineSplitter::partialLineIsVisibleBeforeItsNewline()
{
    LineSplitter splitter;
    QList<LineSplitter::Line> out;
    splitter.push("line\nlogin: ", out);
    QCOMPARE(out.size(), 1);
    QVERIFY(splitter.hasPartial());
    QCOMPARE(splitter.partialText(), u"login: "_s);
    QCOMPARE(splitter.partialOffset(), 5);
}

void TestLineSplitter::resetForgetsThePartialLine()
{
    LineSplitter splitter;
    QList<LineSplitter::Line> out;
    splitter.push("half a li\xE2", out);
    splitter.reset(1000);
    splitter.push("whole\n", out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].text, u"whole"_s);
    QCOMPARE(out[0].offset, 1000);
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "test_log_linesplitter.moc"
