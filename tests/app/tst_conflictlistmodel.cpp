// The conflicts screen's model on a real store: the demo unit's conflict (a pulled change
// through the real merge) with both versions, who wrote each and when, and where it is in
// words; each way to resolve it, and every way it can be refused, in plain words.

#include "conflictlistmodel.h"
#include "demodata.h"
#include "domaintestutil.h"
#include "noteservice.h"

#include <QLocale>
#include <QTest>

#include <set>

using namespace lykta;
using namespace lykta::app;

namespace {

const store::Actor kMaja{domain::DemoData::kStaffId, domain::DemoData::kUnitId};

QString role(const ConflictListModel &m, int row, const char *name)
{
    const auto roles = m.roleNames();
    return m.data(m.index(row), roles.key(name)).toString();
}

} // namespace

class TestConflictListModel : public QObject
{
    Q_OBJECT

private slots:
    // The app in Swedish (main.cpp sets the locale from --lang).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }

    void init()
    {
        m_fx = std::make_unique<domain::test::DomainFixture>();
        QVERIFY(domain::DemoData::seed(m_fx->store(), QDate(2026, 11, 22)));
        m_workspace = std::make_unique<Workspace>(m_fx->store(), kMaja, true);
        m_model = std::make_unique<ConflictListModel>();
        m_model->setWorkspace(m_workspace.get());
        const auto conflicts = m_fx->store().conflicts();
        QVERIFY(conflicts && conflicts->size() == 1);
        m_noteId = conflicts->front().entityId;
    }

    void showsBothVersionsWithWriterTimeAndPlace()
    {
        ConflictListModel &m = *m_model;
        QCOMPARE(m.count(), 1);
        QCOMPARE(role(m, 0, "place"), QString("Anteckning 19 november"));
        const std::set<QString> writers{role(m, 0, "currentAuthor"), role(m, 0, "copyAuthor")};
        QCOMPARE(writers, (std::set<QString>{"Maja Exempel", "Omar Prov"}));
        QVERIFY(!role(m, 0, "currentWhen").isEmpty());
        QVERIFY(!role(m, 0, "copyWhen").isEmpty());
        const QString current = role(m, 0, "currentText");
        const QString copy = role(m, 0, "copyText");
        QVERIFY(current.contains("behandlingen går bra") || copy.contains("behandlingen går bra"));
        QVERIFY(current.contains("Alice sover dåligt") || copy.contains("Alice sover dåligt"));
        QCOMPARE(body(), current);
        const QString draft = role(m, 0, "mergeDraft");
        QVERIFY(draft.contains(current) && draft.contains(copy));
        QCOMPARE(m.data(m.index(0), m.roleNames().key("signedRecord")).toBool(), false);
        QVERIFY(!role(m, 0, "conflictKey").isEmpty());
    }

    void keepingTheOtherVersionResolvesAndQueuesOneChange()
    {
        ConflictListModel &m = *m_model;
        const QString copy = role(m, 0, "copyText");
        const std::size_t outbox = m_fx->store().outbox()->size();
        QVERIFY(m.keepCopy(role(m, 0, "conflictKey")));
        QCOMPARE(m.errorText(), QString());
        QCOMPARE(m.count(), 0);
        QCOMPARE(body(), copy);
        const auto queued = *m_fx->store().outbox();
        QCOMPARE(queued.size(), outbox + 1);
        QCOMPARE(queued.back().seen.size(), std::size_t{1}); // names the copy it resolved
    }

    void keepingTheCurrentVersionStillSyncs()
    {
        ConflictListModel &m = *m_model;
        const QString current = role(m, 0, "currentText");
        const std::size_t outbox = m_fx->store().outbox()->size();
        QVERIFY(m.keepCurrent(role(m, 0, "conflictKey")));
        QCOMPARE(m.count(), 0);
        QCOMPARE(body(), current);
        QCOMPARE(m_fx->store().outbox()->size(), outbox + 1);
    }

    void keepingAMergedText()
    {
        ConflictListModel &m = *m_model;
        const QString merged = role(m, 0, "mergeDraft") + "\nSammanfogat av Maja.";
        QVERIFY(m.keepMerged(role(m, 0, "conflictKey"), merged));
        QCOMPARE(m.count(), 0);
        QCOMPARE(body(), merged);
    }

    void refusalsAreInPlainWordsAndLoseNothing()
    {
        ConflictListModel &m = *m_model;
        const QString key = role(m, 0, "conflictKey");
        const QString before = body();

        QVERIFY(!m.keepCurrent("note/okänd/body/1/2"));
        QCOMPARE(m.errorText(), QString("Konflikten är redan löst, här eller på en annan enhet."));
        QVERIFY(!m.keepMerged(key, "  \n "));
        QVERIFY(m.errorText().startsWith("Texten får inte vara tom."));
        QCOMPARE(m.count(), 1);
        QCOMPARE(body(), before);

        // The text changed after the person opened the conflict: nothing is written.
        domain::NoteService notes(m_fx->store());
        QVERIFY(notes.updateDraft(kMaja, noteId(), before + " Tillägg."));
        QVERIFY(!m.keepCopy(key));
        QVERIFY(m.errorText().startsWith("Texten har ändrats sedan du öppnade konflikten."));
        QCOMPARE(body(), before + " Tillägg.");
        QCOMPARE(m.count(), 1);
        QCOMPARE(role(m, 0, "currentText"), before + " Tillägg."); // shown again, as it is now

        // Signed meanwhile: both versions stay; the person is told what to do instead.
        QVERIFY(notes.sign(kMaja, noteId()));
        m_workspace->notifyChanged();
        QCOMPARE(m.data(m.index(0), m.roleNames().key("signedRecord")).toBool(), true);
        QVERIFY(!m.keepCurrent(role(m, 0, "conflictKey")));
        QVERIFY(m.errorText().startsWith("Anteckningen är signerad och kan inte ändras."));
        QCOMPARE(m.count(), 1);

        // Resolved already (here, a moment ago): the old key is refused.
        init();
        const QString fresh = role(*m_model, 0, "conflictKey");
        QVERIFY(m_model->keepCurrent(fresh));
        QVERIFY(!m_model->keepCopy(fresh));
        QCOMPARE(m_model->errorText(),
                 QString("Konflikten är redan löst, här eller på en annan enhet."));
    }

private:
    const std::string &noteId() const { return m_noteId; }
    QString body() const
    {
        return QString::fromStdString((**m_fx->store().get("note", m_noteId)).text("body"));
    }

    std::unique_ptr<domain::test::DomainFixture> m_fx;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConflictListModel> m_model;
    std::string m_noteId;
};

QTEST_GUILESS_MAIN(TestConflictListModel)
#include "tst_conflictlistmodel.moc"
