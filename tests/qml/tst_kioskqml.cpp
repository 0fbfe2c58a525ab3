// Qt Quick Test of the kiosk's screens on a real kiosk store: the shipped content plus one
// Arabic test card, and a staff PIN whose hash is set the way `lykta --kiosk --set-pin` does.
#include "kiosk.h"
#include "kioskstore.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Lykta_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskUiPlugin)

using namespace lykta;

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        const QString db = m_dir.filePath(QStringLiteral("kiosk.db"));
        m_store = test::firstStartKioskStore(db, QStringLiteral("246810"),
                                             {QStringLiteral(LYKTA_TEST_DATA "/kiosk-rtl")});
        const QString pinFile = kiosk::KioskPin::pathFor(db);
        m_kiosk = std::make_unique<kiosk::Kiosk>(*m_store, QStringLiteral("sv"),
                                                 kiosk::KioskPin(pinFile));
        kiosk::Kiosk::setInstance(m_kiosk.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<kiosk::Kiosk> m_kiosk;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "tst_kioskqml.moc"
