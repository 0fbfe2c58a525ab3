// Enrollment through a real lykta-server process and real HTTP: guesses in parallel share one
// code's tries, every issued code and every refused try is in the audit log (never the secret),
// --valid-minutes is bounded, and the name a device gives itself reaches the admin's device
// list without anything a terminal would act on.
#include "testserver.h"

#include "sync/core/limits.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <latch>
#include <thread>

using namespace lykta;
using namespace lykta::test;
using sync::protocol::ApiError;

namespace {

// The code as a person could mistype it: same id, another secret.
std::string wrongSecret(const QString &code)
{
    std::string wrong = code.toStdString();
    wrong.back() = wrong.back() == 'A' ? 'B' : 'A';
    return wrong;
}

QString codeId(const QString &code)
{
    return code.section('-', 0, 0);
}

// `admin audit SUBJECT` as rows of tab-separated columns (the header left out).
QList<QStringList> auditRows(const TestServer &server, const QString &subject)
{
    QList<QStringList> rows;
    const QStringList lines = server.admin({"audit", subject}).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.push_back(lines[i].split('\t'));
    return rows;
}

// Columns of `admin audit`: when, action, device, staff, unit, entity, subject, request.
qsizetype countRows(const QList<QStringList> &rows, const QString &action, const QString &entity)
{
    return std::count_if(rows.begin(), rows.end(), [&](const QStringList &r) {
        return r.size() >= 6 && r[1] == action && r[5] == entity;
    });
}

} // namespace

