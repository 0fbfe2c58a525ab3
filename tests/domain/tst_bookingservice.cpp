#include "agenda.h"
#include "bookingservice.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

// Booking a step of a conversation series: who can be named, the refusals, rebooking,
// cancelling, and what Today shows.
class TestBookingService : public QObject
{
    Q_OBJECT

    struct World
    {
        test::DomainFixture fx;
        std::string childId, guardianId, seriesId, colleague;
        QDate today = QDate::currentDate();
        QDateTime now{QDate::currentDate(), QTime(12, 0)};
    };

    static std::unique_ptr<World> world(bool withGuardian = true)
    {
        auto w = std::make_unique<World>();
        FamilyService families(w->fx.store());
        auto fam = families.createFamily(w->fx.actor(),
                                         {{}, {}, QStringLiteral("Familjen Ek"), {}, {}, {}});
        if (withGuardian) {
            Guardian g;
            g.familyId = *fam;
            g.name = QStringLiteral("Sara Ek");
            g.relation = QStringLiteral("mother");
            w->guardianId = *families.addGuardian(w->fx.actor(), g);
        }
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Vera");
        c.birthDate = w->today.addYears(-10).addDays(-60);
        w->childId = *families.addChild(w->fx.actor(), c);
        w->colleague = w->fx.addStaff("Omar Prov");
        ConversationTemplateService templates(w->fx.store());
        (void)templates.installDefaults(w->fx.actor());
        const auto bra = templates.byKind(QStringLiteral("bra"))->id;
        w->seriesId = *ConversationService(w->fx.store())
                           .startSeries(w->fx.actor(), w->childId, bra, w->today.addDays(-3));
        return w;
    }

    static Booking booking(const World &w, int step = 0)
    {
        Booking b;
        b.seriesId = w.seriesId;
        b.step = step;
        b.date = w.today.addDays(2);
        b.time = QTime(14, 30);
        b.durationMin = 60;
        b.place = QStringLiteral("Skolan, kuratorns rum");
        b.participants = {QStringLiteral("child"),
                          QStringLiteral("guardian:") + QString::fromStdString(w.guardianId)};
        return b;
    }

private slots:
    void choicesFollowTheStepsParticipants()
    {
        auto w = world();
        BookingService bookings(w->fx.store());
        // BRA step 0 is parents and child; step 1 the child alone.
        auto first = bookings.choices(w->fx.actor(), w->seriesId, 0);
        QVERIFY(first);
        QStringList keys, suggested;
        for (const auto &p : *first) {
            keys << p.key;
            if (p.suggested)
                suggested << p.key;
        }
        const QString guardian =
            QStringLiteral("guardian:") + QString::fromStdString(w->guardianId);
        const QString me = QStringLiteral("staff:") + QString::fromStdString(w->fx.staffId());
        const QString omar = QStringLiteral("staff:") + QString::fromStdString(w->colleague);
        QCOMPARE(keys, (QStringList{QStringLiteral("child"), guardian, me, omar,
                                    QStringLiteral("network")}));
        QCOMPARE(suggested, (QStringList{QStringLiteral("child"), guardian, me}));
        QCOMPARE(first->front().name, QStringLiteral("Vera"));

        auto second = bookings.choices(w->fx.actor(), w->seriesId, 1);
        suggested.clear();
        for (const auto &p : *second)
            if (p.suggested)
                suggested << p.key;
        QCOMPARE(suggested, (QStringList{QStringLiteral("child"), me}));

        QCOMPARE(bookings.choices(w->fx.actor(), w->seriesId, 3).error().code,
                 DomainErrc::OutOfRange);
    }

    void aFamilyWithoutGuardiansOffersGuardiansAsOne()
    {
        auto w = world(false);
        auto choices = BookingService(w->fx.store()).choices(w->fx.actor(), w->seriesId, 0);
        QVERIFY(std::any_of(choices->begin(), choices->end(), [](const BookingParticipant &p) {
            return p.key == QLatin1String("guardians") && p.suggested;
        }));
    }

