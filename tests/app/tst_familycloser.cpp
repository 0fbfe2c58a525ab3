// Closing a family's case from its page and reopening it, on a real store: the refusals shown
// at their field with nothing written; a closed family leaves the default family list, shows
// (marked closed) with "Visa avslutade", and a search by name still finds it.

#include "domaintestutil.h"
#include "familycloser.h"
#include "familyeditor.h"
#include "familylistmodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestFamilyCloser : public QObject
{
    Q_OBJECT

    QString makeFamily(const char *name, const QDate &firstContact)
    {
        FamilyEditor family;
        family.setWorkspace(m_workspace.get());
        family.setProperty("name", name);
        family.setProperty("firstContact", firstContact.toString(Qt::ISODate));
        return family.save() ? family.familyId() : QString();
    }

    static QStringList names(const FamilyListModel &list)
    {
        QStringList out;
        for (int i = 0; i < list.rowCount(); ++i)
            out << list.index(i).data(FamilyListModel::NameRole).toString();
        return out;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
    }

    void closedFamilyLeavesTheListAndIsStillFound()
    {
        const QDate today = QDate::currentDate();
        const QString lind = makeFamily("Familjen Lind", today.addDays(-60));
        QVERIFY(!makeFamily("Familjen Berg", today.addDays(-10)).isEmpty());
        FamilyListModel list;
        list.setWorkspace(m_workspace.get());
        QCOMPARE(names(list), QStringList({"Familjen Berg", "Familjen Lind"}));

        FamilyCloser closer;
        closer.setWorkspace(m_workspace.get());
        closer.setFamilyId(lind);
        QVERIFY(!closer.closed());
        QCOMPARE(closer.property("closedOn").toString(), today.toString(Qt::ISODate));
        closer.setProperty("closedOn", today.addDays(-1).toString(Qt::ISODate));
        closer.setProperty("reason", "moved");
        QVERIFY2(closer.close(), qPrintable(closer.errorText()));
        QVERIFY(closer.closed());
        QCOMPARE(closer.summary(), QString("Ärendet avslutat %1: Familjen har flyttat")
                                       .arg(today.addDays(-1).toString(Qt::ISODate)));

        // Hidden from the default list …
        QCOMPARE(names(list), QStringList({"Familjen Berg"}));
        // … shown, marked closed, with the toggle …
        list.setShowClosed(true);
        QCOMPARE(names(list), QStringList({"Familjen Berg", "Familjen Lind"}));
        QCOMPARE(list.index(1).data(FamilyListModel::ClosedOnRole).toString(),
                 today.addDays(-1).toString(Qt::ISODate));
        QVERIFY(list.index(0).data(FamilyListModel::ClosedOnRole).toString().isEmpty());
        // … and found by a search for its name without it.
        list.setShowClosed(false);
        list.setFilter("lind");
        QCOMPARE(names(list), QStringList({"Familjen Lind"}));
        QVERIFY(!list.index(0).data(FamilyListModel::ClosedOnRole).toString().isEmpty());
        list.setFilter({});

        // Reopened: back in the default list, the closing gone from the page.
        QVERIFY(closer.reopen());
        QVERIFY(!closer.closed());
        QVERIFY(closer.summary().isEmpty());
        QCOMPARE(names(list), QStringList({"Familjen Berg", "Familjen Lind"}));
        QVERIFY(!closer.reopen());
        QCOMPARE(closer.errorText(), QString("Ärendet är inte avslutat."));
    }

    void refusalsAreShownInPlaceAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("closedOn");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QDate today = QDate::currentDate();
        const QString dateWords = "Välj ett datum från första kontakten till och med i dag.";
        QTest::newRow("tomorrow") << today.addDays(1).toString(Qt::ISODate) << "completed"
                                  << ""
                                  << "closed_on" << dateWords;
        QTest::newRow("before first contact")
            << today.addDays(-31).toString(Qt::ISODate) << "completed"
            << ""
            << "closed_on" << dateWords;
        QTest::newRow("not a date") << "förra veckan"
                                    << "completed"
                                    << ""
                                    << "closed_on" << dateWords;
        QTest::newRow("no reason") << today.toString(Qt::ISODate) << ""
                                   << ""
                                   << "closed_reason"
                                   << "Fältet får inte vara tomt.";
        QTest::newRow("other, unexplained") << today.toString(Qt::ISODate) << "other"
                                            << " "
                                            << "closed_note"
                                            << "Skriv vilket skäl det är.";
        QTest::newRow("personnummer in the note")
            << today.toString(Qt::ISODate) << "other"
            << "mamma 800101-1234"
            << "closed_note"
            << "Det ser ut som ett personnummer. Personnummer registreras bara genom "
               "identifieringen, inte i fritext.";
    }

    void refusalsAreShownInPlaceAndNothingIsWritten()
    {
        QFETCH(QString, closedOn);
        QFETCH(QString, reason);
        QFETCH(QString, note);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString id = makeFamily("Familjen Lind", QDate::currentDate().addDays(-30));
        FamilyListModel list;
        list.setWorkspace(m_workspace.get());
        FamilyCloser closer;
        closer.setWorkspace(m_workspace.get());
        closer.setFamilyId(id);
        closer.setProperty("closedOn", closedOn);
        closer.setProperty("reason", reason);
        closer.setProperty("note", note);
        const auto before = m_fixture->outboxSize();
        QVERIFY(!closer.close());
        QCOMPARE(closer.fieldErrors().value(field).toString(), message);
        QVERIFY(!closer.closed());
        QCOMPARE(m_fixture->outboxSize(), before);
        QCOMPARE(list.rowCount(), 1);
        // What was typed stays to be corrected.
        QCOMPARE(closer.property("closedOn").toString(), closedOn);
        QCOMPARE(closer.property("note").toString(), note);
    }

    void closingTwiceIsRefused()
    {
        const QString id = makeFamily("Familjen Lind", QDate::currentDate().addDays(-30));
        FamilyCloser first, second;
        for (FamilyCloser *c : {&first, &second}) {
            c->setWorkspace(m_workspace.get());
            c->setFamilyId(id);
            c->setProperty("reason", "declined");
        }
        QVERIFY(first.close());
        // A second form opened before the first closed it.
        QVERIFY(!second.close());
        QCOMPARE(second.errorText(), QString("Ärendet är redan avslutat."));
    }

    void reasonsHaveKeysAndWords()
    {
        const auto reasons = FamilyCloser::reasons();
        QVERIFY(reasons.size() >= 5);
        for (const auto &r : reasons) {
            QVERIFY(!r.toMap().value("key").toString().isEmpty());
            QVERIFY(!r.toMap().value("label").toString().isEmpty());
        }
    }

private:
    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestFamilyCloser)
#include "tst_familycloser.moc"
