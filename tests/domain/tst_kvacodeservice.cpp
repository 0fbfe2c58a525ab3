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
        QCOMPARE(kva.importCsv(fx.actor(), QStringLiteral("DU055\n"), QStringLiteral("v1"))
                     .error()
                     .field,
                 std::string("line 1"));
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
        // DU056 is retired, never deleted: it stays in the list, no longer offered.
        QCOMPARE(v1.size(), std::size_t{2});
        QCOMPARE(v1.front().title, QStringLiteral("A2"));
        QVERIFY(v1.back().retired);
        QVERIFY(!kva.isKnown(QStringLiteral("DU056")));
        QVERIFY(kva.codesForKind(QStringLiteral("parent_and_child")).empty());
        // Another version sits beside it.
        QVERIFY(kva.importCsv(fx.actor(), QStringLiteral("DU056;B;parent_and_child"),
                              QStringLiteral("v2")));
        QCOMPARE(kva.codes().size(), std::size_t{3});
        QCOMPARE(kva.codes(QStringLiteral("v2")).size(), std::size_t{1});
        QVERIFY(kva.isKnown(QStringLiteral("DU056")));
    }

    static QString file(const char *name)
    {
        QFile f(QStringLiteral(LYKTA_SOURCE_DIR "/tests/data/kva/") + QString::fromLatin1(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    void previewShowsWhatTheImportWillDoWithoutWriting()
    {
        test::DomainFixture fx;
        KvaCodeService kva(fx.store());
        const QString version = QStringLiteral("2024");
        QVERIFY(kva.importCsv(fx.actor(), file("kva-2024.csv"), version).ok());
        QCOMPARE(kva.codesForKind(QStringLiteral("fbt")).size(), std::size_t{1});

        const auto before = fx.outboxSize();
        auto revised = kva.previewCsv(file("kva-2024-revised.csv"), version);
        QVERIFY(revised.ok());
        QCOMPARE(fx.outboxSize(), before); // a preview writes nothing
        QCOMPARE(revised->added.size(), std::size_t{1});
        QCOMPARE(revised->added.front().code, QStringLiteral("DU056"));
        QCOMPARE(revised->changed.size(), std::size_t{1});
        QCOMPARE(revised->changed.front().title,
                 QStringLiteral("Samtal med vuxen patient om det minderåriga barnets behov"));
        QCOMPARE(revised->changed.front().conversationKind, QStringLiteral("fbt")); // kept
        QCOMPARE(revised->retired.size(), std::size_t{0});
        QVERIFY(!kva.isKnown(QStringLiteral("DU056")));

        QCOMPARE(*kva.importCsv(fx.actor(), file("kva-2024-revised.csv"), version), std::size_t{2});
        QCOMPARE(kva.codesForKind(QStringLiteral("fbt")).front().title,
                 revised->changed.front().title);

        auto final = kva.previewCsv(file("kva-2024-final.csv"), version);
        QVERIFY(final.ok());
        QCOMPARE(final->added.size(), std::size_t{0});
        QCOMPARE(final->changed.size(), std::size_t{0});
        QCOMPARE(final->unchanged, std::size_t{1});
        QCOMPARE(final->retired.size(), std::size_t{1});
        QCOMPARE(final->retired.front().code, QStringLiteral("DU055"));
        QVERIFY(kva.importCsv(fx.actor(), file("kva-2024-final.csv"), version).ok());
        QVERIFY(!kva.isKnown(QStringLiteral("DU055")));
        QCOMPARE(kva.codes(version).size(), std::size_t{2}); // retired, not deleted

        // Importing the first file again brings DU055 back: a change, and DU056 retires.
        auto back = kva.previewCsv(file("kva-2024.csv"), version);
        QCOMPARE(back->changed.size(), std::size_t{1});
        QVERIFY(!back->changed.front().retired);
        QCOMPARE(back->retired.size(), std::size_t{1});
    }

    void aBadFileNamesItsLine()
    {
        test::DomainFixture fx;
        KvaCodeService kva(fx.store());
        auto r = kva.previewCsv(file("kva-bad.csv"), QStringLiteral("2024"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, DomainErrc::InvalidKvaCode);
        QCOMPARE(r.error().field, std::string("line 3"));
        QCOMPARE(
            kva.previewCsv(QStringLiteral("kod;titel\n"), QStringLiteral("2024")).error().field,
            std::string("csv"));
        QCOMPARE(kva.previewCsv(QStringLiteral("DU055;A;bra"), QStringLiteral(" ")).error().field,
                 std::string("list_version"));
    }

    void codesAreMappedToKindsAfterImport()
    {
        test::DomainFixture fx;
        KvaCodeService kva(fx.store());
        QVERIFY(kva.importCsv(fx.actor(), QStringLiteral("DU055;A\nDU056;B;bra"),
                              QStringLiteral("2024")));
        QVERIFY(kva.codesForKind(QStringLiteral("fbt")).empty());
        const auto du055 = kva.codes().front();
        QCOMPARE(du055.conversationKind, QString());
        QVERIFY(kva.setKind(fx.actor(), du055.id, QStringLiteral("fbt")).ok());
        QCOMPARE(kva.codesForKind(QStringLiteral("fbt")).front().code, QStringLiteral("DU055"));
        // Importing the list again without kinds keeps the mapping.
        QVERIFY(
            kva.importCsv(fx.actor(), QStringLiteral("DU055;A\nDU056;B"), QStringLiteral("2024")));
        QCOMPARE(kva.codesForKind(QStringLiteral("fbt")).size(), std::size_t{1});
        QCOMPARE(kva.codesForKind(QStringLiteral("bra")).size(), std::size_t{1});
        QVERIFY(kva.setKind(fx.actor(), du055.id, {}).ok());
        QVERIFY(kva.codesForKind(QStringLiteral("fbt")).empty());
        QCOMPARE(kva.setKind(fx.actor(), "no-such-id", QStringLiteral("bra")).error().code,
                 DomainErrc::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKvaCodeService)
#include "tst_kvacodeservice.moc"
