// The models and the form behind the conversation flow, on a real store: choose a model,
// start a series for a child, see its steps, record a conversation (with a message in place
// for a wrong value), sign it and amend it.

#include "conversationeditor.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "serieslistmodel.h"
#include "seriesstepmodel.h"
#include "templatelistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

QVariant role(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

int rowNamed(const QAbstractItemModel &model, int nameRole, const QString &name)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (role(model, i, nameRole).toString() == name)
            return i;
    }
    return -1;
}

} // namespace

class TestConversationFlow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        QVERIFY(domain::ConversationTemplateService(m_fixture->store())
                    .installDefaults(m_fixture->actor()));
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
        domain::FamilyService families(m_fixture->store());
        const auto family = families.createFamily(
            m_fixture->actor(), {{}, {}, "Familjen Test", "mental_illness", QDate(2026, 9, 1), {}});
        QVERIFY(family);
        const auto child = families.addChild(m_fixture->actor(), {{},
                                                                  {},
                                                                  *family,
                                                                  "Alva",
                                                                  "Test",
                                                                  QDate::currentDate().addYears(-9),
                                                                  "girl",
                                                                  {},
                                                                  {},
                                                                  {}});
        QVERIFY(child);
        m_childId = QString::fromStdString(*child);
        const auto toddler =
            families.addChild(m_fixture->actor(), {{},
                                                   {},
                                                   *family,
                                                   "Ebbe",
                                                   "Test",
                                                   QDate::currentDate().addYears(-2),
                                                   "boy",
                                                   {},
                                                   {},
                                                   {}});
        QVERIFY(toddler);
        m_toddlerId = QString::fromStdString(*toddler);
    }

    void templatesListTheShippedModels()
    {
        TemplateListModel templates;
        templates.setWorkspace(m_workspace.get());
        QCOMPARE(templates.rowCount(), 3);
        const int bra = rowNamed(templates, TemplateListModel::NameRole, "BRA-samtal");
        QVERIFY(bra >= 0);
        QVERIFY(role(templates, bra, TemplateListModel::StepsRole).toInt() >= 3);
        QVERIFY(!role(templates, bra, TemplateListModel::IdRole).toString().isEmpty());
        QVERIFY(role(templates, bra, TemplateListModel::AgesRole).toString().contains("18"));
    }

    void startingASeriesListsItWithItsNextStep()
    {
        SeriesListModel series;
        series.setWorkspace(m_workspace.get());
        series.setChildId(m_childId);
        QCOMPARE(series.rowCount(), 0);
        QSignalSpy counted(&series, &SeriesListModel::countChanged);

        const QString id = series.start(braTemplate());
        QVERIFY2(!id.isEmpty(), qPrintable(series.errorText()));
        QCOMPARE(series.rowCount(), 1);
        QVERIFY(counted.count() >= 1);
        QCOMPARE(role(series, 0, SeriesListModel::IdRole).toString(), id);
        QCOMPARE(role(series, 0, SeriesListModel::NameRole).toString(), QString("BRA-samtal"));
        QCOMPARE(role(series, 0, SeriesListModel::StatusRole).toString(), QString("Pågår"));
        QVERIFY(role(series, 0, SeriesListModel::NextRole).toString().startsWith("Nästa: "));
    }

    void aChildOutsideTheModelsAgeBandGetsAClearMessage()
    {
        SeriesListModel series;
        series.setWorkspace(m_workspace.get());
        series.setChildId(m_toddlerId);
        QVERIFY(series.start(braTemplate()).isEmpty());
        QCOMPARE(series.errorText(), QString("Åldern passar inte här."));
        QCOMPARE(series.rowCount(), 0);
        QVERIFY(series.start("no-such-template").isEmpty());
        QVERIFY(!series.errorText().isEmpty());
    }

    void recordSignAndAmendAConversation()
    {
        SeriesListModel series;
        series.setWorkspace(m_workspace.get());
        series.setChildId(m_childId);
        const QString seriesId = series.start(braTemplate());
        QVERIFY(!seriesId.isEmpty());

        SeriesStepModel steps;
        steps.setWorkspace(m_workspace.get());
        steps.setSeriesId(seriesId);
        QCOMPARE(steps.title(), QString("BRA-samtal"));
        QVERIFY(steps.active());
        QVERIFY(steps.rowCount() >= 3);
        QVERIFY(role(steps, 0, SeriesStepModel::NextRole).toBool());
        QVERIFY(!role(steps, 0, SeriesStepModel::DoneRole).toBool());

        ConversationEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("seriesId", seriesId);
        editor.setProperty("step", 0);
        editor.setProperty("participants", int(domain::Participants::Parents));
        editor.setProperty("wantsToKnow", "Hur mamma mår och om hon blir frisk.");

        // No duration: the message sits at the field, nothing is written.
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("duration_min"));
        QVERIFY(editor.conversationId().isEmpty());
        QVERIFY(!role(steps, 0, SeriesStepModel::DoneRole).toBool());

        editor.setProperty("durationMin", 60);
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(editor.fieldErrors().isEmpty());
        QVERIFY(!editor.conversationId().isEmpty());
        QVERIFY(role(steps, 0, SeriesStepModel::DoneRole).toBool());
        QCOMPARE(role(steps, 0, SeriesStepModel::ConversationIdRole).toString(),
                 editor.conversationId());
        QVERIFY(!role(steps, 0, SeriesStepModel::NextRole).toBool());
        QVERIFY(role(steps, 1, SeriesStepModel::NextRole).toBool());

        // An amendment needs a signed original.
        QVERIFY(!editor.amend("Fel datum", "Samtalet hölls dagen innan."));
        QCOMPARE(editor.errorText(),
                 QString("Bara signerade anteckningar rättas; ändra utkastet direkt."));

        QVERIFY2(editor.sign(), qPrintable(editor.errorText()));
        QVERIFY(editor.isSigned());
        QVERIFY(editor.signedText().startsWith("Signerad "));
        QVERIFY2(editor.signedText().endsWith(" av Testa Person"), qPrintable(editor.signedText()));
        QVERIFY(role(steps, 0, SeriesStepModel::SignedRole).toBool());

        // Signed: an edit is refused and the stored text is unchanged.
        editor.setProperty("wantsToKnow", "Ändrad i efterhand");
        QVERIFY(!editor.save());
        QCOMPARE(editor.errorText(),
                 QString("Signerade anteckningar kan inte ändras. Skriv en rättelse i stället."));
        ConversationEditor reread;
        reread.setWorkspace(m_workspace.get());
        reread.setConversationId(editor.conversationId());
        QCOMPARE(reread.property("wantsToKnow").toString(),
                 QString("Hur mamma mår och om hon blir frisk."));

        QVERIFY2(reread.amend("Fel längd", "Samtalet tog 75 minuter."),
                 qPrintable(reread.errorText()));
        QCOMPARE(reread.amendments().size(), 1);
        const QVariantMap amendment = reread.amendments().front().toMap();
        QCOMPARE(amendment.value("reason").toString(), QString("Fel längd"));
        QCOMPARE(amendment.value("body").toString(), QString("Samtalet tog 75 minuter."));
        QCOMPARE(amendment.value("author").toString(), QString("Testa Person"));
        QCOMPARE(reread.property("wantsToKnow").toString(),
                 QString("Hur mamma mår och om hon blir frisk."));
    }

private:
    QString braTemplate() const
    {
        auto bra = domain::ConversationTemplateService(m_fixture->store()).byKind("bra");
        return bra ? QString::fromStdString(bra->id) : QString();
    }

    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
    QString m_childId, m_toddlerId;
};

QTEST_GUILESS_MAIN(TestConversationFlow)
#include "tst_conversationflow.moc"
