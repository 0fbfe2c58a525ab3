// Qt Quick Test of the staff app's key flows, on the real Lykta.App and Lykta.Ui modules and a
// real encrypted store in a temporary folder, wired the way main.cpp wires it: the lock
// (created with a passphrase, as on a first start), the workspace, the read worker and the
// sync controller (never enrolled here, so no network).
#include "conversationtemplateservice.h"
#include "staffappsetup.h"
#include "sync/core/uuid.h"

#include <QtQuickTest>

using namespace lykta;

class Setup : public test::StaffAppSetup
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        store::Store &store = createStore(*engine);

        // The first staff member of a new unit, as main.cpp makes one.
        const store::Actor actor{sync::newUuidV7(), sync::newUuidV7()};
        const std::vector<store::Change> setup{
            {store::ChangeKind::Create,
             "unit",
             actor.unitId,
             {{"name", std::string("Barn som anhöriga, Norrby")}, {"unit_id", actor.unitId}}},
            {store::ChangeKind::Create,
             "staff",
             actor.staffId,
             {{"name", std::string("Kim Andersson")}, {"role", std::string("staff")}}}};
        if (!store.write(actor, setup))
            qFatal("cannot write the unit");
        if (!domain::ConversationTemplateService(store).installDefaults(actor))
            qFatal("cannot install the conversation models");
        startSession(actor);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(staffapp, Setup)

#include "tst_staffappqml.moc"
