// The two forms on a conversation series' page, on a real store: booking a step (date, time,
// length, place, who takes part) with every refusal in place and nothing written, rebooking
// and cancelling; and closing the series with its outcome (declined at a step, onwards to a
// support group, other support, …) with every refusal in place, then reopening it. Today
// shows the booked step and no longer shows a closed series' steps.

#include "bookingeditor.h"
#include "bookingservice.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "groupservice.h"
#include "seriesoutcomeeditor.h"
#include "todaymodel.h"

#include <QLocale>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestSeriesForms : public QObject
{
    Q_OBJECT

    std::unique_ptr<domain::test::DomainFixture> m_fx;
    std::unique_ptr<Workspace> m_workspace;
    std::string m_childId, m_guardianId, m_seriesId;

    QString field(const EditorBase &e, const char *name) const
    {
        return e.fieldErrors().value(QString::fromLatin1(name)).toString();
    }

    int rowsOfKind(const TodayModel &today, const QString &kind) const
    {
        int n = 0;
        for (int i = 0; i < today.rowCount(); ++i)
            n += today.data(today.index(i), TodayModel::KindRole).toString() == kind;
        return n;
    }

    std::string group(const char *name, int minAge, int maxAge, int capacity,
                      domain::Group::Mode mode)
    {
        domain::Group g;
        g.name = QString::fromLatin1(name);
        g.minAge = minAge;
        g.maxAge = maxAge;
        g.capacity = capacity;
        g.mode = mode;
        g.startDate = QDate::currentDate().addDays(14);
        return *domain::GroupService(m_fx->store()).createGroup(m_fx->actor(), g);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }

    void init()
    {
        m_fx = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fx->store(), m_fx->actor(), false);
        domain::FamilyService families(m_fx->store());
        const auto family =
            families.createFamily(m_fx->actor(), {{}, {}, "Familjen Ek", {}, {}, {}});
        domain::Guardian g;
        g.familyId = *family;
        g.name = "Sara Ek";
        g.relation = "mother";
        m_guardianId = *families.addGuardian(m_fx->actor(), g);
        domain::Child c;
        c.familyId = *family;
        c.firstName = "Vera";
        c.birthDate = QDate::currentDate().addYears(-10).addDays(-60);
        m_childId = *families.addChild(m_fx->actor(), c);
        domain::ConversationTemplateService templates(m_fx->store());
        QVERIFY(templates.installDefaults(m_fx->actor()));
        m_seriesId = *domain::ConversationService(m_fx->store())
                          .startSeries(m_fx->actor(), m_childId, templates.byKind("bra")->id,
                                       QDate::currentDate().addDays(-3));
    }

    void bookingRefusesEachBadValueInPlace()
    {
        BookingEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setSeriesId(QString::fromStdString(m_seriesId));
        QVERIFY(!editor.isBooked());
        QVERIFY(!editor.stepName().isEmpty());
        QVERIFY(editor.errorText().isEmpty());
        // Who the step names is checked to begin with: BRA's first step has the child.
        bool childChecked = false;
        for (const auto &v : editor.participants()) {
            const auto m = v.toMap();
            if (m.value("key").toString() == "child")
                childChecked = m.value("checked").toBool();
        }
        QVERIFY(childChecked);

        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const auto fill = [&] {
            editor.setProperty("date", tomorrow);
            editor.setProperty("time", "14:30");
            editor.setProperty("durationMin", 60);
            editor.setProperty("place", "Skolan, kuratorns rum");
            editor.setParticipant("child", true);
        };
        const auto outbox = m_fx->outboxSize();
        const auto refused = [&](const char *fieldName, const QString &words) {
            QVERIFY(!editor.save());
            QCOMPARE(field(editor, fieldName), words);
            QCOMPARE(editor.errorText(), words);
            QCOMPARE(m_fx->outboxSize(), outbox);
            QVERIFY(!editor.isBooked());
            fill();
        };
        fill();
        editor.setProperty("date", "");
        refused("date", "Skriv datumet som ÅÅÅÅ-MM-DD.");
        editor.setProperty("date", "2026-13-01");
        refused("date", "Skriv datumet som ÅÅÅÅ-MM-DD.");
        editor.setProperty("date", QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        refused("date", "Dagen har redan varit. Välj i dag eller senare.");
        editor.setProperty("date", QDate::currentDate().toString(Qt::ISODate));
        editor.setProperty("time", "00:00");
        refused("time", "Tiden har redan varit. Välj en senare tid.");
        editor.setProperty("time", "halv tre");
        refused("time", "Skriv tiden som TT:MM, till exempel 14:30.");
        editor.setProperty("time", "");
        refused("time", "Skriv tiden som TT:MM, till exempel 14:30.");
        const QString length =
            QString("Längden ska vara 1–%1 minuter.").arg(domain::BookingService::kMaxDurationMin);
        editor.setProperty("durationMin", 0);
        refused("duration_min", length);
        editor.setProperty("durationMin", domain::BookingService::kMaxDurationMin + 1);
        refused("duration_min", length);
        editor.setProperty("place", "   ");
        refused("place", "Skriv var ni ses.");
        for (const auto &v : editor.participants())
            editor.setParticipant(v.toMap().value("key").toString(), false);
        refused("participants", "Välj minst en som är med.");

        // What was typed is still there after a refusal.
        editor.setProperty("place", "");
        QVERIFY(!editor.save());
        QCOMPARE(editor.property("date").toString(), tomorrow);
        QCOMPARE(editor.property("time").toString(), QString("14:30"));
    }

    void bookRebookCancelAndTodayShowsTheBookedStep()
    {
        const QString series = QString::fromStdString(m_seriesId);
        BookingEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setSeriesId(series);
        BookingEditor stale; // opened before the step was booked, e.g. on another screen
        stale.setWorkspace(m_workspace.get());
        stale.setSeriesId(series);

        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        editor.setProperty("date", tomorrow);
        editor.setProperty("time", "9:30"); // without the leading zero
        editor.setProperty("place", "Skolan, kuratorns rum");
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(editor.isBooked());
        QCOMPARE(editor.property("time").toString(), QString("09:30"));
        QCOMPARE(editor.property("place").toString(), QString("Skolan, kuratorns rum"));

        TodayModel today;
        today.setWorkspace(m_workspace.get());
        QCOMPARE(rowsOfKind(today, "booking"), 1);
        int row = 0;
        while (today.data(today.index(row), TodayModel::KindRole).toString() != "booking")
            ++row;
        const auto at = [&](int role) {
            return today.data(today.index(row), role).toString();
        };
        QCOMPARE(at(TodayModel::SectionRole), QString("Bokade samtal"));
        QCOMPARE(at(TodayModel::TitleRole), QString("Vera – %1").arg(editor.stepName()));
        QVERIFY(at(TodayModel::DetailRole).endsWith(" · Skolan, kuratorns rum"));
        QCOMPARE(
            at(TodayModel::DueRole),
            QString("%1 kl. 09:30")
                .arg(QLocale().toString(QDate::currentDate().addDays(1), QLocale::ShortFormat)));

        // One meeting per step: the form opened before says to rebook instead.
        stale.setProperty("date", tomorrow);
        stale.setProperty("place", "Hemma");
        QVERIFY(!stale.save());
        QCOMPARE(stale.errorText(), QString("Steget är redan bokat. Boka om det i stället."));

        // Reopening the step loads its booking; rebooking changes it, still one booking.
        BookingEditor again;
        again.setWorkspace(m_workspace.get());
        again.setSeriesId(series);
        QVERIFY(again.isBooked());
        QCOMPARE(again.property("place").toString(), QString("Skolan, kuratorns rum"));
        again.setProperty("place", "Familjens hem");
        again.setProperty("time", "13:00");
        QVERIFY2(again.save(), qPrintable(again.errorText()));
        QCOMPARE(domain::BookingService(m_fx->store()).bookings(m_seriesId)->size(),
                 std::size_t{1});
        QVERIFY(at(TodayModel::DueRole).endsWith("kl. 13:00"));
        QVERIFY(at(TodayModel::DetailRole).endsWith(" · Familjens hem"));

        // Cancelled: Today no longer lists it; a form still showing it is told.
        QVERIFY(editor.cancelBooking());
        QVERIFY(!editor.isBooked());
        QCOMPARE(rowsOfKind(today, "booking"), 0);
        const auto outbox = m_fx->outboxSize();
        QVERIFY(!again.cancelBooking());
        QCOMPARE(again.errorText(), QString("Bokningen är redan avbokad."));
        QCOMPARE(m_fx->outboxSize(), outbox);
    }

    void aClosedSeriesIsNotBooked()
    {
        BookingEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setSeriesId(QString::fromStdString(m_seriesId));
        domain::SeriesClosing closing;
        closing.date = QDate::currentDate();
        QVERIFY(domain::ConversationService(m_fx->store())
                    .closeSeries(m_fx->actor(), m_seriesId, closing));
        editor.setProperty("date", QDate::currentDate().addDays(1).toString(Qt::ISODate));
        editor.setProperty("place", "Skolan");
        const auto outbox = m_fx->outboxSize();
        QVERIFY(!editor.save());
        QCOMPARE(editor.errorText(), QString("Serien är avslutad. Öppna den igen för att boka."));
        QCOMPARE(m_fx->outboxSize(), outbox);
    }

    void closingRefusesEachBadValueInPlace()
    {
        SeriesOutcomeEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setSeriesId(QString::fromStdString(m_seriesId));
        QVERIFY(!editor.isClosed());
        QCOMPARE(editor.outcomes().size(), 6);
        const auto tmpl = domain::ConversationTemplateService(m_fx->store()).byKind("bra");
        QCOMPARE(editor.steps().size(), static_cast<qsizetype>(tmpl->steps.size()));
        QVERIFY(editor.groups().isEmpty());

        const auto outbox = m_fx->outboxSize();
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const auto refused = [&](const char *fieldName, const QString &words) {
            QVERIFY(!editor.close());
            QCOMPARE(field(editor, fieldName), words);
            QCOMPARE(m_fx->outboxSize(), outbox);
            QVERIFY(!editor.isClosed());
            editor.setProperty("date", today);
        };
        const QString dateWords = "Skriv ett datum som ÅÅÅÅ-MM-DD, från seriens start till i dag.";
        editor.setProperty("date", "");
        refused("closed", dateWords);
        editor.setProperty("date", QDate::currentDate().addDays(-4).toString(Qt::ISODate));
        refused("closed", dateWords); // before the series started
        editor.setProperty("date", QDate::currentDate().addDays(1).toString(Qt::ISODate));
        refused("closed", dateWords);

        editor.setProperty("outcome", "declined");
        editor.setProperty("declinedStep", "");
        refused("declined_step", "Välj ett av seriens steg.");
        editor.setProperty("declinedStep", QString::number(tmpl->steps.size()));
        refused("declined_step", "Välj ett av seriens steg.");

        editor.setProperty("outcome", "other_support");
        editor.setProperty("text", "  ");
        refused("outcome_text", "Skriv vilket stöd barnet får i stället.");
        editor.setProperty("outcome", "other");
        refused("outcome_text", "Skriv varför serien avslutas.");

        // A referral: no group yet, a full one, one for other ages, an anonymous one.
        editor.setProperty("outcome", "support_group");
        editor.setProperty("groupId", "");
        refused("referral_group_id", "Välj en grupp. Finns ingen, skapa den under Grupper först.");
        const auto full = group("Fulla gruppen", 7, 12, 1, domain::Group::Mode::Anonymous);
        QVERIFY(domain::GroupService(m_fx->store())
                    .addMember(m_fx->actor(), {{}, {}, full, {}, "K1", 9}));
        const auto teens = group("Tonårsgruppen", 13, 18, 8, domain::Group::Mode::Identified);
        const auto right = group("Onsdagsgruppen", 7, 12, 8, domain::Group::Mode::Identified);
        editor.setSeriesId({}); // reopening the form lists the groups made meanwhile
        editor.setSeriesId(QString::fromStdString(m_seriesId));
        QCOMPARE(editor.groups().size(), 3);
        bool listed = false;
        for (const auto &v : editor.groups())
            listed |=
                v.toMap().value("label").toString() == "Fulla gruppen (1 av 1 platser, anonym)";
        QVERIFY(listed);
        editor.setProperty("outcome", "support_group");
        const auto outboxNow = m_fx->outboxSize();
        const auto refusedNow = [&](const char *fieldName, const QString &words) {
            QVERIFY(!editor.close());
            QCOMPARE(field(editor, fieldName), words);
            QCOMPARE(m_fx->outboxSize(), outboxNow);
            QVERIFY(!editor.isClosed());
        };
        editor.setProperty("groupId", QString::fromStdString(full));
        refusedNow("referral_group_id",
                   "Gruppen är full. Välj en annan grupp eller ge plats i gruppen först.");
        editor.setProperty("groupId", QString::fromStdString(teens));
        refusedNow("referral_group_id", "Barnets ålder passar inte gruppens åldrar.");

        editor.setProperty("groupId", QString::fromStdString(right));
        QVERIFY2(editor.close(), qPrintable(editor.errorText()));
        QVERIFY(editor.isClosed());
        QCOMPARE(editor.closedText(),
                 QString("Vidare till stödgruppen Onsdagsgruppen. Avslutad %1 av Testa Person.")
                     .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
        const auto members = domain::GroupService(m_fx->store()).members(m_fx->actor(), right);
        QCOMPARE(members->size(), std::size_t{1});
        QCOMPARE(members->front().childId, m_childId);
    }

    void declinedThenReopenedAndTodayHidesAClosedSeries()
    {
        TodayModel today;
        today.setWorkspace(m_workspace.get());
        QCOMPARE(rowsOfKind(today, "conversation"), 1); // the series' next step is due
        SeriesOutcomeEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setSeriesId(QString::fromStdString(m_seriesId));
        SeriesOutcomeEditor stale;
        stale.setWorkspace(m_workspace.get());
        stale.setSeriesId(QString::fromStdString(m_seriesId));

        editor.setProperty("outcome", "declined");
        editor.setProperty("declinedStep", "1");
        QVERIFY2(editor.close(), qPrintable(editor.errorText()));
        const auto tmpl = domain::ConversationTemplateService(m_fx->store()).byKind("bra");
        QCOMPARE(
            editor.closedText(),
            QString(
                "Barnet eller familjen tackade nej vid steg 2, %1. Avslutad %2 av Testa Person.")
                .arg(tmpl->steps[1].name,
                     QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
        QCOMPARE(rowsOfKind(today, "conversation"), 0);

        const auto outbox = m_fx->outboxSize();
        QVERIFY(!stale.close()); // the form was opened while it was active
        QCOMPARE(stale.errorText(), QString("Serien är redan avslutad."));
        QVERIFY(!editor.reopen("   "));
        QCOMPARE(field(editor, "reopen_reason"), QString("Skriv varför serien öppnas igen."));
        QCOMPARE(m_fx->outboxSize(), outbox);
        QVERIFY(editor.isClosed());

        QVERIFY2(editor.reopen("Familjen hörde av sig igen"), qPrintable(editor.errorText()));
        QVERIFY(!editor.isClosed());
        QVERIFY(editor.closedText().isEmpty());
        QVERIFY(editor.reopenedText().startsWith("Öppnades igen "));
        QVERIFY(editor.reopenedText().endsWith(": Familjen hörde av sig igen"));
        QCOMPARE(rowsOfKind(today, "conversation"), 1);
        QVERIFY(!stale.reopen("Igen")); // opened before it was reopened
        QCOMPARE(stale.errorText(), QString("Serien pågår redan."));
    }

    // The page of a closed series says how it ended, the day and who closed it, whatever the
    // outcome; the step a family declined at is counted from 1 (it is stored counting from 0).
    void aClosedSeriesSaysItsOutcomeWhenAndWho()
    {
        SeriesOutcomeEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setSeriesId(QString::fromStdString(m_seriesId));
        const QString by = QString(" Avslutad %1 av Testa Person.")
                               .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
        const auto tmpl = domain::ConversationTemplateService(m_fx->store()).byKind("bra");
        const struct
        {
            const char *outcome, *step, *text;
            QString said;
        } cases[] = {
            {"completed", "0", "", "Genomförd."},
            {"declined", "0", "",
             "Barnet eller familjen tackade nej vid steg 1, " + tmpl->steps[0].name + "."},
            {"other_support", "0", "BUP", "Vidare till annat stöd: BUP."},
            {"moved", "0", "Till Malmö", "Familjen har flyttat: Till Malmö."},
            {"moved", "0", "", "Familjen har flyttat."},
            {"other", "0", "Barnet vill vänta", "Avslutad av annat skäl: Barnet vill vänta."},
        };
        for (const auto &c : cases) {
            editor.setProperty("outcome", c.outcome);
            editor.setProperty("declinedStep", c.step);
            editor.setProperty("text", c.text);
            QVERIFY2(editor.close(), qPrintable(editor.errorText()));
            QVERIFY(editor.isClosed());
            QCOMPARE(editor.closedText(), c.said + by);
            QVERIFY2(editor.reopen("Nästa fall"), qPrintable(editor.errorText()));
            QVERIFY(editor.closedText().isEmpty());
        }
        const auto series =
            domain::ConversationService(m_fx->store()).series(m_fx->actor(), m_seriesId);
        QVERIFY(series->closedBy.empty()); // reopening forgets who closed it
    }
};

QTEST_GUILESS_MAIN(TestSeriesForms)
#include "tst_seriesforms.moc"
