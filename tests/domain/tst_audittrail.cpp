#include "audittrail.h"
#include "domaintestutil.h"
#include "familyservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void showsWhoCreatedReadAndExported()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto id = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        const std::string reader = fx.addStaff("Läsare");
        QVERIFY(families.family({reader, fx.unitId()}, *id).ok());

        AuditTrail trail(fx.store());
        auto all = trail.entriesFor(*id);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t{2});
        QCOMPARE(all->at(0).action, std::string("create"));
        QCOMPARE(all->at(0).actor, fx.staffId());
        QCOMPARE(all->at(1).action, std::string("read"));
        QCOMPARE(all->at(1).actor, reader);
        QCOMPARE(all->at(1).unitId, fx.unitId());

        auto exported = trail.exportFor(fx.actor(), "family", *id);
        QCOMPARE(exported->size(), std::size_t{2});
        QCOMPARE(trail.entriesFor(*id, store::AuditAction::Export)->size(), std::size_t{1});
        QCOMPARE(trail.entriesFor(*id, store::AuditAction::Read)->size(), std::size_t{1});
        QCOMPARE(trail.entriesFor({}).error().code, DomainErrc::Empty);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
