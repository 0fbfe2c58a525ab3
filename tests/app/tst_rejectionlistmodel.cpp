// The refused-changes list on a real store: an edit the server refused for good (taken in
// through Store::acknowledge, as after a push) shows what and why in words with the text
// kept on the device; the text can be copied; marking it handled hides it but keeps the text.

#include "demodata.h"
#include "domaintestutil.h"
#include "noteservice.h"
#include "rejectionlistmodel.h"
#include "sync/core/merge.h"
#include "synccontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

const store::Actor kMaja{domain::DemoData::kStaffId, domain::DemoData::kUnitId};

QString role(const RejectionListModel &m, int row, const char *name)
{
    return m.data(m.index(row), m.roleNames().key(name)).toString();
}

} // namespace

class TestRejectionListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }

    void init()
    {
        m_fx = std::make_unique<domain::test::DomainFixture>();
        QVERIFY(domain::DemoData::seed(m_fx->store(), QDate(2026, 11, 22)));
        m_workspace = std::make_unique<Workspace>(m_fx->store(), kMaja, true);
        m_model = std::make_unique<RejectionListModel>();
        m_model->setWorkspace(m_workspace.get());
        QCOMPARE(m_model->count(), 0);

        // Maja edits the draft note; the server refuses it for good (signed there meanwhile)
        // and sends its own text back.
        m_noteId = m_fx->store().conflicts()->front().entityId;
        const QString before =
            QString::fromStdString((**m_fx->store().get("note", m_noteId)).text("body"));
        domain::NoteService notes(m_fx->store());
        QVERIFY(notes.updateDraft(kMaja, m_noteId, kRefused));
        const sync::Delta refused = m_fx->store().outbox()->back();
        sync::Delta server = refused;
        server.value = before.toStdString();
        server.hlc.wallMs -= 1;
        sync::PushResponse response;
        response.rejected = {{refused.id, sync::RejectReason::SignedImmutable, "signed", server}};
        QVERIFY(m_fx->store().acknowledge(response));
        m_workspace->notifyChanged();
    }

    void showsWhatWhyAndTheKeptText()
    {
        RejectionListModel &m = *m_model;
        QCOMPARE(m.count(), 1);
        QCOMPARE(role(m, 0, "place"), QString("Anteckning 19 november"));
        QVERIFY(role(m, 0, "reason").startsWith("Anteckningen hade redan signerats"));
        QCOMPARE(role(m, 0, "keptText"), kRefused);
        QVERIFY(!role(m, 0, "refusedWhen").isEmpty());
        QVERIFY(!role(m, 0, "rejectionId").isEmpty());
        // The record went back to the server's text; the refused one is only here.
        QVERIFY(QString::fromStdString((**m_fx->store().get("note", m_noteId)).text("body")) !=
                kRefused);
    }

    // A text refused because the record's unresolved versions are full says what to do first.
    void aFullRecordSaysResolveTheConflictsFirst()
    {
        domain::NoteService notes(m_fx->store());
        const QString text = "Ännu en version";
        QVERIFY(notes.updateDraft(kMaja, m_noteId, text));
        const sync::Delta refused = m_fx->store().outbox()->back();
        sync::PushResponse response;
        response.rejected = {{refused.id, sync::RejectReason::Invalid,
                              std::string(sync::kConflictsFullDetail), std::nullopt}};
        QVERIFY(m_fx->store().acknowledge(response));
        m_workspace->notifyChanged();
        QCOMPARE(m_model->count(), 2);
        QVERIFY(role(*m_model, 1, "reason").startsWith("Det finns redan så många olösta"));
        QCOMPARE(role(*m_model, 1, "keptText"), text);
    }

    void copiesTheText()
    {
        QGuiApplication::clipboard()->clear();
        QVERIFY(m_model->copyText(role(*m_model, 0, "rejectionId")));
        QCOMPARE(QGuiApplication::clipboard()->text(), kRefused);
        QVERIFY(!m_model->copyText("999999"));
        QCOMPARE(m_model->errorText(), QString("Ändringen finns inte längre i listan."));
    }

    void handledIsHiddenButTheTextIsKept()
    {
        store::Store &store = m_fx->store();
        Workspace &ws = *m_workspace;
        store::StoreOptions options;
        options.database.path = m_fx->path();
        SyncController sync(options, ws);
        QCOMPARE(sync.rejectedCount(), 1);

        QVERIFY(!m_model->markHandled("abc"));
        QCOMPARE(m_model->count(), 1);
        QVERIFY(m_model->markHandled(role(*m_model, 0, "rejectionId")));
        QCOMPARE(m_model->errorText(), QString());
        QCOMPARE(m_model->count(), 0);
        QCOMPARE(sync.rejectedCount(), 0);
        const auto kept = *store.rejections();
        QCOMPARE(kept.size(), std::size_t{1});
        QCOMPARE(kept.front().value, sync::Value(kRefused.toStdString()));
        QVERIFY(kept.front().handledMs > 0);
        QCOMPARE(store.markRejectionHandled(424242).error().code, store::StoreErrc::NotFound);
    }

private:
    const QString kRefused = QStringLiteral("Pappa ringde igen och berättade mer.");
    std::unique_ptr<domain::test::DomainFixture> m_fx;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RejectionListModel> m_model;
    std::string m_noteId;
};

QTEST_MAIN(TestRejectionListModel)
#include "tst_rejectionlistmodel.moc"
