// "Kopia för vårdnadshavare" on a real store: the PDF of a conversation or a case note leaves
// out the child's own words when they are marked not for guardians and has them otherwise;
// each copy is logged as a print of the record; a record that does not exist makes no file.

#include "auditextract.h"
#include "casenoteservice.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "exportscan.h"
#include "familyservice.h"
#include "guardiancopy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

const QString kChildWords = QStringLiteral("Jag vill veta om pappa blir frisk.");
const QString kAdvice = QStringLiteral("Prata med skolkuratorn om läxorna.");

// The prints of one record in the child's access-log extract, as a manager would see them.
int prints(store::Store &store, const std::string &childId, const std::string &entity,
           const std::string &id)
{
    auto rows = followup::AuditExtract(store).rows("child", childId);
    return rows ? static_cast<int>(std::count_if(rows->begin(), rows->end(),
                                                 [&](const auto &r) {
                                                     return r.action == "print" &&
                                                            r.entity == entity && r.recordId == id;
                                                 }))
                : -1;
}

} // namespace

class TestGuardianCopy : public QObject
{
    Q_OBJECT

    std::unique_ptr<domain::test::DomainFixture> m_fx;
    std::unique_ptr<Workspace> m_workspace;
    QTemporaryDir m_folder;
    std::string m_familyId, m_childId, m_seriesId;

    QByteArray saved(GuardianCopy &copy)
    {
        QFile file(copy.lastPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fx->store(), m_fx->actor(), false);
        domain::FamilyService families(m_fx->store());
        m_familyId = *families.createFamily(m_fx->actor(), {{}, {}, "Familjen Ek", {}, {}, {}});
        domain::Child c;
        c.familyId = m_familyId;
        c.firstName = "Vera";
        c.birthDate = QDate::currentDate().addYears(-10);
        m_childId = *families.addChild(m_fx->actor(), c);
        domain::ConversationTemplateService templates(m_fx->store());
        QVERIFY(templates.installDefaults(m_fx->actor()));
        m_seriesId = *domain::ConversationService(m_fx->store())
                          .startSeries(m_fx->actor(), m_childId, templates.byKind("bra")->id,
                                       QDate::currentDate().addDays(-7));
    }

    void conversationCopyRespectsTheChildsWords_data()
    {
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("not for guardians") << true;
        QTest::newRow("may be shared") << false;
    }

    void conversationCopyRespectsTheChildsWords()
    {
        QFETCH(bool, isPrivate);
        domain::Conversation c;
        c.seriesId = m_seriesId;
        c.date = QDate::currentDate().addDays(-1);
        c.durationMin = 45;
        c.place = "Mottagningen";
        c.participants = domain::Participants::ParentsAndChild;
        c.kind = "parent_and_child";
        c.sections.childView = kChildWords;
        c.sections.advice = kAdvice;
        c.childWordsPrivate = isPrivate;
        const auto id =
            domain::ConversationService(m_fx->store()).recordConversation(m_fx->actor(), c);
        QVERIFY(id);

        GuardianCopy copy;
        copy.setWorkspace(m_workspace.get());
        copy.setExportFolder(m_folder.path());
        copy.setProperty("entity", "conversation");
        copy.setProperty("recordId", QString::fromStdString(*id));
        copy.setProperty("about", "Vera");
        copy.setProperty("what", "BRA-samtal, steg 1");
        QCOMPARE(prints(m_fx->store(), m_childId, "conversation", *id), 0);
        QVERIFY2(copy.save(), qPrintable(copy.errorText()));
        QVERIFY(copy.lastPath().startsWith(m_folder.path()));
        QVERIFY(!copy.lastPath().contains("Vera")); // no names in the file name
        QVERIFY(copy.message().startsWith("Sparad som "));

        const QString text = QString::fromUtf8(followup::test::pdfText(saved(copy))).simplified();
        QVERIFY(text.contains("Kopia för vårdnadshavare: BRA-samtal, steg 1"));
        QVERIFY(text.contains(kAdvice));
        QCOMPARE(text.contains(kChildWords), !isPrivate);
        QCOMPARE(text.contains("Barnets egna ord är inte med i den här kopian."), isPrivate);
        QCOMPARE(prints(m_fx->store(), m_childId, "conversation", *id), 1);
    }

    void caseNoteCopyRespectsTheChildsWords_data()
    {
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("not for guardians") << true;
        QTest::newRow("may be shared") << false;
    }

    void caseNoteCopyRespectsTheChildsWords()
    {
        QFETCH(bool, isPrivate);
        domain::Note n;
        n.subjectEntity = "child";
        n.subjectId = m_childId;
        n.caseKind = domain::CaseNoteService::kinds().front();
        n.eventDate = QDate::currentDate();
        n.body = kChildWords;
        n.childWordsPrivate = isPrivate;
        const auto id = domain::CaseNoteService(m_fx->store()).create(m_fx->actor(), n);
        QVERIFY(id);

        GuardianCopy copy;
        copy.setWorkspace(m_workspace.get());
        copy.setExportFolder(m_folder.path());
        copy.setProperty("entity", "note");
        copy.setProperty("recordId", QString::fromStdString(*id));
        copy.setProperty("about", "Vera");
        copy.setProperty("what", "Telefonsamtal");
        QVERIFY2(copy.save(), qPrintable(copy.errorText()));
        const QString text = QString::fromUtf8(followup::test::pdfText(saved(copy))).simplified();
        QVERIFY(text.contains("Kopia för vårdnadshavare: Telefonsamtal"));
        QCOMPARE(text.contains(kChildWords), !isPrivate);
        QCOMPARE(text.contains("Barnets egna ord är inte med i den här kopian."), isPrivate);
        QCOMPARE(prints(m_fx->store(), m_childId, "note", *id), 1);
    }

    void nothingToCopyMakesNoFile()
    {
        QTemporaryDir folder;
        GuardianCopy copy;
        copy.setWorkspace(m_workspace.get());
        copy.setExportFolder(folder.path());
        copy.setProperty("entity", "conversation");
        QVERIFY(!copy.save());
        QCOMPARE(copy.errorText(), QString("Spara först, sedan kan en kopia göras."));
        copy.setProperty("recordId", "finns-inte");
        QVERIFY(!copy.save());
        QCOMPARE(copy.errorText(), QString("Uppgiften finns inte längre."));
        copy.setProperty("entity", "note");
        QVERIFY(!copy.save());
        QCOMPARE(copy.errorText(), QString("Uppgiften finns inte längre."));
        QVERIFY(copy.lastPath().isEmpty());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_MAIN(TestGuardianCopy)
#include "tst_guardiancopy.moc"
