// The family list as the app runs it: read off the UI thread on the ReadWorker's own connection
// to an encrypted store. The rows arrive with their child counts, an answer for a filter typed
// before is never shown, and a lock while the list is read leaves it empty until the unlock.

#include "familylistmodel.h"
#include "familyservice.h"
#include "locksession.h"
#include "readworker.h"
#include "sync/core/uuid.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {
const QString kPassphrase = QStringLiteral("en lång och trygg lösenfras");
}

class TestFamilyListModel : public QObject
{
    Q_OBJECT

private slots:
    void readOffTheUiThread()
    {
        QTemporaryDir dir;
        LockSession lock(dir.filePath("lykta.db").toStdString());
        QVERIFY(lock.create(kPassphrase, kPassphrase));
        const store::Actor actor{sync::newUuidV7(), sync::newUuidV7()};
        QVERIFY(lock.store()->write(
            actor, store::Change{store::ChangeKind::Create, "unit", actor.unitId, {}}));
        QVERIFY(lock.store()->write(actor, store::Change{store::ChangeKind::Create,
                                                         "staff",
                                                         actor.staffId,
                                                         {{"name", std::string("Kim")}}}));
        domain::FamilyService families(*lock.store());
        for (const char *name : {"Familjen Lind", "Familjen Berg", "Familjen Åberg"}) {
            domain::Family family;
            family.name = QString::fromUtf8(name);
            auto id = families.createFamily(actor, family);
            QVERIFY(id);
            domain::Child child;
            child.familyId = *id;
            child.firstName = "Ella";
            child.birthDate = QDate::currentDate().addYears(-8);
            QVERIFY(families.addChild(actor, child));
        }

        Workspace workspace(*lock.store(), actor, false);
        ReadWorker reader(lock.storeOptions());
        workspace.setReader(&reader);
        connect(&lock, &LockSession::aboutToLock, &reader, &ReadWorker::stopForLock);
        connect(&lock, &LockSession::reopened, &reader, &ReadWorker::resume);
        connect(&lock, &LockSession::reopened, &workspace, &Workspace::notifyChanged);

        FamilyListModel model;
        const auto names = [&] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.data(model.index(row), FamilyListModel::NameRole).toString();
            return out;
        };
        model.setWorkspace(&workspace);
        QVERIFY(model.busy()); // the UI thread did not wait
        QTRY_VERIFY(!model.busy());
        QCOMPARE(names(), QStringList({"Familjen Berg", "Familjen Lind", "Familjen Åberg"}));
        QCOMPARE(model.data(model.index(0), FamilyListModel::ChildCountRole).toInt(), 1);

        // Typing on: only the answer for the last filter is shown.
        QList<QStringList> shown;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] { shown << names(); });
        model.setFilter("berg");
        model.setFilter("lind");
        QTRY_VERIFY(!model.busy());
        QTest::qWait(50);
        QCOMPARE(shown, QList<QStringList>({{"Familjen Lind"}}));

        // Locked while the list is read: nothing shows, and it comes back after the unlock.
        model.setFilter("");
        lock.lock();
        QTRY_VERIFY(!model.busy());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorText().isEmpty());
        QVERIFY(lock.unlock(kPassphrase));
        QTRY_COMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestFamilyListModel)
#include "tst_familylistmodel.moc"
