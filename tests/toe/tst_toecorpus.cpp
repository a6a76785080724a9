// The public corpus of real AWSTOE documents (../shared/awstoe/corpus, not copied into the repo):
// every valid one must validate without errors, every invalid one must be rejected with a located
// error that matches the reason recorded in SOURCES.tsv.
#include "core/toe/validator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Kiln::Toe;

namespace {

QString corpusDir() { return QStringLiteral(KILN_SHARED_DIR "/awstoe/corpus"); }

// SOURCES.tsv states why a document is invalid (or which warnings a valid one deserves) in the
// words of the tool that classified it; these are the diagnostic codes that say the same.
struct ReasonCode {
    const char *reason;
    const char *code;
};
const ReasonCode kReasons[] = {
    {"YAML parse error", "yaml-syntax"},
    {"is not a single-key mapping", "bad-variable-entry"},
    {"missing inputs", "missing-inputs"},
    {"duplicate step name", "duplicate-step-name"},
    {"duplicate variable name", "duplicate-variable"},
    {"phases is not a list", "phases-not-list"},
    {"missing schemaVersion", "missing-schema-version"},
    {"is not 1.0", "bad-schema-version"},
    {"unknown action", "unknown-action"},
    {"invalid onFailure", "bad-on-failure"},
    {"bad maxAttempts", "bad-integer"},
    {"bad timeoutSeconds", "bad-integer"},
    {"non-standard phase name", "nonstandard-phase"},
    {"undocumented top-level key", "unknown-key"},
    {"undocumented keys ['allowedValues']", ""}, // Kiln knows allowedValues: nothing to say
};

QHash<QString, QString> readReasons()
{
    QHash<QString, QString> reasons;
    QFile f(corpusDir() + QStringLiteral("/SOURCES.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return reasons;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).split(u'\t');
        if (cols.size() >= 7)
            reasons.insert(cols.at(0), cols.at(6).trimmed());
    }
    return reasons;
}

} // namespace

class TestToeCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(corpusDir() + QStringLiteral("/valid")).exists())
            QSKIP(qPrintable(QStringLiteral("the AWSTOE corpus is not at %1 (set KILN_SHARED_DIR when configuring)").arg(corpusDir())));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasons");
        const QHash<QString, QString> reasons = readReasons();
        QVERIFY2(!reasons.isEmpty(), "SOURCES.tsv is missing");
        int valid = 0, invalid = 0;
        for (const char *kind : {"valid", "invalid"}) {
            const QString sub = QString::fromUtf8(kind);
            const QDir dir(corpusDir() + u'/' + sub);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                const QString key = sub + u'/' + name;
                QTest::newRow(key.toUtf8().constData()) << dir.filePath(name) << (sub == QLatin1String("valid")) << reasons.value(key);
                (sub == QLatin1String("valid") ? valid : invalid)++;
            }
        }
        // The corpus README promises 172 + 27; a silently shrunk corpus would make this test weaker.
        QCOMPARE(valid, 172);
        QCOMPARE(invalid, 27);
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QFETCH(QString, reasons);
        const ValidationResult r = validateFile(path.toStdString());
        QString errors;
        for (const auto &d : r.diagnostics)
            if (d.severity == Severity::Error)
                errors += QString::fromStdString(d.toString()) + u'\n';
        if (valid) {
            QVERIFY2(r.ok(), qPrintable(errors));
        } else {
            QVERIFY(!r.ok());
            QVERIFY(!errors.isEmpty());
            for (const auto &d : r.diagnostics)
                if (d.severity == Severity::Error)
                    QVERIFY2(d.location.mark.line > 0 && d.location.mark.column > 0, d.toString().c_str());
        }
        // Each recorded reason has a diagnostic with the matching code.
        for (const QString &reason : reasons.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            const ReasonCode *match = nullptr;
            for (const auto &rc : kReasons)
                if (reason.contains(QString::fromUtf8(rc.reason)))
                    match = &rc;
            QVERIFY2(match, qPrintable(QStringLiteral("no diagnostic code known for the reason: ") + reason));
            if (!*match->code)
                continue;
            bool found = false;
            for (const auto &d : r.diagnostics)
                found = found || d.code == match->code;
            QVERIFY2(found, qPrintable(QStringLiteral("expected a '%1' diagnostic for: %2\n%3")
                                           .arg(QString::fromUtf8(match->code), reason, errors)));
        }
    }
};

QTEST_APPLESS_MAIN(TestToeCorpus)
#include "tst_toecorpus.moc"
