// Never lose a word, the hard way: drafttypist types into the real case note form on a real
// encrypted store and is killed with SIGKILL at random moments (seeded; the seed is printed,
// LYKTA_SIGKILL_SEED repeats a run). After each restart the form must show, and say it
// restored, everything typed up to two seconds before the kill, and nothing that was not typed.

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

namespace {

constexpr int kKills = 50;
constexpr long long kMaxLossMs = 2000;

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

char typedCharacter(long long i)
{
    static const char kLetters[] = "abcdefghijklmnopqrstuvwxyz ";
    return kLetters[(i * 7 + i / 27) % 27];
}

QByteArray expectedText(long long length)
{
    QByteArray text;
    for (long long i = 0; i < length; ++i)
        text.append(typedCharacter(i));
    return text;
}

// One line of the typist's: "typing <n>" (the n-th character's key is going down: it may be in
// the draft from now on) or "typed <n> <ms>" (it is in the form). False for anything else.
bool readTyped(const QByteArray &line, QList<std::pair<long long, long long>> &typed,
               long long &typedTotal)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() == 2 && parts[0] == "typing") {
        typedTotal = std::max(typedTotal, parts[1].toLongLong());
        return true;
    }
    if (parts.size() == 3 && parts[0] == "typed") {
        typed.append({parts[1].toLongLong(), parts[2].toLongLong()});
        typedTotal = std::max(typedTotal, typed.last().first);
        return true;
    }
    return false;
}

} // namespace

class TestSigkill : public QObject
{
    Q_OBJECT

private slots:
    void typedTextSurvivesSigkill()
    {
        const quint32 seed = qEnvironmentVariableIsSet("LYKTA_SIGKILL_SEED")
                                 ? qEnvironmentVariableIntValue("LYKTA_SIGKILL_SEED")
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (LYKTA_SIGKILL_SEED=%u repeats this run)", seed, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString db = dir.filePath("lykta.db");

        // (length, when) of each character typed in the run before the last kill.
        QList<std::pair<long long, long long>> typed;
        long long killedAt = 0;
        long long typedTotal = 0;
        long long worstLossMs = 0;
        for (int run = 0; run <= kKills; ++run) {
            QProcess typist;
            typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            typist.start(QStringLiteral(LYKTA_TYPIST), {db});
            QVERIFY2(typist.waitForStarted(), qPrintable(typist.errorString()));
            QByteArray line;
            while (!typist.canReadLine())
                QVERIFY2(typist.waitForReadyRead(30000), "the typist never opened the form");
            line = typist.readLine().trimmed();
            QVERIFY2(line.startsWith("ready "), line.constData());
            const bool restored = line.at(6) == '1';
            const QByteArray text = line.mid(8);

            // Nothing that was not typed, and everything typed up to 2 s before the kill.
            QVERIFY2(text.size() <= typedTotal, qPrintable(QString("run %1: %2 > %3 characters")
                                                               .arg(run)
                                                               .arg(text.size())
                                                               .arg(typedTotal)));
            QCOMPARE(text, expectedText(text.size()));
            long long mustHave = 0;
            for (const auto &[length, when] : std::as_const(typed))
                if (when <= killedAt - kMaxLossMs)
                    mustHave = length;
            QVERIFY2(text.size() >= mustHave,
                     qPrintable(QString("run %1 (seed %2): %3 characters restored, %4 were typed "
                                        "at least 2 s before the kill")
                                    .arg(run)
                                    .arg(seed)
                                    .arg(text.size())
                                    .arg(mustHave)));
            QCOMPARE(restored, text.size() > 0);
            for (const auto &[length, when] : std::as_const(typed))
                if (length == text.size() + 1)
                    worstLossMs = std::max(worstLossMs, killedAt - when);
            if (run == kKills)
                break;

            // Type for a random while, then SIGKILL.
            typed.clear();
            typedTotal = text.size();
            const long long killAt = nowMs() + random.bounded(200, 3000);
            while (nowMs() < killAt) {
                typist.waitForReadyRead(int(std::max(1LL, killAt - nowMs())));
                while (typist.canReadLine())
                    QVERIFY(readTyped(typist.readLine(), typed, typedTotal));
                QVERIFY2(typist.state() == QProcess::Running, "the typist stopped by itself");
            }
            killedAt = nowMs();
            typist.kill(); // SIGKILL
            QVERIFY(typist.waitForFinished());
            // Lines written before the kill but not yet read.
            for (const QByteArray &rest : typist.readAllStandardOutput().split('\n'))
                if (!rest.trimmed().isEmpty())
                    QVERIFY(readTyped(rest, typed, typedTotal));
        }
        qInfo("%d kills; %lld characters in the end; longest stretch lost before a kill: %lld ms",
              kKills, typedTotal, worstLossMs);
    }
};

QTEST_GUILESS_MAIN(TestSigkill)
#include "tst_sigkill.moc"
