#include "domaintestutil.h"
#include "kvacodeservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

// Only codes named in the design (DU055, DU056) are used: Lykta never invents a code.
class TestKvaCodeService : public QObject
{
    Q_OBJECT

private slots:
    void importAndMapToKinds()
    {
        test::DomainFixture fx;
        KvaCodeService kva(fx.store());
        QVERIFY(kva.codes().empty()); // nothing ships
        const QString csv = QStringLiteral(
            "code;title;kind\n"
            "DU055;Samtal med vuxen patient om barnets behov;parent\r\n"
            "\"DU056\";\"Samtal med vuxen patient och barnet\";\"parent_and_child\"\n");
        auto n = kva.importCsv(fx.actor(), csv, QStringLiteral("2024"));
        QVERIFY(n.ok());
        QCOMPARE(*n, std::size_t{2});
        QVERIFY(kva.isKnown(QStringLiteral("DU055")));
        QVERIFY(kva.isKnown(QStringLiteral("du056")));
        auto parent = kva.codesForKind(QStringLiteral("parent"));
        QCOMPARE(parent.size(), std::size_t{1});
        QCOMPARE(parent.front().code, QStringLiteral("DU055"));
        QCOMPARE(parent.front().listVersion, QStringLiteral("2024"));
        QCOMPARE(kva.codesForKind(QStringLiteral("parent_and_child")).front().code,
                 QStringLiteral("DU056"));
    }

    void badLineRefusesTheWholeFile()
    {
        test::DomainFixture fx;
        KvaCodeService kva(fx.store());
        const auto before = fx.outboxSize();
        auto r = kva.importCsv(fx.actor(), QStringLiteral("DU055,A,parent\nnot-a-code,B,parent\n"),
                               QStringLiteral("v1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, DomainErrc::InvalidKvaCode);
        QCOMPARE(r.error().field, std::string("line 2"));
        QCOMPARE(fx.outboxSize(), before);
        QVERIFY(!kva.isKnown(QStringLiteral("DU055")));
        QCOMPARE(kva.importCsv(fx.actor(), QStringLiteral("DU055,A\n"), QStringLiteral("v1"))
                     .error()
                     .code,
                 DomainErrc::Empty);
        QCOMPARE(kva.importCsv(fx.actor(), QStringLiteral("DU055,A,parent"), {}).error().field,
                 std::string("list_version"));
    }

    void reimportingAVersionReplacesIt()
    {
        test::DomainFixture fx;
        KvaCodeService kva(fx.store());
        QVERIFY(kva.importCsv(fx.actor(),
                              QStringLiteral("DU055;A;parent\nDU056;B;parent_and_child"),
                              QStringLiteral("v1")));
        QVERIFY(kva.importCsv(fx.actor(), QStringLiteral("DU055;A2;parent"), QStringLiteral("v1")));
        auto v1 = kva.codes(QStringLiteral("v1"));
        QCOMPARE(v1.size(), std::size_t{1});
        QCOMPARE(v1.front().title, QStringLiteral("A2"));
        QVERIFY(!kva.isKnown(QStringLiteral("DU056")));
        // Another version sits beside it.
        QVERIFY(kva.importCsv(fx.actor(), QStringLiteral("DU056;B;parent_and_child"),
                              QStringLiteral("v2")));
        QCOMPARE(kva.codes().size(), std::size_t{2});
        QCOMPARE(kva.codes(QStringLiteral("v1")).size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestKvaCodeService)
#include "tst_kvacodeservice.moc"
