// Mer → Samtalsmallar, KVÅ-koder and Personal: managers edit the conversation models (a running
// series keeps its steps), import a KVÅ list after a preview, map codes to models and correct
// names and titles; everyone else is refused and nothing they try is written. The conversation
// form offers the codes mapped to its series' model.

#include "conversationeditor.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "kvacodemodel.h"
#include "kvacodeservice.h"
#include "kvaimportcontroller.h"
#include "seriesstepmodel.h"
#include "stafflistmodel.h"
#include "templateeditor.h"
#include "unitservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

QVariant roleOf(const QAbstractListModel &m, int row, const char *name)
{
    const auto names = m.roleNames();
    return m.data(m.index(row), names.key(name));
}

QString dataFile(const char *name)
{
    return QStringLiteral(LYKTA_SOURCE_DIR "/tests/data/kva/") + QString::fromLatin1(name);
}

} // namespace

class TestTemplatesAndCodes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<domain::test::DomainFixture>();
        QVERIFY(domain::ConversationTemplateService(m_fx->store()).installDefaults(m_fx->actor()));
        m_workspace = std::make_unique<Workspace>(m_fx->store(), m_fx->actor(), false);
    }

    void aManagerEditsStepsAndARunningSeriesKeepsItsOwn()
    {
        makeManager();
        domain::ConversationTemplateService templates(m_fx->store());
        const auto bra = *templates.byKind(QStringLiteral("bra"));
        domain::FamilyService families(m_fx->store());
        auto fam = families.createFamily(m_fx->actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        domain::Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Vera");
        c.birthDate = QDate::currentDate().addYears(-9);
        const auto vera = *families.addChild(m_fx->actor(), c);
        auto series = domain::ConversationService(m_fx->store())
                          .startSeries(m_fx->actor(), vera, bra.id, QDate::currentDate());
        QVERIFY(series);

        TemplateEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setTemplateId(QString::fromStdString(bra.id));
        QVERIFY(editor.canEdit());
        QCOMPARE(editor.steps().size(), 3);
        editor.addStep();
        editor.setStepName(3, QStringLiteral("Avslutande samtal"));
        editor.setStepParticipants(3, static_cast<int>(domain::Participants::Family));
        editor.setStepDays(3, 60);
        editor.setStepOptional(3, true);
        editor.moveStep(1, 0);
        editor.removeStep(2);
        editor.setStepName(0, QStringLiteral("Barnets samtal"));
        QVERIFY(editor.save());
        QCOMPARE(editor.version(), 2);
        const auto steps = editor.steps();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].toMap().value("name").toString(), QStringLiteral("Barnets samtal"));
        QCOMPARE(steps[2].toMap().value("name").toString(), QStringLiteral("Avslutande samtal"));
        QCOMPARE(steps[2].toMap().value("followUpDays").toInt(), 60);
        QVERIFY(steps[2].toMap().value("optional").toBool());

        auto kept = templates.forSeries(*series);
        QCOMPARE(kept->steps.size(), std::size_t{3});
        QCOMPARE(kept->steps[0].name, bra.steps[0].name);
        QCOMPARE(kept->version, 1);

        // The series page names the version each series follows.
        SeriesStepModel running;
        running.setWorkspace(m_workspace.get());
        running.setSeriesId(QString::fromStdString(*series));
        QCOMPARE(running.templateText(), QStringLiteral("Mall: %1, version 1").arg(bra.name));
        QCOMPARE(roleOf(running, 0, "name").toString(), bra.steps[0].name);
        c.firstName = QStringLiteral("Vilma"); // a series started after the edit
        const auto vilma = *families.addChild(m_fx->actor(), c);
        auto later = domain::ConversationService(m_fx->store())
                         .startSeries(m_fx->actor(), vilma, bra.id, QDate::currentDate());
        QVERIFY(later);
        SeriesStepModel started;
        started.setWorkspace(m_workspace.get());
        started.setSeriesId(QString::fromStdString(*later));
        QCOMPARE(started.templateText(), QStringLiteral("Mall: %1, version 2").arg(bra.name));
        QCOMPARE(roleOf(started, 0, "name").toString(), QStringLiteral("Barnets samtal"));
        started.setSeriesId(QStringLiteral("no-such-series"));
        QVERIFY(started.templateText().isEmpty());
    }

    void badStepsAreRefusedInPlace()
    {
        makeManager();
        TemplateEditor editor;
        editor.setWorkspace(m_workspace.get());
        QCOMPARE(editor.steps().size(), 1); // a new model starts with one step to name
        editor.setProperty("name", QStringLiteral("Vårt eget samtal"));
        editor.setProperty("minAge", 6);
        editor.setProperty("maxAge", 12);
        editor.addStep();
        editor.setStepName(0, QStringLiteral("Första"));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains(QStringLiteral("steps.1.name")));
        editor.setStepName(1, QStringLiteral("Andra"));
        editor.setStepDays(1, -2);
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains(QStringLiteral("steps.1.followUpDays")));
        QVERIFY(editor.templateId().isEmpty());
        editor.setStepDays(1, 7);
        editor.setProperty("name", QString());
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains(QStringLiteral("name")));
        editor.setProperty("name", QStringLiteral("Vårt eget samtal"));
        editor.setProperty("maxAge", 30);
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains(QStringLiteral("min_age")));
        editor.setProperty("maxAge", 12);
        QVERIFY(editor.save());
        QVERIFY(!editor.templateId().isEmpty());
        const auto own = domain::ConversationTemplateService(m_fx->store())
                             .get(editor.templateId().toStdString());
        QVERIFY(own->kind.startsWith(QStringLiteral("own-"))); // a kind of its own
        QCOMPARE(own->steps.size(), std::size_t{2});
    }

    void othersSeeTemplatesReadOnly()
    {
        const auto before = m_fx->outboxSize();
        TemplateEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setTemplateId(QString::fromStdString(
            domain::ConversationTemplateService(m_fx->store()).byKind("bra")->id));
        QVERIFY(!editor.canEdit());
        editor.setStepName(0, QStringLiteral("Annat"));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains(QStringLiteral("role")));
        QCOMPARE(m_fx->outboxSize(), before);
    }

    void aManagerPreviewsThenImports()
    {
        makeManager();
        KvaImportController import;
        import.setWorkspace(m_workspace.get());
        QVERIFY(import.canImport());
        KvaCodeModel codes;
        codes.setWorkspace(m_workspace.get());
        QVERIFY(codes.listVersions().isEmpty()); // Lykta ships no codes
        QSignalSpy versionsShown(&codes, &KvaCodeModel::listVersionsChanged);
        import.setListVersion(QStringLiteral("2024"));
        import.setFile(QUrl::fromLocalFile(dataFile("kva-2024.csv")).toString());
        QVERIFY(import.confirm() == false); // not before a preview
        QVERIFY(import.preview());
        QCOMPARE(import.added(), 1);
        QVERIFY(import.confirm());
        QVERIFY(domain::KvaCodeService(m_fx->store()).isKnown(QStringLiteral("DU055")));
        QCOMPARE(codes.listVersions(), QStringList{QStringLiteral("2024")});
        QCOMPARE(versionsShown.count(), 1);
        QCOMPARE(roleOf(codes, 0, "listVersion").toString(), QStringLiteral("2024"));

        const auto before = m_fx->outboxSize();
        import.setFile(dataFile("kva-2024-revised.csv"));
        QVERIFY(import.preview());
        QCOMPARE(import.added(), 1);
        QCOMPARE(import.changed(), 1);
        QCOMPARE(import.retired(), 0);
        QCOMPARE(import.rows().size(), 2);
        QCOMPARE(import.rows()[0].toMap().value("change").toString(), QStringLiteral("added"));
        QCOMPARE(m_fx->outboxSize(), before); // nothing written by a preview
        import.setFile(dataFile("kva-2024-final.csv"));
        QVERIFY(!import.previewed()); // a preview belongs to its file
        QVERIFY(import.preview());
        QCOMPARE(import.retired(), 1); // DU055
        QCOMPARE(import.added(), 1);   // DU056
    }

    void aBadFileIsRefusedWithItsLine()
    {
        makeManager();
        KvaImportController import;
        import.setWorkspace(m_workspace.get());
        import.setListVersion(QStringLiteral("2024"));
        import.setFile(dataFile("kva-bad.csv"));
        QVERIFY(!import.preview());
        QVERIFY(import.errorText().startsWith(QStringLiteral("Rad 3:")));
        QVERIFY(import.fieldErrors().contains(QStringLiteral("file")));
        import.setFile(dataFile("no-such-file.csv"));
        QVERIFY(!import.preview());
        QVERIFY(import.fieldErrors().contains(QStringLiteral("file")));
        import.setFile(dataFile("kva-2024.csv"));
        import.setListVersion(QString());
        QVERIFY(!import.preview());
        QVERIFY(import.fieldErrors().contains(QStringLiteral("list_version")));
    }

    void othersCannotImportOrMap()
    {
        QVERIFY(domain::KvaCodeService(m_fx->store())
                    .importCsv(m_fx->actor(), QStringLiteral("DU055;A"), QStringLiteral("v")));
        const auto before = m_fx->outboxSize();
        KvaImportController import;
        import.setWorkspace(m_workspace.get());
        QVERIFY(!import.canImport());
        import.setListVersion(QStringLiteral("2024"));
        import.setFile(dataFile("kva-2024.csv"));
        QVERIFY(!import.preview());
        QVERIFY(import.fieldErrors().contains(QStringLiteral("role")));
        KvaCodeModel codes;
        codes.setWorkspace(m_workspace.get());
        QVERIFY(!codes.canEdit());
        QVERIFY(!codes.setKind(roleOf(codes, 0, "codeId").toString(), 1));
        QVERIFY(!codes.errorText().isEmpty());
        QCOMPARE(m_fx->outboxSize(), before);
    }

    void mappedCodesAreTheConversationFormsChoices()
    {
        makeManager();
        QVERIFY(domain::KvaCodeService(m_fx->store())
                    .importCsv(m_fx->actor(),
                               QStringLiteral("DU055;Vuxen om barnet\nDU056;Vuxen och barn"),
                               QStringLiteral("2024")));
        KvaCodeModel codes;
        codes.setWorkspace(m_workspace.get());
        QCOMPARE(codes.rowCount(), 2);
        QCOMPARE(roleOf(codes, 0, "kindIndex").toInt(), 0); // not mapped
        int bra = -1;
        const auto kinds = codes.kindChoices();
        for (int i = 0; i < kinds.size(); ++i)
            if (kinds[i].toMap().value("kind").toString() == QLatin1String("bra"))
                bra = i;
        QVERIFY(bra > 0);
        QVERIFY(!codes.setKind(roleOf(codes, 1, "codeId").toString(), 99));
        QVERIFY(codes.setKind(roleOf(codes, 1, "codeId").toString(), bra));
        QCOMPARE(roleOf(codes, 1, "kind").toString(), QStringLiteral("bra"));

        domain::ConversationTemplateService templates(m_fx->store());
        domain::FamilyService families(m_fx->store());
        auto fam = families.createFamily(m_fx->actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        domain::Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Vera");
        c.birthDate = QDate::currentDate().addYears(-9);
        const auto vera = *families.addChild(m_fx->actor(), c);
        domain::ConversationService conversations(m_fx->store());
        auto braSeries = conversations.startSeries(m_fx->actor(), vera, templates.byKind("bra")->id,
                                                   QDate::currentDate());
        auto fbtSeries = conversations.startSeries(m_fx->actor(), vera, templates.byKind("fbt")->id,
                                                   QDate::currentDate());
        ConversationEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("seriesId", QString::fromStdString(*braSeries));
        const auto choices = editor.kvaChoices();
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices[0].toMap().value("code").toString(), QStringLiteral("DU056"));
        editor.setProperty("seriesId", QString::fromStdString(*fbtSeries));
        QVERIFY(editor.kvaChoices().isEmpty()); // no codes mapped to this model: none offered
    }

    void aManagerCorrectsNamesAndTitlesNotRoles()
    {
        const auto colleague = m_fx->addStaff("Omar Prov");
        QVERIFY(!m_workspace->isManager()); // More shows no manager's page
        StaffListModel staff;
        staff.setWorkspace(m_workspace.get());
        QCOMPARE(staff.rowCount(), 2);
        QVERIFY(!staff.canEdit());
        const auto before = m_fx->outboxSize();
        QVERIFY(!staff.save(QString::fromStdString(colleague), QStringLiteral("Omar"),
                            QStringLiteral("Kurator")));
        QCOMPARE(m_fx->outboxSize(), before);

        makeManager();
        QVERIFY(m_workspace->isManager());
        staff.setWorkspace(nullptr);
        staff.setWorkspace(m_workspace.get());
        QVERIFY(staff.canEdit());
        QVERIFY(!staff.save(QString::fromStdString(colleague), QStringLiteral(" "),
                            QStringLiteral("Kurator")));
        QCOMPARE(staff.errorText(), QStringLiteral("Namnet får inte vara tomt."));
        QVERIFY(!staff.save(QStringLiteral("no-such-id"), QStringLiteral("X"), {}));
        QVERIFY(staff.save(QString::fromStdString(colleague), QStringLiteral("Omar Prov"),
                           QStringLiteral("Familjebehandlare")));
        auto omar = domain::UnitService(m_fx->store()).staff(colleague);
        QCOMPARE(omar->title, QStringLiteral("Familjebehandlare"));
        QCOMPARE(omar->role, domain::Staff::Role::Staff); // unchanged
        int row = 0;
        while (roleOf(staff, row, "staffId").toString() != QString::fromStdString(colleague))
            ++row;
        QCOMPARE(roleOf(staff, row, "title").toString(), QStringLiteral("Familjebehandlare"));
        QCOMPARE(roleOf(staff, row, "roleText").toString(), QStringLiteral("Personal"));
    }

private:
    void makeManager() { m_fx->setRole(m_fx->staffId(), domain::Staff::Role::Manager); }

    std::unique_ptr<domain::test::DomainFixture> m_fx;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_MAIN(TestTemplatesAndCodes)
#include "tst_templatesandcodes.moc"
