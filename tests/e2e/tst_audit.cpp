// The server's audit log through a real lykta-server process and real HTTP, on both backends:
// one compact row per pull request that still answers the per-subject extract, and the reads
// made on real tablets reaching it with device, staff, device time and time received, once.
#include "conversationservice.h"
#include "cutproxy.h"
#include "familyservice.h"
#include "noteservice.h"
#include "storereplica.h"
#include "tablet.h"
#include "testserver.h"

#include "sync/core/uuid.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::test;

class TstAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_writer = m_server.enrollStaff("Enhet A", 201);
        QVERIFY(!m_writer.token.empty());
        // A colleague in the same unit, on a tablet of her own: she pulls what A wrote.
        m_readerStaff = m_server
                            .admin({"create-staff", "--name", "Kollega", "--unit",
                                    QString::fromStdString(m_writer.unit)})
                            .toStdString();
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_readerStaff)});
        auto enrolled = m_server.transport()->enroll({code.toStdString(), 202, "kollega"});
        QVERIFY(enrolled);
        m_readerToken = enrolled->token;
    }

    // A full pull of N records writes one audit row, and the extract for any one of them still
    // shows that pull, with the record's entity and unit and who pulled it.
    void aPullWritesOneRowThatTheExtractFinds()
    {
        constexpr int kRecords = 2000;
        DeltaWriter writer(m_writer.device, m_writer.staff);
        std::vector<sync::Delta> all;
        std::vector<std::string> ids;
        for (int i = 0; i < kRecords; ++i) {
            ids.push_back(sync::newUuidV7());
            auto part = writer.write(
                i % 2 ? "family" : "child", ids.back(),
                {{"unit_id", m_writer.unit}, {i % 2 ? "name" : "first_name", std::string("Namn")}});
            all.insert(all.end(), part.begin(), part.end());
        }
        auto pushed = m_server.transport(m_writer.token)->push(writer.batch(all));
        QVERIFY(pushed);
        QCOMPARE(pushed->accepted.size(), all.size());

        const long long rowsBefore = m_server.database().scalar("SELECT count(*) FROM audit");
        const long long bytesBefore = auditBytes();
        auto pulled = m_server.transport(m_readerToken)->pull(0, 10'000);
        QVERIFY(pulled);
        QVERIFY(pulled->deltas.size() >= all.size()); // and the staff directory's records
        const long long rows =
            m_server.database().scalar("SELECT count(*) FROM audit") - rowsBefore;
        const long long bytes = auditBytes() - bytesBefore;
        qInfo("a full pull of %d records wrote %lld audit rows, %lld bytes (%s)", kRecords, rows,
              bytes, toString(m_server.database().backend()));
        QCOMPARE(rows, 1LL);

        for (const std::size_t i : {std::size_t(0), std::size_t(1), ids.size() - 1}) {
            const QString extract = m_server.admin({"audit", QString::fromStdString(ids[i])});
            const QString line =
                QStringLiteral("\tpull\t202\t%1\t%2\t%3\t%4\t")
                    .arg(QString::fromStdString(m_readerStaff),
                         QString::fromStdString(m_writer.unit),
                         i % 2 ? QStringLiteral("family") : QStringLiteral("child"),
                         QString::fromStdString(ids[i]));
            QVERIFY2(extract.count(line) == 1, qPrintable(extract));
            QVERIFY2(extract.contains("\tpush\t201\t"), qPrintable(extract));
        }
        // A record the reader was not handed (its own unit's only) shows no pull.
        const std::string elsewhere = sync::newUuidV7();
        QVERIFY(!m_server.admin({"audit", QString::fromStdString(elsewhere)}).contains("\tpull\t"));

        // A second pull of the same records is a second row, and a second line in the extract.
        QVERIFY(m_server.transport(m_readerToken)->pull(0, 10'000));
        QCOMPARE(m_server.database().scalar("SELECT count(*) FROM audit") - rowsBefore, 2LL);
        QCOMPARE(m_server.admin({"audit", QString::fromStdString(ids[5])}).count("\tpull\t202\t"),
                 2);
    }

    // The pull rows stay append-only.
    void pullRowsCannotBeChanged()
    {
        QVERIFY(!m_server.database().exec("UPDATE audit SET device = 1 WHERE action = 'pull'"));
        QVERIFY(!m_server.database().exec("DELETE FROM audit WHERE action = 'pull'"));
    }

    // A colleague's tablet reads a child's record; after its sync the server's extract for the
    // child shows that read: the tablet's device, its staff member, the time on the device and
    // the time received. A second sync sends nothing again, and no note text travels.
    void tabletReadsReachTheServersAuditLog()
    {
        m_a = tablet("a", m_writer.staff);
        m_b = tablet("b", m_readerStaff);
        QVERIFY(!m_a.token.empty() && !m_b.token.empty());
        QVERIFY(m_a.store->write(m_a.actor, store::Change{store::ChangeKind::Create,
                                                          "unit",
                                                          m_a.actor.unitId,
                                                          {{"name", std::string("Enhet A")}}}));
        auto familyId = m_a.store->write(
            m_a.actor,
            store::Change{
                store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Ek")}}});

        QVERIFY(familyId);
        m_family = familyId->ids[0];
        auto childId = m_a.store->write(
            m_a.actor,
            store::Change{store::ChangeKind::Create,
                          "child",
                          {},
                          {{"family_id", familyId->ids[0]}, {"first_name", std::string("Alva")}}});
        QVERIFY(childId);
        m_child = childId->ids[0];
        QVERIFY(m_a.store->write(m_a.actor, store::Change{store::ChangeKind::Create,
                                                          "note",
                                                          {},
                                                          {{"subject_entity", std::string("child")},
                                                           {"subject_id", m_child},
                                                           {"body", std::string(kCanary)}}}));
        QCOMPARE(syncTablet(m_server, m_a).activity, sync::client::Activity::Idle);
        QCOMPARE(syncTablet(m_server, m_b).activity, sync::client::Activity::Idle);

        QVERIFY(domain::FamilyService(*m_b.store).child(m_b.actor, m_child));
        auto unsent = m_b.store->unsentAudit(1000);
        QVERIFY(unsent && !unsent->empty());
        for (const auto &e : *unsent)
            for (const std::string *text : {&e.staff, &e.unit, &e.action, &e.entity, &e.subject})
                QVERIFY(text->find(kCanary) == std::string::npos);
        const auto read = std::find_if(unsent->begin(), unsent->end(), [&](const auto &e) {
            return e.action == "read" && e.subject == m_child;
        });
        QVERIFY(read != unsent->end());

        const auto synced = syncTablet(m_server, m_b);
        QCOMPARE(synced.activity, sync::client::Activity::Idle);
        QCOMPARE(synced.audited, unsent->size());
        QVERIFY(m_b.store->unsentAudit(1000)->empty());

        // `admin audit CHILD`: when received, action, device, staff, unit, entity, subject,
        // request, time on the device.
        const QStringList lines =
            m_server.admin({"audit", QString::fromStdString(m_child)}).split('\n');
        const QString device = QString::number(m_b.store->deviceId());
        QStringList reads;
        for (const QString &line : lines)
            if (line.section('\t', 1, 2) == "read\t" + device)
                reads << line;
        QVERIFY2(reads.size() == 1, qPrintable(lines.join('\n')));
        const QStringList f = reads[0].split('\t');
        QCOMPARE(f.size(), 9);
        QCOMPARE(f[3], QString::fromStdString(m_readerStaff));
        QCOMPARE(f[5], QStringLiteral("child"));
        QVERIFY(!f[0].isEmpty());
        QVERIFY(!f[8].isEmpty());
        QCOMPARE(m_server.database().scalar("SELECT device_ms FROM audit WHERE action = 'read' "
                                            "AND device_seq = " +
                                            std::to_string(read->seq) +
                                            " AND device = " + device.toStdString()),
                 read->atMs);

        // Nothing twice: another sync uploads nothing.
        const long long rows = tabletRows(m_b);
        const auto again = syncTablet(m_server, m_b);
        QCOMPARE(again.activity, sync::client::Activity::Idle);
        QCOMPARE(again.audited, 0u);
        QCOMPARE(tabletRows(m_b), rows);
        QCOMPARE(rows, static_cast<long long>(unsent->size()));

        // No note text reached the audit log.
        QCOMPARE(m_server.database().scalar(
                     std::string("SELECT count(*) FROM audit WHERE request_id LIKE '%") + kCanary +
                     "%' OR staff_id LIKE '%" + kCanary + "%' OR unit_id LIKE '%" + kCanary +
                     "%' OR entity LIKE '%" + kCanary + "%' OR subject LIKE '%" + kCanary +
                     "%' OR action LIKE '%" + kCanary + "%'"),
                 0LL);
    }

    // The connection drops after the server stored an upload and before the tablet heard its
    // receipt (a crash there is the same: nothing was marked sent). Nothing is lost: the tablet
    // still holds the entries as unsent; nothing is duplicated: sending them again adds nothing.
    void aCutBetweenUploadAndReceiptLosesNothingAndDuplicatesNothing()
    {
        QVERIFY(!m_child.empty());
        QVERIFY(domain::FamilyService(*m_b.store).child(m_b.actor, m_child));
        QVERIFY(domain::FamilyService(*m_b.store).child(m_b.actor, m_child));
        const auto unsent = m_b.store->unsentAudit(1000);
        QCOMPARE(unsent->size(), 2u);
        const long long before = tabletRows(m_b);

        {
            CutProxy proxy(m_server.port(), 1, 1); // the receipt's first byte, then the cut
            sync::client::TransportOptions t;
            t.baseUrl = "http://127.0.0.1:" + std::to_string(proxy.port());
            t.token = m_b.token;
            auto transport = sync::client::makeCurlTransport(t);
            syncctl::StoreReplica replica(*m_b.store);
            sync::client::SessionOptions once;
            once.maxRetries = 0;
            sync::client::SyncSession session(*transport, replica, once);
            const auto cut = session.run();
            QCOMPARE(proxy.cutsMade(), 1);
            QVERIFY(cut.activity != sync::client::Activity::Idle);
            QCOMPARE(cut.audited, 0u);
        }
        QCOMPARE(tabletRows(m_b), before + 2);              // the server stored them ...
        QCOMPARE(m_b.store->unsentAudit(1000)->size(), 2u); // ... the tablet still has them

        const auto synced = syncTablet(m_server, m_b);
        QCOMPARE(synced.activity, sync::client::Activity::Idle);
        QCOMPARE(synced.audited, 2u);
        QCOMPARE(tabletRows(m_b), before + 2);
        QVERIFY(m_b.store->unsentAudit(1000)->empty());
        for (const auto &e : *unsent)
            QCOMPARE(m_server.database().scalar("SELECT count(*) FROM audit WHERE device = " +
                                                std::to_string(m_b.store->deviceId()) +
                                                " AND device_seq = " + std::to_string(e.seq)),
                     1LL);
    }

    // An entry naming another staff member than the device's, or holding text, is refused for
    // good (and the refusal audited); the tablet stops sending it and keeps its own log.
    void foreignOrTextEntriesAreRefused()
    {
        QVERIFY(m_b.store->audit({m_writer.staff, m_b.actor.unitId}, store::AuditAction::Read,
                                 "child", m_child));
        QVERIFY(m_b.store->audit(m_b.actor, store::AuditAction::Read, "child", kCanary));
        const long long before = tabletRows(m_b);
        const auto synced = syncTablet(m_server, m_b);
        QCOMPARE(synced.activity, sync::client::Activity::Idle);
        QCOMPARE(tabletRows(m_b), before);
        QVERIFY(m_b.store->unsentAudit(1000)->empty());
        QVERIFY(m_server.admin({"audit", QString::number(m_b.store->deviceId())})
                    .contains("\taudit_denied\t"));
        QCOMPARE(m_b.store->auditLog(kCanary)->size(), 1u);
    }

    // A manager of the child's unit fetches the server's extract for the child and sees the
    // colleague's read: her device, staff id and name, the time on her tablet. The extract is
    // itself audited. Plain staff, a manager of another unit, a kiosk, and anyone asking about
    // a record that does not exist are refused alike (403) and each refusal is in the log.
    void aManagerFetchesTheServersExtract()
    {
        QVERIFY(!m_child.empty());
        const QString unitA = QString::fromStdString(m_writer.unit);
        const QString manager = m_server.admin(
            {"create-staff", "--name", "Chefen", "--unit", unitA, "--role", "manager"});
        const std::string managerToken = enrollToken(manager, 203);
        m_managerToken = managerToken;
        auto extract = m_server.transport(managerToken)->auditExtract(m_child);
        QVERIFY2(extract, extract ? "" : extract.error().detail.c_str());
        QCOMPARE(extract->subject, m_child);
        QCOMPARE(extract->omitted, 0u);
        const auto read =
            std::find_if(extract->entries.begin(), extract->entries.end(), [&](const auto &e) {
                return e.action == "read" && e.device == m_b.store->deviceId();
            });
        QVERIFY(read != extract->entries.end());
        QCOMPARE(read->staff, m_readerStaff);
        QCOMPARE(read->staffName, std::string("Kollega"));
        QCOMPARE(read->entity, std::string("child"));
        QVERIFY(read->deviceSeq > 0);
        QCOMPARE(read->deviceMs,
                 m_server.database().scalar("SELECT device_ms FROM audit WHERE device_seq = " +
                                            std::to_string(read->deviceSeq) + " AND device = " +
                                            std::to_string(m_b.store->deviceId())));
        QVERIFY(read->receivedMs > 0);
        QVERIFY(std::none_of(extract->entries.begin(), extract->entries.end(), [](const auto &e) {
            return e.staffName.find(kCanary) != std::string::npos;
        }));
        const QString log = m_server.admin({"audit", QString::fromStdString(m_child)});
        QCOMPARE(log.count("\texport\t203\t"), 1);

        // lykta-sync audit: the same extract as CSV, for scripts.
        const QString db = m_server.dir() + "/chef.db";
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(LYKTA_SYNC_BIN, {"enroll", "--database", db, "--server",
                                   QString::fromStdString(m_server.baseUrl()), "--code",
                                   m_server.admin({"enroll-code", "--staff", manager})});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString csv = m_server.dir() + "/extract.csv";
        cli.start(LYKTA_SYNC_BIN, {"audit", "--database", db, "--subject",
                                   QString::fromStdString(m_child), "--out", csv});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("received_ms,device_ms,device,device_seq,staff_id,staff_name,"));
        QVERIFY2(text.contains("," + QByteArray::fromStdString(m_readerStaff) + ",Kollega," +
                               m_writer.unit.c_str() + ",read,child,"),
                 text.constData());

        // Refused: plain staff of the unit (the colleague herself), a manager of another unit,
        // a kiosk, and a record no one has, each 403 with nothing but the error code.
        const auto denied = [&] {
            return m_server.admin({"audit", QString::fromStdString(m_child)})
                .count("\taudit_denied\t");
        };
        const auto refuse = [&](const std::string &token, const std::string &subject) {
            const int before =
                static_cast<int>(m_server.admin({"audit", QString::fromStdString(subject)})
                                     .count("\taudit_denied\t"));
            auto answer = m_server.transport(token)->auditExtract(subject);
            if (answer)
                return QStringLiteral("answered");
            if (answer.error().httpStatus != 403 ||
                answer.error().apiError != sync::protocol::ApiError::Forbidden)
                return QStringLiteral("HTTP %1").arg(answer.error().httpStatus);
            const int after =
                static_cast<int>(m_server.admin({"audit", QString::fromStdString(subject)})
                                     .count("\taudit_denied\t"));
            return after == before + 1 ? QString() : QStringLiteral("not audited");
        };
        QCOMPARE(refuse(m_b.token, m_child), QString());
        const QString unitB = m_server.admin({"create-unit", "--name", "Enhet B"});
        const QString stranger = m_server.admin(
            {"create-staff", "--name", "Mats", "--unit", unitB, "--role", "manager"});
        QCOMPARE(refuse(enrollToken(stranger, 204), m_child), QString());
        QCOMPARE(refuse(m_server.enrollKiosk(m_writer.unit, 205), m_child), QString());
        QCOMPARE(refuse(managerToken, sync::newUuidV7()), QString());
        QCOMPARE(denied(), 3);
        auto bad = m_server.transport(managerToken)->auditExtract("not-an-id");
        QVERIFY(!bad);
        QCOMPARE(bad.error().httpStatus, 400);
    }

    // Who read about the child is who read any record about it. A colleague reads the child's
    // note, its conversation and an amendment on her tablet; the manager's extract for the
    // child shows each read and each pull of those records, and the extract for the family
    // shows them too, with the reads of the sibling's note. The sibling's note is not in the
    // child's extract, and another unit never appears: not its reads of its own records, not
    // even of a note of its own that names the child.
    void theExtractCoversEveryRecordAboutTheChild()
    {
        QVERIFY(!m_child.empty() && !m_family.empty() && !m_managerToken.empty());
        const auto create = [](Tablet &t, const std::string &entity,
                               std::vector<store::FieldValue> fields) {
            auto r = t.store->write(t.actor,
                                    store::Change{store::ChangeKind::Create, entity, {}, fields});
            return r ? r->ids[0] : std::string();
        };
        const std::string series =
            create(m_a, "conversation_series", {{"child_id", m_child}, {"family_id", m_family}});
        const std::string conversation =
            create(m_a, "conversation",
                   {{"series_id", series}, {"child_view", std::string("Barnets ord")}});
        const std::string note = create(m_a, "note",
                                        {{"subject_entity", std::string("child")},
                                         {"subject_id", m_child},
                                         {"body", std::string("Om barnet")}});
        const std::string amendment = create(m_a, "amendment",
                                             {{"target_entity", std::string("note")},
                                              {"target_id", note},
                                              {"body", std::string("Rättelse")}});
        const std::string sibling =
            create(m_a, "child", {{"family_id", m_family}, {"first_name", std::string("Ebbe")}});
        const std::string siblingNote = create(m_a, "note",
                                               {{"subject_entity", std::string("child")},
                                                {"subject_id", sibling},
                                                {"body", std::string("Om syskonet")}});
        for (const auto &id : {series, conversation, note, amendment, sibling, siblingNote})
            QVERIFY(!id.empty());
        QCOMPARE(syncTablet(m_server, m_a).activity, sync::client::Activity::Idle);

        // Another unit: its own child and note, and a note of its own naming A's child.
        const QString unitC = m_server.admin({"create-unit", "--name", "Enhet C"});
        const std::string staffC =
            m_server.admin({"create-staff", "--name", "Cecilia", "--unit", unitC}).toStdString();
        Tablet c = tablet("c", staffC, unitC.toStdString());
        QVERIFY(!c.token.empty());
        QVERIFY(c.store->write(c.actor, store::Change{store::ChangeKind::Create,
                                                      "unit",
                                                      c.actor.unitId,
                                                      {{"name", std::string("Enhet C")}}}));
        const std::string childC = create(c, "child", {{"first_name", std::string("Cilla")}});
        const std::string noteC = create(c, "note",
                                         {{"subject_entity", std::string("child")},
                                          {"subject_id", childC},
                                          {"body", std::string("Enhet C:s anteckning")}});
        const std::string naming = create(c, "note",
                                          {{"subject_entity", std::string("child")},
                                           {"subject_id", m_child},
                                           {"body", std::string("Pekar på A:s barn")}});
        QCOMPARE(syncTablet(m_server, c).activity, sync::client::Activity::Idle);
        QVERIFY(domain::NoteService(*c.store).note(c.actor, noteC));
        QVERIFY(domain::NoteService(*c.store).note(c.actor, naming));
        QCOMPARE(syncTablet(m_server, c).activity, sync::client::Activity::Idle);

        // The colleague pulls and reads.
        QCOMPARE(syncTablet(m_server, m_b).activity, sync::client::Activity::Idle);
        QVERIFY(domain::NoteService(*m_b.store).note(m_b.actor, note));
        QVERIFY(domain::ConversationService(*m_b.store).conversation(m_b.actor, conversation));
        QVERIFY(domain::NoteService(*m_b.store).note(m_b.actor, siblingNote));
        QCOMPARE(syncTablet(m_server, m_b).activity, sync::client::Activity::Idle);

        const auto extractOf = [&](const std::string &subject) {
            auto got = m_server.transport(m_managerToken)->auditExtract(subject);
            if (!got)
                qWarning("extract: %s", got.error().detail.c_str());
            return got ? got->entries : std::vector<sync::ServerAuditEntry>{};
        };
        const auto count = [](const std::vector<sync::ServerAuditEntry> &entries,
                              const std::string &action, const std::string &record,
                              sync::DeviceId device) {
            return std::count_if(entries.begin(), entries.end(), [&](const auto &e) {
                return e.action == action && e.subject == record && e.device == device;
            });
        };
        const sync::DeviceId colleague = m_b.store->deviceId();
        const auto child = extractOf(m_child);
        QVERIFY(!child.empty());
        QCOMPARE(count(child, "read", note, colleague), 1);
        QCOMPARE(count(child, "read", conversation, colleague), 1);
        const auto read = std::find_if(child.begin(), child.end(), [&](const auto &e) {
            return e.action == "read" && e.subject == conversation;
        });
        QCOMPARE(read->entity, std::string("conversation"));
        QCOMPARE(read->staff, m_readerStaff);
        QCOMPARE(read->staffName, std::string("Kollega"));
        for (const auto &record : {series, conversation, note, amendment})
            QVERIFY2(count(child, "pull", record, colleague) >= 1, record.c_str());
        QVERIFY(count(child, "push", amendment, m_a.store->deviceId()) >= 1);
        const auto about = [&](const std::vector<sync::ServerAuditEntry> &entries,
                               const std::string &record) {
            return std::any_of(entries.begin(), entries.end(),
                               [&](const auto &e) { return e.subject == record; });
        };
        QVERIFY(!about(child, sibling));
        QVERIFY(!about(child, siblingNote));
        const auto noneOfUnitC = [&](const std::vector<sync::ServerAuditEntry> &entries) {
            return std::none_of(entries.begin(), entries.end(), [&](const auto &e) {
                return e.device == c.store->deviceId() || e.subject == noteC ||
                       e.subject == naming || e.subject == childC || e.unit == unitC.toStdString();
            });
        };
        QVERIFY(noneOfUnitC(child));

        const auto family = extractOf(m_family);
        QCOMPARE(count(family, "read", note, colleague), 1);
        QCOMPARE(count(family, "read", conversation, colleague), 1);
        QCOMPARE(count(family, "read", siblingNote, colleague), 1);
        QVERIFY(about(family, sibling));
        QVERIFY(about(family, m_child));
        QVERIFY(noneOfUnitC(family));
    }

private:
    static constexpr const char *kCanary = "secret-note-canary-7Q";

    std::string enrollToken(const QString &staff, sync::DeviceId device)
    {
        const QString code = m_server.admin({"enroll-code", "--staff", staff});
        auto enrolled = m_server.transport()->enroll({code.toStdString(), device, "enhet"});
        return enrolled ? enrolled->token : std::string();
    }

    Tablet tablet(const QString &name, const std::string &staff, std::string unit = {})
    {
        Tablet t;
        store::StoreOptions options;
        options.database.path = (m_server.dir() + "/" + name + ".db").toStdString();
        auto s = store::Store::open(std::move(options));
        if (s)
            t.store = std::move(*s);
        if (t.store)
            enroll(m_server, t, staff, unit.empty() ? m_writer.unit : unit, name);
        return t;
    }

    // The tablet's entries in the server's audit log.
    long long tabletRows(const Tablet &t) const
    {
        return m_server.database().scalar("SELECT count(*) FROM audit WHERE device_seq IS NOT "
                                          "NULL AND device = " +
                                          std::to_string(t.store->deviceId()));
    }

    // The audit log's size on disk: table and indexes.
    long long auditBytes() const
    {
        if (m_server.database().backend() == Backend::Postgresql)
            return m_server.database().scalar("SELECT pg_total_relation_size('audit')");
        return m_server.database().scalar(
            "SELECT coalesce(sum(payload), 0) FROM dbstat WHERE name LIKE 'audit%'");
    }

    TestServer m_server;
    TestServer::Enrolled m_writer;
    std::string m_readerStaff;
    std::string m_readerToken;
    Tablet m_a;
    Tablet m_b;
    std::string m_child;
    std::string m_family;
    std::string m_managerToken;
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
