#include "domaintestutil.h"
#include "unitservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestUnitService : public QObject
{
    Q_OBJECT

private slots:
    void unitIsItsOwnScope()
    {
        test::DomainFixture fx;
        UnitService units(fx.store());
        auto u = units.unit(fx.unitId());
        QVERIFY(u.ok());
        QCOMPARE(u->name, QStringLiteral("Testenheten"));
        QVERIFY(u->usesKva);
        QCOMPARE((*fx.store().get("unit", fx.unitId()))->text("unit_id"), fx.unitId());
    }

    void emptyNamesAreRefused()
    {
        test::DomainFixture fx;
        UnitService units(fx.store());
        const auto before = fx.outboxSize();
        QCOMPARE(units.createUnit(fx.actor(), {{}, QStringLiteral(" "), {}, false}).error().code,
                 DomainErrc::Empty);
        QCOMPARE(units.createStaff(fx.actor(), {{}, {}, {}, QStringLiteral("Kurator"), {}})
                     .error()
                     .field,
                 std::string("name"));
        QCOMPARE(fx.outboxSize(), before);
    }

    void staffBelongToAnExistingUnit()
    {
        test::DomainFixture fx;
        UnitService units(fx.store());
        auto bad = units.createStaff(fx.actor(), {{}, "no-unit", QStringLiteral("A"), {}, {}});
        QCOMPARE(bad.error().code, DomainErrc::NotFound);
        auto id = units.createStaff(fx.actor(), {{},
                                                 {},
                                                 QStringLiteral("Bo Chef"),
                                                 QStringLiteral("Enhetschef"),
                                                 Staff::Role::Manager});
        QVERIFY(id.ok());
        auto s = units.staff(*id);
        QCOMPARE(s->role, Staff::Role::Manager);
        QCOMPARE(s->unitId, fx.unitId());
        QCOMPARE(units.staffOf(fx.unitId()).size(), std::size_t{2});
        QVERIFY(units.correctStaff(fx.actor(), *id, s->name, QStringLiteral("Samordnare")).ok());
        QCOMPARE(units.staff(*id)->title, QStringLiteral("Samordnare"));
    }

    // A correction changes the name and the title; the role stays as it was.
    void aCorrectionWritesNameAndTitleOnly()
    {
        test::DomainFixture fx;
        UnitService units(fx.store());
        auto id =
            units.createStaff(fx.actor(), {{}, {}, QStringLiteral("Bo"), {}, Staff::Role::Manager});
        QVERIFY(id.ok());
        QVERIFY(units.correctStaff(fx.actor(), *id, QStringLiteral(" Bo Berg "),
                                   QStringLiteral("Kurator")));
        const auto s = units.staff(*id);
        QCOMPARE(s->name, QStringLiteral("Bo Berg"));
        QCOMPARE(s->title, QStringLiteral("Kurator"));
        QCOMPARE(s->role, Staff::Role::Manager);

        QCOMPARE(units.correctStaff(fx.actor(), *id, QStringLiteral("  "), {}).error().field,
                 std::string("name"));
        QCOMPARE(units.correctStaff(fx.actor(), "no-such-id", QStringLiteral("X"), {}).error().code,
                 DomainErrc::NotFound);
        QCOMPARE(units.staff(*id)->name, QStringLiteral("Bo Berg"));
    }
};

QTEST_GUILESS_MAIN(TestUnitService)
#include "tst_unitservice.moc"