    void bookRebookCancel()
    {
        auto w = world();
        BookingService bookings(w->fx.store());
        auto id = bookings.book(w->fx.actor(), booking(*w), w->now);
        QVERIFY2(id, id ? "" : toString(id.error().code));
        auto stored = bookings.booking(w->fx.actor(), *id);
        QCOMPARE(stored->date, w->today.addDays(2));
        QCOMPARE(stored->time, QTime(14, 30));
        QCOMPARE(stored->place, QStringLiteral("Skolan, kuratorns rum"));
        QCOMPARE(stored->participants.size(), 2);
        QCOMPARE(stored->staffId, w->fx.staffId());
        QCOMPARE(w->fx.auditCount(*id, "read"), std::size_t{1});

        Booking moved = *stored;
        moved.date = w->today.addDays(5);
        moved.time = QTime(9, 0);
        moved.place = QStringLiteral("Hemma");
        moved.step = 2; // the step stays the booking's
        QVERIFY(bookings.rebook(w->fx.actor(), moved, w->now));
        stored = bookings.booking(w->fx.actor(), *id);
        QCOMPARE(stored->date, w->today.addDays(5));
        QCOMPARE(stored->time, QTime(9, 0));
        QCOMPARE(stored->step, 0);

        QVERIFY(bookings.cancel(w->fx.actor(), *id));
        QVERIFY(bookings.bookings(w->seriesId)->empty());
        QCOMPARE(bookings.booking(w->fx.actor(), *id)->status, Booking::Status::Cancelled);
        QCOMPARE(bookings.cancel(w->fx.actor(), *id).error().code, DomainErrc::WrongState);
        QCOMPARE(bookings.rebook(w->fx.actor(), moved, w->now).error().code,
                 DomainErrc::WrongState);
        // Cancelled, the step can be booked again.
        QVERIFY(bookings.book(w->fx.actor(), booking(*w), w->now));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("yesterday") << 0 << int(DomainErrc::InvalidDate) << "date";
        QTest::newRow("earlier today") << 1 << int(DomainErrc::InvalidDate) << "time";
        QTest::newRow("no time") << 2 << int(DomainErrc::InvalidDate) << "time";
        QTest::newRow("no date") << 3 << int(DomainErrc::InvalidDate) << "date";
        QTest::newRow("no place") << 4 << int(DomainErrc::Empty) << "place";
        QTest::newRow("nobody") << 5 << int(DomainErrc::Empty) << "participants";
        QTest::newRow("someone not offered") << 6 << int(DomainErrc::OutOfRange) << "participants";
        QTest::newRow("a step past the model") << 7 << int(DomainErrc::OutOfRange) << "step";
        QTest::newRow("nine hours") << 8 << int(DomainErrc::OutOfRange) << "duration_min";
        QTest::newRow("the step is booked already") << 9 << int(DomainErrc::WrongState) << "step";
        QTest::newRow("closed series") << 10 << int(DomainErrc::WrongState) << "series_id";
    }
    void refusals()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto w = world();
        BookingService bookings(w->fx.store());
        Booking b = booking(*w);
        switch (which) {
        case 0:
            b.date = w->today.addDays(-1);
            break;
        case 1:
            b.date = w->today;
            b.time = QTime(11, 59);
            break;
        case 2:
            b.time = QTime();
            break;
        case 3:
            b.date = QDate();
            break;
        case 4:
            b.place = QStringLiteral("  ");
            break;
        case 5:
            b.participants.clear();
            break;
        case 6:
            b.participants << QStringLiteral("guardian:someone-else");
            break;
        case 7:
            b.step = 3;
            break;
        case 8:
            b.durationMin = 9 * 60;
            break;
        case 9:
            QVERIFY(bookings.book(w->fx.actor(), booking(*w), w->now));
            break;
        case 10:
            QVERIFY(ConversationService(w->fx.store())
                        .closeSeries(w->fx.actor(), w->seriesId,
                                     {ConversationSeries::Outcome::Moved, w->today, -1, {}, {}}));
            break;
        }
        const auto before = w->fx.outboxSize();
        auto r = bookings.book(w->fx.actor(), b, w->now);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(QString::fromStdString(r.error().field), field);
        QCOMPARE(w->fx.outboxSize(), before);
    }

    void laterTodayIsFine()
    {
        auto w = world();
        Booking b = booking(*w);
        b.date = w->today;
        b.time = QTime(12, 0);
        QVERIFY(BookingService(w->fx.store()).book(w->fx.actor(), b, w->now));
    }

    void todayShowsTheBookingInsteadOfTheDueStepUntilTheSeriesCloses()
    {
        auto w = world();
        AgendaService agenda(w->fx.store());
        const auto ofSeries = [&](AgendaItem::Kind kind) {
            auto items = agenda.agenda(w->fx.actor(), w->today);
            return std::count_if(items->begin(), items->end(), [&](const AgendaItem &i) {
                return i.kind == kind && i.targetId == w->seriesId;
            });
        };
        QCOMPARE(ofSeries(AgendaItem::Kind::Conversation), 1);
        QCOMPARE(ofSeries(AgendaItem::Kind::Booking), 0);

        QVERIFY(BookingService(w->fx.store()).book(w->fx.actor(), booking(*w), w->now));
        auto items = agenda.agenda(w->fx.actor(), w->today);
        QCOMPARE(items->front().kind, AgendaItem::Kind::Booking); // a time: first
        QCOMPARE(items->front().due, w->today.addDays(2));
        QCOMPARE(items->front().time, QTime(14, 30));
        QCOMPARE(items->front().place, QStringLiteral("Skolan, kuratorns rum"));
        QCOMPARE(items->front().who, QStringLiteral("Vera"));
        QCOMPARE(ofSeries(AgendaItem::Kind::Conversation), 0);

        QVERIFY(ConversationService(w->fx.store())
                    .closeSeries(w->fx.actor(), w->seriesId,
                                 {ConversationSeries::Outcome::None, w->today, -1, {}, {}}));
        QCOMPARE(ofSeries(AgendaItem::Kind::Booking), 0);
        QCOMPARE(ofSeries(AgendaItem::Kind::Conversation), 0);
    }
};

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"
