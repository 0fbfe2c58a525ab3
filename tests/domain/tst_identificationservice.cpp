#include "domaintestutil.h"
#include "familyservice.h"
#include "identificationservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestIdentificationService : public QObject
{
    Q_OBJECT

    struct World
    {
        test::DomainFixture fx;
        std::string familyId;
        std::string childId;
        std::string guardianId;
    };

    static std::unique_ptr<World> world(const QDate &birth = QDate(2012, 12, 12))
    {
        auto w = std::make_unique<World>();
        FamilyService families(w->fx.store());
        w->familyId = *families.createFamily(w->fx.actor(),
                                             {{}, {}, QStringLiteral("Familjen T"), {}, {}, {}});
        Child c;
        c.familyId = w->familyId;
        c.firstName = QStringLiteral("Tess");
        c.birthDate = birth;
        w->childId = *families.addChild(w->fx.actor(), c);
        Guardian g;
        g.familyId = w->familyId;
        g.name = QStringLiteral("Tor T");
        g.relation = QStringLiteral("father");
        w->guardianId = *families.addGuardian(w->fx.actor(), g);
        return w;
    }

    static store::Record child(World &w) { return **w.fx.store().get("child", w.childId); }

private slots:
    void nothingIsStoredBeforeConfirmation()
    {
        auto w = world();
        IdentificationService ids(w->fx.store());
        const auto before = w->fx.outboxSize();
        auto pending =
            ids.prepareIdentification(w->fx.actor(), PendingIdentification::Subject::Child,
                                      w->childId, QStringLiteral("121212-1212"));
        QVERIFY(pending.ok());
        QCOMPARE(pending->normalized, QStringLiteral("20121212-1212"));
        QCOMPARE(pending->birthDate, QDate(2012, 12, 12));
        QVERIFY(child(*w).isNull("personnummer"));
        QCOMPARE(w->fx.outboxSize(), before);
    }

    void confirmationWritesNumberWithWhoAndWhen()
    {
        auto w = world();
        IdentificationService ids(w->fx.store());
        auto pending =
            ids.prepareIdentification(w->fx.actor(), PendingIdentification::Subject::Child,
                                      w->childId, QStringLiteral("201212121212"));
        QVERIFY(pending.ok());
        const std::string confirmer = w->fx.addStaff("Kollega");
        const store::Actor other{confirmer, w->fx.unitId()};
        QVERIFY(ids.confirmIdentification(pending->token, other).ok());
        const auto r = child(*w);
        QCOMPARE(r.text("personnummer"), std::string("20121212-1212"));
        QCOMPARE(r.text("personnummer_confirmed_by"), confirmer);
        const QDateTime at = QDateTime::fromString(
            QString::fromStdString(r.text("personnummer_confirmed_at")), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void tokenIsSingleUse()
    {
        auto w = world();
        IdentificationService ids(w->fx.store());
        auto pending =
            ids.prepareIdentification(w->fx.actor(), PendingIdentification::Subject::Guardian,
                                      w->guardianId, QStringLiteral("19121212-1212"));
        QVERIFY(pending.ok());
        QVERIFY(ids.confirmIdentification(pending->token, w->fx.actor()).ok());
        const auto after = w->fx.outboxSize();
        auto again = ids.confirmIdentification(pending->token, w->fx.actor());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, DomainErrc::InvalidToken);
        QCOMPARE(w->fx.outboxSize(), after);
        QVERIFY(!ids.confirmIdentification("made-up-token", w->fx.actor()).ok());
    }

    void invalidChecksumIsRefusedAtPreparation()
    {
        auto w = world(QDate(1912, 12, 12).addYears(100));
        IdentificationService ids(w->fx.store());
        auto pending =
            ids.prepareIdentification(w->fx.actor(), PendingIdentification::Subject::Guardian,
                                      w->guardianId, QStringLiteral("19121212-1213"));
        QVERIFY(!pending.ok());
        QCOMPARE(pending.error().code, DomainErrc::InvalidPersonnummer);
        QCOMPARE(ids.pendingCount(), std::size_t{0});
    }

    void numberContradictingRecordedBirthDateIsRefused()
    {
        // A typo in the date part: the number is valid but not this child's.
        auto w = world(QDate(2012, 12, 13));
        IdentificationService ids(w->fx.store());
        auto pending =
            ids.prepareIdentification(w->fx.actor(), PendingIdentification::Subject::Child,
                                      w->childId, QStringLiteral("20121212-1212"));
        QVERIFY(!pending.ok());
        QCOMPARE(pending.error().code, DomainErrc::BirthDateMismatch);
        QVERIFY(child(*w).isNull("personnummer"));
    }

    void cancelledIdentificationCannotBeConfirmed()
    {
        auto w = world();
        IdentificationService ids(w->fx.store());
        auto pending =
            ids.prepareIdentification(w->fx.actor(), PendingIdentification::Subject::Child,
                                      w->childId, QStringLiteral("20121212-1212"));
        QVERIFY(pending.ok());
        ids.cancel(pending->token);
        QVERIFY(!ids.confirmIdentification(pending->token, w->fx.actor()).ok());
        QVERIFY(child(*w).isNull("personnummer"));
    }
};

QTEST_GUILESS_MAIN(TestIdentificationService)
#include "tst_identificationservice.moc"
