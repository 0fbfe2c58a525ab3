// Security of lykta-server through a real process and real HTTP: authentication, unit
// isolation on every endpoint (replayed delta ids included), the kiosk's scope, signatures and
// staff records, enrollment codes, and no secrets at rest.
#include "testserver.h"

#include "sync/core/uuid.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

using namespace lykta;
using namespace lykta::test;
using sync::client::ErrorClass;
using sync::protocol::ApiError;

namespace {

std::set<std::string> recordIds(const sync::Batch &batch)
{
    std::set<std::string> ids;
    for (const auto &d : batch.deltas)
        ids.insert(d.entityId);
    return ids;
}

const sync::Rejection *rejectionOf(const sync::PushResponse &r, const sync::DeltaId &id)
{
    auto it = std::find_if(r.rejected.begin(), r.rejected.end(),
                           [&](const sync::Rejection &x) { return x.id == id; });
    return it == r.rejected.end() ? nullptr : &*it;
}

// Nothing of `canary` or of `staffId` anywhere in a push answer's refusals.
bool answerShows(const sync::PushResponse &r, const std::string &canary, const std::string &staffId)
{
    for (const auto &x : r.rejected) {
        if (!x.current)
            continue;
        const auto *text = std::get_if<std::string>(&x.current->value);
        if ((text && text->find(canary) != std::string::npos) || x.current->author == staffId ||
            x.current->entityId == staffId)
            return true;
    }
    return false;
}

// The same delta id naming another record and field: what a replay attack sends.
sync::Delta renamed(sync::Delta d, const std::string &entity, const std::string &id,
                    const std::string &field)
{
    d.entity = entity;
    d.entityId = id;
    d.field = field;
    return d;
}

} // namespace

class TstSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_a = m_server.enrollStaff("Enhet A", 101);
        m_b = m_server.enrollStaff("Enhet B", 102);
        // B writes the kiosk's content, which takes the content role.
        m_server.admin(
            {"set-role", "--staff", QString::fromStdString(m_b.staff), "--role", "content"});
        QVERIFY(!m_a.token.empty());
        QVERIFY(!m_b.token.empty());
        m_tokens.push_back(m_a.token);
        m_tokens.push_back(m_b.token);
    }

    void noBadOrRevokedTokenGets401()
    {
        for (const std::string &token : {std::string(), std::string(43, 'x'), std::string("Z")}) {
            auto client = m_server.transport(token);
            auto pulled = client->pull(0, 100);
            QVERIFY(!pulled);
            QCOMPARE(pulled.error().httpStatus, 401);
            QCOMPARE(pulled.error().errorClass, ErrorClass::Unauthorized);
            auto pushed = client->push(DeltaWriter(101, m_a.staff).batch({}));
            QVERIFY(!pushed);
            QCOMPARE(pushed.error().httpStatus, 401);
        }

        // A second tablet of staff A works until an admin revokes it.
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_a.staff)});
        auto enrolled = m_server.transport()->enroll({code.toStdString(), 103, "lost tablet"});
        QVERIFY(enrolled);
        m_tokens.push_back(enrolled->token);
        auto lost = m_server.transport(enrolled->token);
        QVERIFY(lost->pull(0, 10));
        QVERIFY(m_server.admin({"list-devices"}).contains("lost tablet"));
        QCOMPARE(m_server.admin({"revoke-device", "103"}), QString("revoked 103"));
        auto pulled = lost->pull(0, 10);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().httpStatus, 401);
        QCOMPARE(pulled.error().apiError, ApiError::Unauthorized);
        DeltaWriter w(103, m_a.staff);
        auto pushed = lost->push(w.batch(w.write(
            "family", sync::newUuidV7(), {{"unit_id", m_a.unit}, {"name", std::string("X")}})));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().httpStatus, 401);
    }

    void unitADeviceCannotReachUnitBRecords()
    {
        // B writes a family in unit B.
        DeltaWriter b(102, m_b.staff);
        const std::string family = sync::newUuidV7();
        auto clientB = m_server.transport(m_b.token);
        auto created = clientB->push(b.batch(b.write(
            "family", family, {{"unit_id", m_b.unit}, {"name", std::string("Familjen B")}})));
        QVERIFY(created);
        QCOMPARE(created->accepted.size(), 2u);

        // A's pull, from the start and in small pages, never shows it.
        auto clientA = m_server.transport(m_a.token);
        for (std::uint32_t limit : {1u, 1000u}) {
            std::uint64_t cursor = 0;
            for (int page = 0; page < 100; ++page) {
                auto pulled = clientA->pull(cursor, limit);
                QVERIFY(pulled);
                QVERIFY(!recordIds(*pulled).contains(family));
                cursor = pulled->cursor;
                if (!pulled->hasMore)
                    break;
            }
        }

        // A cannot change it by id, move it, or create a record in unit B.
        DeltaWriter a(101, m_a.staff);
        auto change = a.write("family", family, {{"name", std::string("Kapad")}});
        auto move = a.write("family", family, {{"unit_id", m_a.unit}});
        const std::string intruder = sync::newUuidV7();
        auto plant = a.write("family", intruder,
                             {{"unit_id", m_b.unit}, {"name", std::string("Planterad")}});
        std::vector<sync::Delta> all = change;
        all.insert(all.end(), move.begin(), move.end());
        all.insert(all.end(), plant.begin(), plant.end());
        auto answer = clientA->push(a.batch(all));
        QVERIFY(answer);
        QVERIFY(answer->accepted.empty());
        QCOMPARE(answer->rejected.size(), all.size());
        for (const auto &d : all) {
            const auto *r = rejectionOf(*answer, d.id);
            QVERIFY(r);
            QCOMPARE(r->reason, sync::RejectReason::NotAuthorized);
        }

        // Another device of unit B sees B's value and nothing A planted.
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_b.staff)});
        auto b2 = m_server.transport()->enroll({code.toStdString(), 104, "B2"});
        QVERIFY(b2);
        m_tokens.push_back(b2->token);
        auto pulled = m_server.transport(b2->token)->pull(0, 1000);
        QVERIFY(pulled);
        QVERIFY(!recordIds(*pulled).contains(intruder));
        int names = 0;
        for (const auto &d : pulled->deltas) {
            if (d.entityId == family && d.field == "name") {
                ++names;
                QCOMPARE(d.value, sync::Value(std::string("Familjen B")));
            }
        }
        QCOMPARE(names, 1);

        // The audit log names who wrote, who read and who was refused.
        const QString audit = m_server.admin({"audit", QString::fromStdString(family)});
        QVERIFY2(audit.contains("\tpush\t102\t"), qPrintable(audit));
        QVERIFY2(audit.contains("\tpull\t104\t"), qPrintable(audit));
        QVERIFY2(audit.contains("\tpush_denied\t101\t"), qPrintable(audit));
    }

    void kioskPullsOnlyPublishedContent()
    {
        DeltaWriter b(102, m_b.staff);
        auto clientB = m_server.transport(m_b.token);
        const std::string note = sync::newUuidV7(), shown = sync::newUuidV7(),
                          draft = sync::newUuidV7(), helpline = sync::newUuidV7();
        std::vector<sync::Delta> all;
        for (auto part :
             {b.write("note", note, {{"unit_id", m_b.unit}, {"body", std::string("Privat")}}),
              b.write("info_card", shown,
                      {{"unit_id", m_b.unit},
                       {"title", std::string("Vad är beroende?")},
                       {"published", std::int64_t{1}}}),
              b.write("info_card", draft,
                      {{"unit_id", m_b.unit},
                       {"title", std::string("Utkast")},
                       {"published", std::int64_t{0}}}),
              b.write("helpline", helpline,
                      {{"unit_id", m_b.unit}, {"number", std::string("116 111")}})})
            all.insert(all.end(), part.begin(), part.end());
        auto pushed = clientB->push(b.batch(all));
        QVERIFY(pushed);
        QVERIFY(pushed->rejected.empty());

        const std::string token = m_server.enrollKiosk(m_b.unit, 105);
        QVERIFY(!token.empty());
        m_tokens.push_back(token);
        auto kiosk = m_server.transport(token);
        auto pulled = kiosk->pull(0, 1000);
        QVERIFY(pulled);
        for (const auto &d : pulled->deltas) {
            QVERIFY2(d.entity == "info_card" || d.entity == "helpline", d.entity.c_str());
            QVERIFY(d.entityId != note);
            if (d.entityId == draft)
                QCOMPARE(d.field, std::string("published")); // withdrawn: no text
            QVERIFY(d.author.empty());
        }
        const auto ids = recordIds(*pulled);
        QVERIFY(ids.contains(shown));
        QVERIFY(ids.contains(helpline));

        // Publishing the draft later brings its earlier text to the kiosk.
        auto publish =
            clientB->push(b.batch(b.write("info_card", draft, {{"published", std::int64_t{1}}})));
        QVERIFY(publish && publish->rejected.empty());
        auto next = kiosk->pull(pulled->cursor, 1000);
        QVERIFY(next);
        bool sawTitle = false;
        for (const auto &d : next->deltas)
            sawTitle |= d.entityId == draft && d.field == "title";
        QVERIFY(sawTitle);

        // A kiosk cannot write.
        DeltaWriter k(105, {});
        auto refused =
            kiosk->push(k.batch(k.write("info_card", shown, {{"title", std::string("x")}})));
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 403);
    }

    void enrollmentCodesAreSingleUseExpiringAndLocked()
    {
        const QString staff = QString::fromStdString(m_a.staff);
        auto client = m_server.transport();

        const QString code = m_server.admin({"enroll-code", "--staff", staff});
        auto first = client->enroll({code.toStdString(), 201, "t"});
        QVERIFY(first);
        m_tokens.push_back(first->token);
        auto again = client->enroll({code.toStdString(), 202, "t"});
        QVERIFY(!again);
        QCOMPARE(again.error().httpStatus, 410);
        QCOMPARE(again.error().apiError, ApiError::CodeUsed);

        // A code past its time, as a day later would find it (--valid-minutes is at least 1).
        const QString expired = m_server.admin({"enroll-code", "--staff", staff});
        QVERIFY(m_server.database().exec("UPDATE enrollment_code SET expires_ms = 0 WHERE id = '" +
                                         expired.section('-', 0, 0).toStdString() + "'"));
        auto late = client->enroll({expired.toStdString(), 203, "t"});
        QVERIFY(!late);
        QCOMPARE(late.error().apiError, ApiError::CodeExpired);

        const QString locked = m_server.admin({"enroll-code", "--staff", staff});
        std::string wrong = locked.toStdString();
        wrong.back() = wrong.back() == 'A' ? 'B' : 'A';
        for (int i = 0; i < 5; ++i) {
            auto guess = client->enroll({wrong, 204, "t"});
            QVERIFY(!guess);
            QCOMPARE(guess.error().httpStatus, 401);
            QCOMPARE(guess.error().apiError, ApiError::BadCode);
        }
        auto right = client->enroll({locked.toStdString(), 204, "t"});
        QVERIFY(!right);
        QCOMPARE(right.error().httpStatus, 429);
        QCOMPARE(right.error().apiError, ApiError::CodeLocked);

        auto unknown = client->enroll({"ZZZZZZZZ-ZZZZZZZZ", 205, "t"});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().apiError, ApiError::BadCode);
    }

    // A device of unit R1 repeats the id of a delta the server refused, naming a note of unit
    // R2: the answer shows nothing of R2, the replay is refused and the attempt is audited. A
    // true replay gets exactly the first answer.
    void aReplayedIdShowsNothingOfAnotherUnit()
    {
        const auto r1 = m_server.enrollStaff("Enhet R1", 301);
        const auto r2 = m_server.enrollStaff("Enhet R2", 302);
        QVERIFY(!r1.token.empty() && !r2.token.empty());
        m_tokens.push_back(r1.token);
        m_tokens.push_back(r2.token);
        auto clientA = m_server.transport(r1.token);
        auto clientB = m_server.transport(r2.token);

        const std::string canary = "secret-B-canary";
        DeltaWriter b(302, r2.staff);
        const std::string secret = sync::newUuidV7();
        auto wrote = clientB->push(
            b.batch(b.write("note", secret, {{"unit_id", r2.unit}, {"body", canary}})));
        QVERIFY(wrote && wrote->rejected.empty());

        // Two refusals of A's: an edit of its own signed note, a role it claims for itself.
        DeltaWriter a(301, r1.staff);
        const std::string own = sync::newUuidV7();
        auto signedNote = a.write("note", own,
                                  {{"unit_id", r1.unit},
                                   {"body", std::string("A:s text")},
                                   {"status", std::string("signed")},
                                   {"signed_by", r1.staff}});
        auto edit = a.write("note", own, {{"body", std::string("ändrad")}});
        auto role = a.write("staff", r1.staff, {{"role", std::string("manager")}});
        // The first-time role refusal of another unit's staff record shows nothing of it.
        auto colleagueRole = a.write("staff", r2.staff, {{"role", std::string("manager")}});
        std::vector<sync::Delta> all = signedNote;
        for (auto *part : {&edit, &role, &colleagueRole})
            all.insert(all.end(), part->begin(), part->end());
        auto first = clientA->push(a.batch(all));
        QVERIFY(first);
        QCOMPARE(first->rejected.size(), 3u);
        const sync::Rejection *signedRefusal = rejectionOf(*first, edit[0].id);
        QVERIFY(signedRefusal && signedRefusal->current);
        QCOMPARE(signedRefusal->reason, sync::RejectReason::SignedImmutable);
        const sync::Rejection *roleRefusal = rejectionOf(*first, colleagueRole[0].id);
        QVERIFY(roleRefusal);
        QCOMPARE(roleRefusal->detail, std::string("role"));
        QVERIFY2(!roleRefusal->current, "another unit's staff role in a refusal");
        QVERIFY(!answerShows(*first, canary, r2.staff));

        // A true replay: exactly the first answer.
        auto again = clientA->push(a.batch({edit[0], role[0]}));
        QVERIFY(again);
        QCOMPARE(again->rejected.size(), 2u);
        QCOMPARE(again->rejected[0], *signedRefusal);
        QCOMPARE(again->rejected[1], *rejectionOf(*first, role[0].id));

        // The same ids naming B's note: refused, nothing of B shown.
        auto replay = clientA->push(a.batch(
            {renamed(edit[0], "note", secret, "body"), renamed(role[0], "note", secret, "body")}));
        QVERIFY(replay);
        QVERIFY(replay->accepted.empty());
        QCOMPARE(replay->rejected.size(), 2u);
        for (const auto &r : replay->rejected) {
            QCOMPARE(r.reason, sync::RejectReason::NotAuthorized);
            QCOMPARE(r.detail, std::string("replay_mismatch"));
            QVERIFY(!r.current);
        }
        QVERIFY2(!answerShows(*replay, canary, r2.staff), "unit R2's note in R1's answer");

        // B's note is untouched, and its audit trail names the attempt.
        auto pulled = m_server.transport(r2.token)->pull(0, 1000);
        QVERIFY(pulled);
        for (const auto &d : pulled->deltas)
            QVERIFY(d.entityId != secret || d.author == r2.staff);
        const QString audit = m_server.admin({"audit", QString::fromStdString(secret)});
        QVERIFY2(audit.contains("\tpush_denied\t301\t"), qPrintable(audit));
        // A refusal kept before the server stored what it named: its replay shows no record.
        QVERIFY(m_server.database().exec(
            "UPDATE rejection SET entity = NULL, entity_id = NULL, field = NULL, current = NULL"));
        auto legacy = clientA->push(a.batch({renamed(edit[0], "note", secret, "body")}));
        QVERIFY(legacy);
        QCOMPARE(legacy->rejected.size(), 1u);
        QCOMPARE(legacy->rejected[0].reason, sync::RejectReason::SignedImmutable);
        QVERIFY(!legacy->rejected[0].current);
    }

    // Only the signer's own device names them as the signer of a record.
    void aSignatureNamesThePushingStaffMember()
    {
        const auto signer = m_server.enrollStaff("Enhet S", 303);
        QVERIFY(!signer.token.empty());
        m_tokens.push_back(signer.token);
        const QString colleague = m_server.admin(
            {"create-staff", "--name", "Kollega", "--unit", QString::fromStdString(signer.unit)});
        DeltaWriter w(303, signer.staff);
        const std::string forged = sync::newUuidV7(), honest = sync::newUuidV7();
        auto forgery = w.write("note", forged,
                               {{"unit_id", signer.unit},
                                {"body", std::string("Text")},
                                {"status", std::string("signed")},
                                {"signed_by", colleague.toStdString()}});
        auto own = w.write("note", honest,
                           {{"unit_id", signer.unit},
                            {"body", std::string("Text")},
                            {"status", std::string("signed")},
                            {"signed_by", signer.staff}});
        std::vector<sync::Delta> all = forgery;
        all.insert(all.end(), own.begin(), own.end());
        auto answer = m_server.transport(signer.token)->push(w.batch(all));
        QVERIFY(answer);
        QCOMPARE(answer->rejected.size(), 1u);
        QCOMPARE(answer->rejected[0].id, forgery[3].id);
        QCOMPARE(answer->rejected[0].reason, sync::RejectReason::NotAuthorized);
        QCOMPARE(answer->rejected[0].detail, std::string("signed_by"));
        QCOMPARE(answer->accepted.size(), all.size() - 1);
        const QString audit = m_server.admin({"audit", QString::fromStdString(forged)});
        QVERIFY2(audit.contains("\tpush_denied\t303\t"), qPrintable(audit));
    }

    // A colleague's staff record (name, title) is theirs: another staff member's device may not
    // rewrite it; their own device may.
    void aColleaguesNameAndTitleAreTheirs()
    {
        const auto mine = m_server.enrollStaff("Enhet K", 304);
        QVERIFY(!mine.token.empty());
        m_tokens.push_back(mine.token);
        const std::string colleague = m_server
                                          .admin({"create-staff", "--name", "Karin Kollega",
                                                  "--unit", QString::fromStdString(mine.unit)})
                                          .toStdString();
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(colleague)});
        auto theirs = m_server.transport()->enroll({code.toStdString(), 305, "Karins platta"});
        QVERIFY(theirs);
        m_tokens.push_back(theirs->token);

        DeltaWriter w(304, mine.staff);
        auto rename = w.write("staff", colleague,
                              {{"name", std::string("Fel Namn")}, {"title", std::string("Chef")}});
        auto self = w.write("staff", mine.staff, {{"title", std::string("Socionom")}});
        std::vector<sync::Delta> all = rename;
        all.insert(all.end(), self.begin(), self.end());
        auto answer = m_server.transport(mine.token)->push(w.batch(all));
        QVERIFY(answer);
        QCOMPARE(answer->rejected.size(), 2u);
        for (const auto &r : answer->rejected) {
            QCOMPARE(r.reason, sync::RejectReason::NotAuthorized);
            QCOMPARE(r.detail, std::string("colleague"));
        }
        QCOMPARE(answer->accepted.size(), 1u);
        QCOMPARE(answer->accepted[0], self[0].id);

        // Karin's own device sets her title; every device of the unit sees her name and title.
        DeltaWriter k(305, colleague);
        auto hers = m_server.transport(theirs->token)
                        ->push(k.batch(k.write("staff", colleague,
                                               {{"title", std::string("Familjebehandlare")}})));
        QVERIFY(hers && hers->rejected.empty());
        auto pulled = m_server.transport(mine.token)->pull(0, 1000);
        QVERIFY(pulled);
        std::map<std::string, sync::Value> seen;
        for (const auto &d : pulled->deltas)
            if (d.entityId == colleague)
                seen[d.field] = d.value;
        QCOMPARE(seen["name"], sync::Value(std::string("Karin Kollega")));
        QCOMPARE(seen["title"], sync::Value(std::string("Familjebehandlare")));
        const QString audit = m_server.admin({"audit", QString::fromStdString(colleague)});
        QVERIFY2(audit.contains("\tpush_denied\t304\t"), qPrintable(audit));
    }

    void databaseHoldsNoPlaintextTokens()
    {
        m_server.stop(); // flush nothing on purpose: SQLite's WAL is read as well
        QVERIFY(m_tokens.size() >= 5);
        const QByteArray bytes = m_server.database().rawContents();
        QVERIFY(bytes.size() > 1000); // the scan saw the database
        for (const auto &token : m_tokens)
            QVERIFY2(!bytes.contains(QByteArray::fromStdString(token)),
                     qPrintable(QString("token found in the %1 database")
                                    .arg(toString(m_server.database().backend()))));
        QVERIFY(m_server.start());
    }

private:
    TestServer m_server;
    TestServer::Enrolled m_a, m_b;
    std::vector<std::string> m_tokens;
};

QTEST_GUILESS_MAIN(TstSecurity)
#include "tst_security.moc"
