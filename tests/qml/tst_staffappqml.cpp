// Qt Quick Test of the staff app's key flows, on the real Lykta.App and Lykta.Ui modules and a
// real encrypted store in a temporary folder, wired the way main.cpp wires it: the lock
// (created with a passphrase, as on a first start), the workspace, the read worker and the
// sync controller (never enrolled here, so no network).
#include "conversationtemplateservice.h"
#include "kioskcontentservice.h"
#include "pulledpage.h"
#include "staffappsetup.h"

#include <QQmlContext>

#include <QtQuickTest>

using namespace lykta;

class Setup : public test::StaffAppSetup
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        store::Store &store = createStore(*engine);

        // The first staff member of a new unit, as main.cpp makes one; a test of another
        // role's screens names it (qml_kioskcontent: the content role).
        const QByteArray role = qgetenv("LYKTA_TEST_STAFF_ROLE");
        const store::Actor actor =
            writeUnit(store, "Kim Andersson", role.isEmpty() ? "staff" : role.toStdString());
        if (!domain::ConversationTemplateService(store).installDefaults(actor))
            qFatal("cannot install the conversation models");
        // The content editor's unit has Lykta's shipped kiosk content, as `lykta-content
        // install` writes it: the drafts in new languages and the helplines to check among it.
        if (role == "content") {
            const auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
            if (!pack || !domain::KioskContentService(store).install(actor, *pack))
                qFatal("cannot install the shipped kiosk content");
        }
        app::StaffSession &session = startSession(actor);
        m_pulled = std::make_unique<test::PulledPage>(store, session.workspace(), actor);
        engine->rootContext()->setContextProperty(QStringLiteral("PulledPage"), m_pulled.get());
    }

private:
    std::unique_ptr<test::PulledPage> m_pulled;
};

QUICK_TEST_MAIN_WITH_SETUP(staffapp, Setup)

#include "tst_staffappqml.moc"
