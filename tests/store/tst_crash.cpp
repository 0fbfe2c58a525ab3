// Crash safety: a writer process is killed with SIGKILL at random moments. After each kill
// the file passes integrity_check, every commit the writer reported is there, and every
// change still has exactly its deltas.

#include "storeinspector.h"
#include "storetestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killAtRandomMoments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.db");
        const quint32 seed = qEnvironmentVariableIsSet("LYKTA_SEED")
                                 ? qEnvironmentVariableIntValue("LYKTA_SEED")
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (set LYKTA_SEED to repeat)", seed);
        QRandomGenerator random(seed);

        std::vector<std::pair<long, std::string>> reported; // sequence number, note id
        long next = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess writer;
            writer.start(LYKTA_CRASH_WRITER, {path, QString::number(next)});
            QVERIFY2(writer.waitForStarted(), "writer did not start");
            // Let it commit a random number of times, then kill it at a random moment.
            const int commits = random.bounded(1, 25);
            QByteArray out;
            while (out.count('\n') < commits && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(2000);
                out += writer.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(3000));
            writer.kill(); // SIGKILL
            writer.waitForFinished();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable("writer ended by itself: " + writer.readAllStandardError()));
            out += writer.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                const auto parts = line.split(' ');
                if (parts.size() == 2)
                    reported.emplace_back(parts[0].toLong(), parts[1].toStdString());
            }
            QVERIFY(!reported.empty());
            next = reported.back().first + 1;

            auto store = openStore(path.toStdString());
            Statement check(StoreInspector::database(*store).handle(), "PRAGMA integrity_check");
            QCOMPARE(check.step(), SQLITE_ROW);
            QCOMPARE(std::string(check.text(0)), std::string("ok"));
            QCOMPARE(checkDeltaInvariant(StoreInspector::database(*store).handle()), std::string());
            for (const auto &[seq, id] : reported) {
                auto note = store->get("note", id);
                QVERIFY2(note && note->has_value(), qPrintable(QString("lost note %1").arg(seq)));
                QVERIFY((*note)->text("body").starts_with("crash-note-" + std::to_string(seq)));
            }
            // The unit's name is the last reported one, or one commit newer not yet reported.
            const std::string name = (*store->get("unit", kActor.unitId))->text("name");
            const long last = reported.back().first;
            QVERIFY2(name == "unit-name-" + std::to_string(last) ||
                         name == "unit-name-" + std::to_string(last + 1),
                     name.c_str());
            if (name == "unit-name-" + std::to_string(last + 1))
                next = last + 2;
            QCOMPARE(store->list("note")->size(), static_cast<std::size_t>(next));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
