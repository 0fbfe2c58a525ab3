// Push through a real lykta-server: idempotent by delta id, merged and judged by the server
// (signed records, counter gaps, unknown fields), and what one device pushes another pulls once.
#include "testserver.h"

#include "sync/core/uuid.h"

#include <QtTest>

#include <map>

using namespace lykta;
using namespace lykta::test;

namespace {

// Every delta of a scope, paging through the whole log.
std::vector<sync::Delta> pullAll(sync::client::Transport &t, std::uint32_t limit = 1000)
{
    std::vector<sync::Delta> all;
    std::uint64_t cursor = 0;
    for (int i = 0; i < 10000; ++i) {
        auto page = t.pull(cursor, limit);
        if (!page)
            return {};
        all.insert(all.end(), page->deltas.begin(), page->deltas.end());
        cursor = page->cursor;
        if (!page->hasMore)
            break;
    }
    return all;
}

} // namespace

class TstPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_a = m_server.enrollStaff("Enhet A", 301);
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_a.staff)});
        auto other = m_server.transport()->enroll({code.toStdString(), 302, "reader"});
        QVERIFY(other);
        m_readerToken = other->token;
    }

    void samePushTwiceAnswersTheSameAndAppliesOnce()
    {
        DeltaWriter w(301, m_a.staff);
        std::vector<sync::Delta> deltas;
        for (int i = 0; i < 50; ++i) {
            auto d = w.write("note", sync::newUuidV7(),
                             {{"unit_id", m_a.unit},
                              {"body", std::string("Anteckning ") + std::to_string(i)},
                              {"status", std::string("draft")}});
            deltas.insert(deltas.end(), d.begin(), d.end());
        }
        auto client = m_server.transport(m_a.token);
        const sync::Batch batch = w.batch(deltas);
        auto first = client->push(batch);
        QVERIFY(first);
        QCOMPARE(first->accepted.size(), deltas.size());
        QVERIFY(first->rejected.empty());
        auto second = client->push(batch);
        QVERIFY(second);
        QCOMPARE(second->accepted, first->accepted);
        QCOMPARE(second->rejected, first->rejected);
        QCOMPARE(second->cursor, first->cursor);

        auto reader = m_server.transport(m_readerToken);
        std::map<std::pair<sync::DeviceId, std::uint64_t>, int> seen;
        for (const auto &d : pullAll(*reader, 7))
            if (d.id.device != 0) // not the server's unit and staff records (staffdirectory.h)
                ++seen[{d.id.device, d.id.counter}];
        QCOMPARE(seen.size(), deltas.size());
        for (const auto &[id, n] : seen)
            QCOMPARE(n, 1);
        QCOMPARE(m_server.admin({"list-devices"}).contains("\t150\t"), true); // last counter
        m_writer = std::make_unique<DeltaWriter>(w);
    }

    void serverJudgesEachDelta()
    {
        DeltaWriter &w = *m_writer;
        auto client = m_server.transport(m_a.token);
        const std::string note = sync::newUuidV7();
        auto sign = w.write("note", note,
                            {{"unit_id", m_a.unit},
                             {"body", std::string("Slutlig text")},
                             {"status", std::string("signed")},
                             {"signed_by", m_a.staff}});
        auto edit = w.write("note", note, {{"body", std::string("Ändrad i efterhand")}});
        auto unknown = w.write("note", note, {{"no_such_field", std::string("x")}});
        auto wrongType = w.write("note", note, {{"deleted", std::string("yes")}});
        std::vector<sync::Delta> all = sign;
        for (auto *part : {&edit, &unknown, &wrongType})
            all.insert(all.end(), part->begin(), part->end());
        auto answer = client->push(w.batch(all));
        QVERIFY(answer);
        QCOMPARE(answer->accepted.size(), sign.size()); // the signing write itself goes in
        QCOMPARE(answer->rejected.size(), 3u);
        QCOMPARE(answer->rejected[0].id, edit[0].id);
        QCOMPARE(answer->rejected[0].reason, sync::RejectReason::SignedImmutable);
        QVERIFY(answer->rejected[0].current); // the server's text, to put back
        QCOMPARE(answer->rejected[0].current->value, sync::Value(std::string("Slutlig text")));
        QCOMPARE(answer->rejected[1].reason, sync::RejectReason::Invalid);
        QCOMPARE(answer->rejected[2].reason, sync::RejectReason::Invalid);

        // A gap in the counters: the later deltas wait (transient) and nothing is applied.
        auto skipped = w.write("note", note, {{"kind", std::string("case")}});
        auto after = w.write("note", sync::newUuidV7(),
                             {{"unit_id", m_a.unit}, {"body", std::string("efter luckan")}});
        auto gap = client->push(w.batch(after));
        QVERIFY(gap);
        QVERIFY(gap->accepted.empty());
        for (const auto &r : gap->rejected) {
            QCOMPARE(r.reason, sync::RejectReason::OutOfOrder);
            QVERIFY(sync::isTransient(r.reason));
        }
        std::vector<sync::Delta> resend = skipped;
        resend.insert(resend.end(), after.begin(), after.end());
        auto filled = client->push(w.batch(resend));
        QVERIFY(filled);
        QCOMPARE(filled->rejected.size(), 1u); // `kind` of the signed note
        QCOMPARE(filled->rejected[0].reason, sync::RejectReason::SignedImmutable);
        QCOMPARE(filled->accepted.size(), after.size());
    }

    // A signed record takes no later change, not even one stamped with the signing write's own
    // clock; the signing write itself goes in whole, whatever order its fields come in.
    void aSigningClockCannotBeReused()
    {
        DeltaWriter &w = *m_writer;
        auto client = m_server.transport(m_a.token);
        const std::string note = sync::newUuidV7(), whole = sync::newUuidV7();
        std::vector<sync::Delta> drafts =
            w.write("note", note, {{"unit_id", m_a.unit}, {"body", std::string("Utkast")}});
        auto second =
            w.write("note", whole, {{"unit_id", m_a.unit}, {"body", std::string("Utkast")}});
        drafts.insert(drafts.end(), second.begin(), second.end());
        auto draft = client->push(w.batch(drafts));
        QVERIFY(draft && draft->rejected.empty());

        auto sign =
            w.write("note", note, {{"status", std::string("signed")}, {"signed_by", m_a.staff}});
        // One write that signs and changes the text: the text after `status` goes in too.
        auto signWhole = w.write("note", whole,
                                 {{"status", std::string("signed")},
                                  {"signed_by", m_a.staff},
                                  {"body", std::string("Signerad text")}});
        std::vector<sync::Delta> signing = sign;
        signing.insert(signing.end(), signWhole.begin(), signWhole.end());
        auto signedAnswer = client->push(w.batch(signing));
        QVERIFY(signedAnswer);
        QVERIFY(signedAnswer->rejected.empty());
        QCOMPARE(signedAnswer->accepted.size(), signing.size());

        // A later push with the signing clock and a new counter is a new change: refused.
        auto reuse = w.write("note", note, {{"body", std::string("Ändrad efter signering")}});
        reuse[0].hlc = sign[0].hlc;
        auto answer = client->push(w.batch(reuse));
        QVERIFY(answer);
        QVERIFY(answer->accepted.empty());
        QCOMPARE(answer->rejected.size(), 1u);
        QCOMPARE(answer->rejected[0].reason, sync::RejectReason::SignedImmutable);
        QVERIFY(answer->rejected[0].current);
        QCOMPARE(answer->rejected[0].current->value, sync::Value(std::string("Utkast")));

        // Another device of the unit reads the signed texts.
        auto pulled = m_server.transport(m_readerToken)->pull(0, 10'000);
        QVERIFY(pulled);
        std::map<std::string, sync::Value> body;
        for (const auto &d : pulled->deltas)
            if (d.field == "body" && (d.entityId == note || d.entityId == whole))
                body[d.entityId] = d.value;
        QCOMPARE(body[note], sync::Value(std::string("Utkast")));
        QCOMPARE(body[whole], sync::Value(std::string("Signerad text")));
    }

    void aBatchFromAnotherDeviceIsRefused()
    {
        DeltaWriter other(999, m_a.staff);
        auto answer = m_server.transport(m_a.token)->push(
            other.batch(other.write("note", sync::newUuidV7(), {{"unit_id", m_a.unit}})));
        QVERIFY(!answer);
        QCOMPARE(answer.error().httpStatus, 403);
        QCOMPARE(answer.error().apiError, sync::protocol::ApiError::DeviceMismatch);
    }

private:
    TestServer m_server;
    TestServer::Enrolled m_a;
    std::string m_readerToken;
    std::unique_ptr<DeltaWriter> m_writer;
};

QTEST_GUILESS_MAIN(TstPush)
#include "tst_push.moc"
