#include "domaintestutil.h"
#include "familyservice.h"

#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestFamilyService)
#include "tst_familyservice.moc"
