// Kiln::Toe::Json: what the agent protocol, detailedoutput.json and ExecutionState rely on.
#include "core/toe/json.h"
#include "core/toe/timeutil.h"

#include <QtTest>

using namespace Kiln::Toe;

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("scalars") << QStringLiteral(R"([null,true,false,0,-12,9007199254740993,1.5,-2.5e-07,"s"])");
        QTest::newRow("object order") << QStringLiteral(R"({"z":1,"a":{"y":[],"b":{}},"m":"x"})");
        QTest::newRow("escapes") << QStringLiteral("[\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\",\"é€😀\"]");
        QTest::newRow("nested") << QStringLiteral(R"([[[[[[1]]]]],{"k":[{"k":[{"k":null}]}]}])");
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        auto parsed = Json::parse(text.toStdString());
        QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
        QCOMPARE(QString::fromStdString(parsed->dump()), text);
        auto again = Json::parse(parsed->dump(2));
        QVERIFY(again);
        QVERIFY(*again == *parsed);
    }

    void errorsAreLocated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("trailing comma") << QStringLiteral("{\n  \"a\": 1,\n}") << 3 << 1 << QStringLiteral("expected a string key");
        QTest::newRow("unterminated string") << QStringLiteral("[\"abc") << 1 << 6 << QStringLiteral("unterminated string");
        QTest::newRow("garbage after") << QStringLiteral("{} x") << 1 << 4 << QStringLiteral("unexpected characters");
        QTest::newRow("bad literal") << QStringLiteral("[tru]") << 1 << 2 << QStringLiteral("invalid JSON value");
        QTest::newRow("empty") << QString() << 1 << 1 << QStringLiteral("unexpected end");
        QTest::newRow("control char") << QStringLiteral("\"a\tb\"") << 1 << 3 << QStringLiteral("control character");
    }
    void errorsAreLocated()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        auto parsed = Json::parse(text.toStdString(), "state.json");
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().location.file, std::string("state.json"));
        QCOMPARE(parsed.error().location.mark.line, line);
        QCOMPARE(parsed.error().location.mark.column, column);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message), parsed.error().message.c_str());
    }

    void deepNestingIsRefused()
    {
        const std::string deep(100000, '[');
        auto parsed = Json::parse(deep);
        QVERIFY(!parsed);
        QVERIFY(QString::fromStdString(parsed.error().message).contains(QStringLiteral("too deeply")));
    }

    void invalidUtf8IsReplaced()
    {
        // a child process may print any bytes; the JSON written must stay valid UTF-8
        const Json j(std::string("ok \xff\xfe end \xc3"));
        const std::string text = j.dump();
        QCOMPARE(QString::fromStdString(text), QStringLiteral("\"ok \uFFFD\uFFFD end \uFFFD\""));
        QVERIFY(Json::parse(text));
    }

    void longTextAcrossEscapeBlocks_data()
    {
        // jsonQuote escapes in 4 KiB blocks: characters and escapes on the blocks' edges
        QTest::addColumn<int>("offset");
        for (int offset : {4093, 4094, 4095, 4096, 4097})
            QTest::newRow(qPrintable(QString::number(offset))) << offset;
    }

    void longTextAcrossEscapeBlocks()
    {
        QFETCH(int, offset);
        std::string text(size_t(offset), 'a');
        text += "\xf0\x9f\x98\x80"; // a 4-byte character starting near the edge
        for (int i = 0; i < 3000; ++i)
            text += "line \"" + std::to_string(i) + "\"\t\x01\xc3\xa9\\\n";
        text += "\xe2\x82"; // cut short at the very end
        const std::string dumped = Json(text).dump();
        auto parsed = Json::parse(dumped);
        QVERIFY(parsed);
        std::string expected = text.substr(0, text.size() - 2) + "\xef\xbf\xbd\xef\xbf\xbd";
        QCOMPARE(QByteArray::fromStdString(parsed->toString()), QByteArray::fromStdString(expected));
        QVERIFY(dumped.find('\n') == std::string::npos);
        QVERIFY(dumped.find("\\u0001") != std::string::npos);
    }

    void rfc3339NanosFormat()
    {
        using namespace std::chrono;
        const auto t = WallClock::time_point(duration_cast<WallClock::duration>(nanoseconds(1714566896123456789LL)));
        const std::string text = rfc3339Nanos(t);
        // the clock's resolution may drop the last digits; the shape and the seconds stay exact
        QCOMPARE(QString::fromStdString(text.substr(0, 23)), QStringLiteral("2024-05-01T12:34:56.123"));
        QCOMPARE(text.size(), size_t(30));
        QCOMPARE(text.back(), 'Z');
        // the next second reuses nothing stale from the cached date
        const std::string next = rfc3339Nanos(t + seconds(1));
        QCOMPARE(QString::fromStdString(next.substr(0, 20)), QStringLiteral("2024-05-01T12:34:57."));
        const std::string early = rfc3339Nanos(WallClock::time_point(duration_cast<WallClock::duration>(nanoseconds(5))));
        QCOMPARE(QString::fromStdString(early), QStringLiteral("1970-01-01T00:00:00.000000005Z"));
    }

    void objectAccess()
    {
        Json o = Json::object();
        o["b"] = 2;
        o["a"] = "x";
        o["b"] = 3; // replaces, keeps the position
        QCOMPARE(QString::fromStdString(o.dump()), QStringLiteral(R"({"b":3,"a":"x"})"));
        QVERIFY(std::as_const(o)["missing"].isNull()); // const access does not insert
        QCOMPARE(o["b"].toInt(), 3LL);
        QCOMPARE(QString::fromStdString(o["a"].asText()), QStringLiteral("x"));
        QVERIFY(o.remove("a"));
        QCOMPARE(o.size(), size_t(1));
        QCOMPARE(QString::fromStdString(Json(1.0).dump()), QStringLiteral("1.0"));
        QCOMPARE(QString::fromStdString(Json(0.1).dump()), QStringLiteral("0.1"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
