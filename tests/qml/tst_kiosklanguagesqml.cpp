// Qt Quick Test of the kiosk in every content language, on a real kiosk store holding the
// shipped content as a unit has it once its drafts are approved, with the kiosk's own words
// following the child's language exactly as in `lykta --kiosk` (KioskWords). Runs
// tst_kiosklanguages.qml, and tst_kioskreadaloud.qml under tests/qml/with-speech (a real
// speech-dispatcher with espeak-ng, playing into a silent sound server).
#include "kiosk.h"
#include "kioskstore.h"
#include "kioskwords.h"

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
        m_store =
            test::firstStartKioskStore(db, QStringLiteral("246810"), {}, test::Drafts::Approved);
        m_kiosk = std::make_unique<kiosk::Kiosk>(*m_store, QStringLiteral("sv"),
                                                 kiosk::KioskPin(kiosk::KioskPin::pathFor(db)));
        kiosk::Kiosk::setInstance(m_kiosk.get());
        m_words = std::make_unique<kiosk::KioskWords>(*engine);
        m_words->apply(m_kiosk->language());
        connect(m_kiosk.get(), &kiosk::Kiosk::languageChanged, this,
                [this] { m_words->apply(m_kiosk->language()); });
    }
    void cleanupTestCase()
    {
        kiosk::Kiosk::setInstance(nullptr);
        m_words.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<kiosk::Kiosk> m_kiosk;
    std::unique_ptr<kiosk::KioskWords> m_words;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosklanguages, Setup)

#include "tst_kiosklanguagesqml.moc"