class TstEnroll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // 32 guesses at once from this one address keep their connections open while the right
        // code is tried: more than the default cap per client address (e2e_connections tests it).
        m_server.setServeArgs({"--max-connections-per-address", "64"});
        QVERIFY(m_server.start());
        m_a = m_server.enrollStaff("Enhet A", 101);
        QVERIFY(!m_a.token.empty());
    }

    void parallelGuessesShareTheCodesTries()
    {
        const QString code = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        const std::string wrong = wrongSecret(code);
        constexpr int kGuesses = 32;
        std::vector<std::unique_ptr<sync::client::Transport>> clients;
        for (int i = 0; i < kGuesses; ++i)
            clients.push_back(m_server.transport());
        std::vector<int> status(kGuesses);
        std::vector<ApiError> errors(kGuesses);
        std::latch start(kGuesses);
        std::vector<std::thread> threads;
        for (int i = 0; i < kGuesses; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait(); // every guess on the wire at once
                auto r = clients[i]->enroll({wrong, sync::DeviceId(300 + i), "guess"});
                status[i] = r ? 200 : r.error().httpStatus;
                errors[i] = r ? ApiError::Unknown : r.error().apiError;
            });
        }
        for (auto &t : threads)
            t.join();

        int evaluated = 0;
        int locked = 0;
        for (int i = 0; i < kGuesses; ++i) {
            if (status[i] == 401 && errors[i] == ApiError::BadCode)
                ++evaluated;
            else if (status[i] == 429 && errors[i] == ApiError::CodeLocked)
                ++locked;
        }
        // Only the code's tries were checked against the secret; the rest found it locked.
        QCOMPARE(evaluated, sync::limits::kMaxCodeAttempts);
        QCOMPARE(locked, kGuesses - sync::limits::kMaxCodeAttempts);

        auto right = m_server.transport()->enroll({code.toStdString(), 399, "right"});
        QVERIFY(!right);
        QCOMPARE(right.error().httpStatus, 429);
        QCOMPARE(right.error().apiError, ApiError::CodeLocked);

        const auto rows = auditRows(m_server, codeId(code));
        QCOMPARE(countRows(rows, "enroll_refused", "enrollment_code:bad_code"),
                 qsizetype(sync::limits::kMaxCodeAttempts));
        QCOMPARE(countRows(rows, "enroll_refused", "enrollment_code:locked"),
                 qsizetype(kGuesses - sync::limits::kMaxCodeAttempts + 1));
    }

    void aRightCodeHandsItsTryBack()
    {
        const QString code = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        auto client = m_server.transport();
        for (int i = 0; i < sync::limits::kMaxCodeAttempts - 1; ++i)
            QCOMPARE(client->enroll({wrongSecret(code), 410, "t"}).error().apiError,
                     ApiError::BadCode);
        // The right secret for a device id that is taken: refused, but not as a wrong guess.
        auto taken = client->enroll({code.toStdString(), m_a.device, "t"});
        QVERIFY(!taken);
        QCOMPARE(taken.error().apiError, ApiError::DeviceExists);
        auto enrolled = client->enroll({code.toStdString(), 410, "t"});
        QVERIFY2(enrolled, enrolled ? "" : enrolled.error().detail.c_str());
    }

    // A tablet enrolled again as a new device names the token it takes over: the server
    // revokes that device (audited), so no token of the earlier person works afterwards.
    void aNewEnrollmentRevokesTheOneItReplaces()
    {
        auto client = m_server.transport();
        const QString first = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        auto before = client->enroll({first.toStdString(), 440, "platta"});
        QVERIFY(before);
        QVERIFY(m_server.transport(before->token)->pull(0, 10));

        const QString second = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        auto after = client->enroll({second.toStdString(), 441, "platta", before->token});
        QVERIFY2(after, after ? "" : after.error().detail.c_str());
        QVERIFY(m_server.transport(after->token)->pull(0, 10));
        auto old = m_server.transport(before->token)->pull(0, 10);
        QVERIFY(!old);
        QCOMPARE(old.error().apiError, ApiError::Unauthorized);
        QCOMPARE(countRows(auditRows(m_server, "440"), "revoke", "device"), 1);

        // A token that is no longer valid takes nothing over; the new enrollment stands.
        const QString third = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        QVERIFY(client->enroll({third.toStdString(), 442, "platta", before->token}));
        QVERIFY(m_server.transport(after->token)->pull(0, 10));
    }

    // After a plain revoke the same device id comes back only as what it was: a code for its
    // own staff member re-enrolls it (the tablet's unsent work carries that id), a code for
    // anyone else is refused and stays unused, and a device still enrolled is refused too.
    void aRevokedDeviceComesBackOnlyAsItsOwnPerson()
    {
        auto client = m_server.transport();
        const QString first = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        QVERIFY(client->enroll({first.toStdString(), 450, "platta"}));
        QCOMPARE(m_server.admin({"revoke-device", "450"}), QString("revoked 450"));

        const QString other =
            m_server.admin({"create-staff", "--name", "Sam Berg", "--unit", qs(m_a.unit)});
        const QString theirs = m_server.admin({"enroll-code", "--staff", other});
        auto refused = client->enroll({theirs.toStdString(), 450, "platta"});
        QVERIFY(!refused);
        QCOMPARE(refused.error().apiError, ApiError::DeviceExists);

        const QString again = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        auto back = client->enroll({again.toStdString(), 450, "platta igen"});
        QVERIFY2(back, back ? "" : back.error().detail.c_str());
        QVERIFY(m_server.transport(back->token)->pull(0, 10));
        const QString listed = m_server.admin({"list-devices"});
        const QString row =
            listed.section('\n', 1).split('\n').filter(QRegularExpression("^450\t")).value(0);
        QVERIFY2(row.contains("platta igen"), qPrintable(listed));
        QCOMPARE(row.split('\t').value(7), QString("-")); // not revoked

        const QString twice = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        auto enrolledTwice = client->enroll({twice.toStdString(), 450, "platta"});
        QVERIFY(!enrolledTwice);
        QCOMPARE(enrolledTwice.error().apiError, ApiError::DeviceExists);

        // The code refused for another person's device id was not spent.
        QVERIFY(client->enroll({theirs.toStdString(), 451, "Sams platta"}));
    }

    void issuedCodesAndRefusedTriesAreAudited()
    {
        const QString code = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        const QString secret = code.section('-', 1);
        auto client = m_server.transport();
        QVERIFY(!client->enroll({wrongSecret(code), 420, "t"}));
        QVERIFY(client->enroll({code.toStdString(), 420, "t"}));
        QVERIFY(!client->enroll({code.toStdString(), 421, "t"})); // used

        const auto rows = auditRows(m_server, codeId(code));
        QCOMPARE(countRows(rows, "enroll_code", "enrollment_code:staff"), 1);
        QCOMPARE(countRows(rows, "enroll_refused", "enrollment_code:bad_code"), 1);
        QCOMPARE(countRows(rows, "enroll_refused", "enrollment_code:used"), 1);
        for (const auto &r : rows) {
            QCOMPARE(r.value(3), qs(m_a.staff)); // the staff member the code is for
            QVERIFY(!r.join('\t').contains(secret, Qt::CaseInsensitive));
        }
        // Who tried: the device id each refused try named.
        const auto refused = std::find_if(rows.begin(), rows.end(), [](const QStringList &r) {
            return r[1] == "enroll_refused";
        });
        QVERIFY(refused != rows.end());
        QCOMPARE(refused->value(2), QString("420"));

        const QString kiosk = m_server.admin({"enroll-code", "--kiosk", "--unit", qs(m_a.unit)});
        const auto kioskRows = auditRows(m_server, codeId(kiosk));
        QCOMPARE(countRows(kioskRows, "enroll_code", "enrollment_code:kiosk"), 1);
        QCOMPARE(kioskRows.value(0).value(4), qs(m_a.unit));

        // A code id nobody issued is audited under that id.
        QVERIFY(!client->enroll({"ZZZZZZZZ-ZZZZZZZZ", 422, "t"}));
        QCOMPARE(
            countRows(auditRows(m_server, "ZZZZZZZZ"), "enroll_refused", "enrollment_code:unknown"),
            1);
    }

    void validMinutesIsBounded_data()
    {
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero") << "0" << false;
        QTest::newRow("negative") << "-5" << false;
        QTest::newRow("not a number") << "soon" << false;
        QTest::newRow("fraction") << "1.5" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("over seven days") << "10081" << false;
        QTest::newRow("a year") << "525600" << false;
        QTest::newRow("one minute") << "1" << true;
        QTest::newRow("seven days") << "10080" << true;
    }

    void validMinutesIsBounded()
    {
        QFETCH(QString, minutes);
        QFETCH(bool, accepted);
        QProcess admin;
        admin.start(QString::fromStdString(serverBinary()),
                    {"admin", "--db", m_server.database().spec(), "enroll-code", "--staff",
                     qs(m_a.staff), "--valid-minutes", minutes});
        QVERIFY(admin.waitForFinished(30000));
        const QString out = QString::fromUtf8(admin.readAllStandardOutput()).trimmed();
        const QString err = QString::fromUtf8(admin.readAllStandardError());
        if (accepted) {
            QCOMPARE(admin.exitCode(), 0);
            const long long expiresMs = m_server.database().scalar(
                "SELECT expires_ms - created_ms FROM enrollment_code WHERE id = '" +
                codeId(out).toStdString() + "'");
            QCOMPARE(expiresMs, minutes.toLongLong() * 60'000);
            return;
        }
        QCOMPARE(admin.exitCode(), 2);
        QVERIFY(out.isEmpty()); // no code printed
        QVERIFY2(err.contains("--valid-minutes") && err.contains("10080"), qPrintable(err));
    }

    void deviceNamesLoseControlCharacters()
    {
        const QString code = m_server.admin({"enroll-code", "--staff", qs(m_a.staff)});
        const std::string sent = "Surfplatta \x1b[31mröd\x1b[0m\r\nfalsk rad\t\xe2\x80\xae"
                                 "kcab\xc2\x85 \xe2\x81\xa6ok\xe2\x81\xa9 \xc3\xa5\xc3\xa4\xc3\xb6 "
                                 "\xf0\x9f\x91\x8d\x7f";
        auto enrolled = m_server.transport()->enroll({code.toStdString(), 430, sent});
        QVERIFY2(enrolled, enrolled ? "" : enrolled.error().detail.c_str());

        const QStringList lines = m_server.admin({"list-devices"}).split('\n');
        const auto row = std::find_if(lines.begin(), lines.end(),
                                      [](const QString &l) { return l.startsWith("430\t"); });
        QVERIFY(row != lines.end());
        const QStringList columns = row->split('\t');
        QCOMPARE(columns.size(), 13); // no tab of the name's splits the row
        QCOMPARE(columns[5], QString::fromUtf8("Surfplatta [31mröd[0mfalsk radkcab ok åäö 👍"));

        // Bytes that are not UTF-8 are refused, and the code is not spent on them.
        const std::string next =
            m_server.admin({"enroll-code", "--staff", qs(m_a.staff)}).toStdString();
        auto broken = m_server.transport()->enroll({next, 431, "tablet \xff\xfe \xc0\xaf"});
        QVERIFY(!broken);
        QCOMPARE(broken.error().httpStatus, 400);
        QCOMPARE(broken.error().apiError, ApiError::BadRequest);
        QVERIFY(m_server.transport()->enroll({next, 431, "tablet"}));
    }

private:
    static QString qs(const std::string &s) { return QString::fromStdString(s); }

    TestServer m_server;
    TestServer::Enrolled m_a;
};

QTEST_MAIN(TstEnroll)
#include "tst_enroll.moc"
