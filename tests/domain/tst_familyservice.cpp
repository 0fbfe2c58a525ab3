#include "domaintestutil.h"
#include "familyservice.h"

#include <QtTest>

#include <map>

using namespace lykta;
using namespace lykta::domain;

class TestFamilyService : public QObject
{
    Q_OBJECT

    static Child childBorn(const std::string &familyId, const QDate &birth)
    {
        Child c;
        c.familyId = familyId;
        c.firstName = QStringLiteral("Kim");
        c.birthDate = birth;
        return c;
    }

private slots:
    void familyRoundTripsAndOpeningIsAudited()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        Family f{{},
                 {},
                 QStringLiteral("Familjen Prov"),
                 QStringLiteral("addiction"),
                 QDate::currentDate().addDays(-3),
                 fx.staffId()};
        auto id = families.createFamily(fx.actor(), f);
        QVERIFY(id.ok());
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{0});
        auto read = families.family(fx.actor(), *id);
        QVERIFY(read.ok());
        QCOMPARE(read->name, QStringLiteral("Familjen Prov"));
        QCOMPARE(read->problemType, QStringLiteral("addiction"));
        QCOMPARE(read->firstContact, QDate::currentDate().addDays(-3));
        QCOMPARE(read->unitId, fx.unitId());
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{1});
    }

    void emptyNameIsRefused()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        const auto before = fx.outboxSize();
        auto id = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("   "), {}, {}, {}});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, DomainErrc::Empty);
        QCOMPARE(id.error().field, std::string("name"));
        QCOMPARE(fx.outboxSize(), before);
    }

    void childAged45IsRefused()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        const auto before = fx.outboxSize();
        auto id =
            families.addChild(fx.actor(), childBorn(*fam, QDate::currentDate().addYears(-45)));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, DomainErrc::AgeOutOfRange);
        QCOMPARE(id.error().field, std::string("birth_date"));
        QCOMPARE(fx.outboxSize(), before);
        auto kids = families.children(fx.actor(), *fam);
        QVERIFY(kids.ok());
        QVERIFY(kids->empty());
    }

    void ageBoundaries()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        const QDate today = QDate::currentDate();
        // 18 years and 364 days: still 18. The day of the 19th birthday: too old.
        QVERIFY(families.addChild(fx.actor(), childBorn(*fam, today.addYears(-19).addDays(1))));
        QVERIFY(!families.addChild(fx.actor(), childBorn(*fam, today.addYears(-19))));
        QVERIFY(families.addChild(fx.actor(), childBorn(*fam, today)));
        auto future = families.addChild(fx.actor(), childBorn(*fam, today.addDays(1)));
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code, DomainErrc::InvalidDate);
        auto noName = childBorn(*fam, today.addYears(-5));
        noName.firstName.clear();
        QCOMPARE(families.addChild(fx.actor(), noName).error().code, DomainErrc::Empty);
    }

    void childNeedsAnExistingFamily()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto id = families.addChild(fx.actor(), childBorn("no-such-family", QDate(2015, 1, 1)));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, DomainErrc::NotFound);
        QCOMPARE(id.error().field, std::string("family_id"));
    }

    void childReadIsAuditedAndHasNoPersonnummer()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        auto id = families.addChild(fx.actor(), childBorn(*fam, QDate(2015, 3, 4)));
        QVERIFY(id.ok());
        auto c = families.child(fx.actor(), *id);
        QVERIFY(c.ok());
        QCOMPARE(c->birthDate, QDate(2015, 3, 4));
        QCOMPARE(c->familyId, *fam);
        QVERIFY(c->personnummer.isEmpty());
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{1});
    }

    void guardiansAndChildrenAreListedPerFamily()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto a = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("A"), {}, {}, {}});
        auto b = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("B"), {}, {}, {}});
        QVERIFY(families.addChild(fx.actor(), childBorn(*a, QDate(2014, 1, 1))));
        QVERIFY(families.addChild(fx.actor(), childBorn(*b, QDate(2013, 1, 1))));
        Guardian g;
        g.familyId = *a;
        g.name = QStringLiteral("Förälder A");
        g.relation = QStringLiteral("mother");
        QVERIFY(families.addGuardian(fx.actor(), g));
        g.name.clear();
        QCOMPARE(families.addGuardian(fx.actor(), g).error().code, DomainErrc::Empty);
        QCOMPARE(families.children(fx.actor(), *a)->size(), std::size_t{1});
        QCOMPARE(families.guardians(fx.actor(), *a)->size(), std::size_t{1});
        QCOMPARE(families.guardians(fx.actor(), *b)->size(), std::size_t{0});
    }

    void removedFamilyIsTombstonedNotErased()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto id = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        QVERIFY(families.removeFamily(fx.actor(), *id));
        QCOMPARE(families.family(fx.actor(), *id).error().code, DomainErrc::NotFound);
        auto raw = fx.store().get("family", *id);
        QVERIFY(raw.ok() && raw->has_value());
        QVERIFY((*raw)->deleted());
        QCOMPARE((*raw)->text("name"), std::string("F"));
    }

    static Guardian guardianOf(const std::string &familyId)
    {
        Guardian g;
        g.familyId = familyId;
        g.name = QStringLiteral("Sam Prov");
        g.relation = QStringLiteral("father");
        return g;
    }

    void guardianRoundTripsAndReadingIsAudited()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Guardian g = guardianOf(*fam);
        g.custody = true;
        g.phone = QStringLiteral("+46 70-123 45 67");
        g.email = QStringLiteral("sam@example.se");
        g.address = QStringLiteral("Storgatan 12 B, 123 45 Exempelstad");
        g.language = QStringLiteral("arabiska");
        g.interpreter = true;
        auto id = families.addGuardian(fx.actor(), g);
        QVERIFY(id.ok());
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{0});
        auto read = families.guardian(fx.actor(), *id);
        QVERIFY(read.ok());
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{1});
        QCOMPARE(read->name, g.name);
        QCOMPARE(read->relation, QStringLiteral("father"));
        QVERIFY(read->custody);
        QCOMPARE(read->phone, g.phone);
        QCOMPARE(read->email, g.email);
        QCOMPARE(read->address, g.address);
        QCOMPARE(read->language, g.language);
        QVERIFY(read->interpreter);
        QVERIFY(!read->isFormer());
        QCOMPARE(read->unitId, fx.unitId());

        // Editing changes what staff edit; it is the same guardian, not a second one.
        Guardian edited = *read;
        edited.custody = false;
        edited.interpreter = false;
        edited.phone.clear();
        edited.relation = QStringLiteral("step_parent");
        QVERIFY(families.updateGuardian(fx.actor(), edited));
        auto again = families.guardian(fx.actor(), *id);
        QVERIFY(!again->custody);
        QVERIFY(!again->interpreter);
        QVERIFY(again->phone.isEmpty());
        QCOMPARE(again->relation, QStringLiteral("step_parent"));
        QCOMPARE(families.guardians(fx.actor(), *fam)->size(), std::size_t{1});
    }

    void guardianRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");
        const int empty = int(DomainErrc::Empty), range = int(DomainErrc::OutOfRange),
                  format = int(DomainErrc::InvalidFormat),
                  pnr = int(DomainErrc::PersonnummerInText);
        QTest::newRow("no name") << "name"
                                 << "  " << empty << "name";
        QTest::newRow("no relation") << "relation"
                                     << "" << range << "relation";
        QTest::newRow("unknown relation") << "relation"
                                          << "uncle" << range << "relation";
        QTest::newRow("phone with letters") << "phone"
                                            << "ring mig" << format << "phone";
        QTest::newRow("phone too short") << "phone"
                                         << "12 34" << format << "phone";
        QTest::newRow("phone too long") << "phone"
                                        << "0701234567890123" << format << "phone";
        QTest::newRow("e-mail without @") << "email"
                                          << "sam.example.se" << format << "email";
        QTest::newRow("e-mail without domain") << "email"
                                               << "sam@example" << format << "email";
        QTest::newRow("personnummer in name") << "name"
                                              << "Sam 19800101-1234" << pnr << "name";
        QTest::newRow("personnummer in address") << "address"
                                                 << "800101-1234" << pnr << "address";
        QTest::newRow("personnummer in language") << "language"
                                                  << "198001011234" << pnr << "language";
        QTest::newRow("personnummer in e-mail") << "email"
                                                << "198001011234@example.se" << pnr << "email";
    }

    void guardianRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, code);
        QFETCH(QString, named);
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        auto kept = families.addGuardian(fx.actor(), guardianOf(*fam));
        QVERIFY(kept.ok());
        Guardian g = guardianOf(*fam);
        const std::map<QString, QString *> fields{
            {"name", &g.name},   {"relation", &g.relation}, {"phone", &g.phone},
            {"email", &g.email}, {"address", &g.address},   {"language", &g.language}};
        *fields.at(field) = value;
        const auto before = fx.outboxSize();
        auto added = families.addGuardian(fx.actor(), g);
        QVERIFY(!added.ok());
        QCOMPARE(int(added.error().code), code);
        QCOMPARE(added.error().field, named.toStdString());
        // The same refusal when editing; the stored guardian keeps what it had.
        g.id = *kept;
        auto updated = families.updateGuardian(fx.actor(), g);
        QVERIFY(!updated.ok());
        QCOMPARE(int(updated.error().code), code);
        QCOMPARE(fx.outboxSize(), before);
        QCOMPARE(families.guardian(fx.actor(), *kept)->name, QStringLiteral("Sam Prov"));
        QCOMPARE(families.guardians(fx.actor(), *fam)->size(), std::size_t{1});
    }

    void guardianOfAMissingFamilyOrMissingGuardianIsRefused()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto added = families.addGuardian(fx.actor(), guardianOf("no-such-family"));
        QCOMPARE(added.error().code, DomainErrc::NotFound);
        Guardian g = guardianOf("no-such-family");
        g.id = "no-such-guardian";
        QCOMPARE(families.updateGuardian(fx.actor(), g).error().code, DomainErrc::NotFound);
        QCOMPARE(families.markGuardianLeft(fx.actor(), g.id, QDate::currentDate()).error().code,
                 DomainErrc::NotFound);
        QCOMPARE(families.guardian(fx.actor(), g.id).error().code, DomainErrc::NotFound);
    }

    void editingNeverTouchesThePersonnummerOrTheFamily()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto a = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("A"), {}, {}, {}});
        auto b = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("B"), {}, {}, {}});
        auto id = families.addGuardian(fx.actor(), guardianOf(*a));
        Guardian g = *families.guardian(fx.actor(), *id);
        g.familyId = *b;
        g.personnummer = QStringLiteral("19800101-1234");
        QVERIFY(families.updateGuardian(fx.actor(), g));
        auto raw = **fx.store().get("guardian", *id);
        QVERIFY(raw.isNull("personnummer"));
        QCOMPARE(raw.text("family_id"), *a);
    }

    void formerGuardianIsKeptAndListed()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        auto id = families.addGuardian(fx.actor(), guardianOf(*fam));
        const QDate today = QDate::currentDate();

        auto future = families.markGuardianLeft(fx.actor(), *id, today.addDays(1));
        QCOMPARE(future.error().code, DomainErrc::InvalidDate);
        QCOMPARE(future.error().field, std::string("left_on"));
        QCOMPARE(families.markGuardianLeft(fx.actor(), *id, QDate()).error().code,
                 DomainErrc::InvalidDate);
        QVERIFY(!families.guardian(fx.actor(), *id)->isFormer());

        QVERIFY(families.markGuardianLeft(fx.actor(), *id, today.addDays(-10)));
        auto again = families.markGuardianLeft(fx.actor(), *id, today);
        QCOMPARE(again.error().code, DomainErrc::WrongState);
        QCOMPARE(again.error().field, std::string("left_on"));

        auto listed = families.guardians(fx.actor(), *fam);
        QCOMPARE(listed->size(), std::size_t{1});
        QCOMPARE(listed->front().leftOn, today.addDays(-10));
        QVERIFY(listed->front().isFormer());
        auto raw = **fx.store().get("guardian", *id);
        QVERIFY(!raw.deleted());
        // A former guardian's details can still be corrected; leaving stays.
        Guardian g = listed->front();
        g.phone = QStringLiteral("08-123 456");
        QVERIFY(families.updateGuardian(fx.actor(), g));
        QCOMPARE(families.guardian(fx.actor(), *id)->leftOn, today.addDays(-10));
    }

    void closingAFamily()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        const QDate today = QDate::currentDate();
        auto id = families.createFamily(
            fx.actor(), {{}, {}, QStringLiteral("F"), {}, today.addDays(-30), fx.staffId()});
        QVERIFY(!families.family(fx.actor(), *id)->isClosed());
        QVERIFY(families.closeFamily(fx.actor(), *id, today.addDays(-2),
                                     QStringLiteral("completed"), QStringLiteral("  Klart.  ")));
        auto closed = families.family(fx.actor(), *id);
        QVERIFY(closed->isClosed());
        QCOMPARE(closed->closedOn, today.addDays(-2));
        QCOMPARE(closed->closedReason, QStringLiteral("completed"));
        QCOMPARE(closed->closedNote, QStringLiteral("Klart."));
        // Still listed for the unit (the app decides what to show), never deleted.
        QCOMPARE(families.families(fx.unitId())->size(), std::size_t{1});
        // Editing the family's other fields keeps it closed.
        Family edited = *closed;
        edited.name = QStringLiteral("F2");
        QVERIFY(families.updateFamily(fx.actor(), edited));
        QVERIFY(families.family(fx.actor(), *id)->isClosed());

        auto twice = families.closeFamily(fx.actor(), *id, today, QStringLiteral("moved"), {});
        QCOMPARE(twice.error().code, DomainErrc::WrongState);
        QCOMPARE(twice.error().field, std::string("closed_on"));

        QVERIFY(families.reopenFamily(fx.actor(), *id));
        auto open = families.family(fx.actor(), *id);
        QVERIFY(!open->isClosed());
        QVERIFY(open->closedReason.isEmpty());
        QVERIFY(open->closedNote.isEmpty());
        auto reopenTwice = families.reopenFamily(fx.actor(), *id);
        QCOMPARE(reopenTwice.error().code, DomainErrc::WrongState);
        QCOMPARE(reopenTwice.error().field, std::string("closed"));
        // Closed on the day of first contact is fine.
        QVERIFY(families.closeFamily(fx.actor(), *id, today.addDays(-30),
                                     QStringLiteral("declined"), {}));
    }

    void closingRefusals_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");
        const int date = int(DomainErrc::InvalidDate);
        QTest::newRow("in the future") << 1 << "completed"
                                       << "" << date << "closed_on";
        QTest::newRow("before first contact") << -31 << "completed"
                                              << "" << date << "closed_on";
        QTest::newRow("no reason") << 0 << ""
                                   << "" << int(DomainErrc::Empty) << "closed_reason";
        QTest::newRow("unknown reason") << 0 << "bored"
                                        << "" << int(DomainErrc::OutOfRange) << "closed_reason";
        QTest::newRow("other without saying what")
            << 0 << "other"
            << "  " << int(DomainErrc::Empty) << "closed_note";
        QTest::newRow("personnummer in the note")
            << 0 << "other"
            << "pappa 19800101-1234" << int(DomainErrc::PersonnummerInText) << "closed_note";
    }

    void closingRefusals()
    {
        QFETCH(int, daysFromToday);
        QFETCH(QString, reason);
        QFETCH(QString, note);
        QFETCH(int, code);
        QFETCH(QString, named);
        test::DomainFixture fx;
        FamilyService families(fx.store());
        const QDate today = QDate::currentDate();
        auto id = families.createFamily(
            fx.actor(), {{}, {}, QStringLiteral("F"), {}, today.addDays(-30), fx.staffId()});
        const auto before = fx.outboxSize();
        auto r = families.closeFamily(fx.actor(), *id, today.addDays(daysFromToday), reason, note);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(r.error().field, named.toStdString());
        QCOMPARE(fx.outboxSize(), before);
        QVERIFY(!families.family(fx.actor(), *id)->isClosed());
    }

    void closingNeedsALiveFamilyAndAValidDate()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        QCOMPARE(families
                     .closeFamily(fx.actor(), "none", QDate::currentDate(),
                                  QStringLiteral("completed"), {})
                     .error()
                     .code,
                 DomainErrc::NotFound);
        QCOMPARE(families.reopenFamily(fx.actor(), "none").error().code, DomainErrc::NotFound);
        auto id = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        QCOMPARE(families.closeFamily(fx.actor(), *id, QDate(), QStringLiteral("completed"), {})
                     .error()
                     .code,
                 DomainErrc::InvalidDate);
        // Without a first contact, any day up to today will do.
        QVERIFY(families.closeFamily(fx.actor(), *id, QDate(2020, 1, 1),
                                     QStringLiteral("no_contact"), {}));
    }
};

QTEST_GUILESS_MAIN(TestFamilyService)
#include "tst_familyservice.moc"
