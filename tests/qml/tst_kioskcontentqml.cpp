// Qt Quick Test of the kiosk content screens as the unit's content editor uses them, on the
// real Lykta.App and Lykta.Ui modules and a real encrypted store in a temporary folder, wired
// the way main.cpp wires it. Only staff with the content role may change the kiosk's content.
#include "staffappsetup.h"

#include <QtQuickTest>

using namespace lykta;

class Setup : public test::StaffAppSetup
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        store::Store &store = createStore(*engine);
        startSession(writeUnit(store, "Sam Lind", "content"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(kioskcontent, Setup)

#include "tst_kioskcontentqml.moc"
