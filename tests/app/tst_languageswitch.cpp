// The language switch: English replaces the Swedish words at once, in QML bound to qsTr and
// in C++ tr(), the choice is remembered, and --lang on the command line wins over it.

#include "languageswitch.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta::app;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    // A QML object whose property is a qsTr'd word of the header (context "Main").
    static std::unique_ptr<QObject> header(QQmlEngine &engine)
    {
        QQmlComponent component(&engine);
        component.setData("import QtQml\nQtObject { property string back: qsTr(\"Tillbaka\") }",
                          QUrl(QStringLiteral("qrc:/test/Main.qml")));
        std::unique_ptr<QObject> object(component.create());
        if (!object)
            qWarning() << component.errors();
        return object;
    }

private slots:
    void initTestCase()
    {
        // QSettings writes under XDG_CONFIG_HOME: a fresh folder, never the person's own.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LyktaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("languageswitch"));
    }

    void switchesLiveAndRemembers()
    {
        QQmlEngine engine;
        LanguageSwitch language(engine);
        language.start(QStringLiteral("sv"));
        auto object = header(engine);
        QVERIFY(object);
        QCOMPARE(object->property("back").toString(), QString("Tillbaka"));
        QCOMPARE(language.code(), QString("sv"));

        QSignalSpy changed(&language, &LanguageSwitch::changed);
        QVERIFY(language.setCode(QStringLiteral("en")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(language.code(), QString("en"));
        QCOMPARE(object->property("back").toString(), QString("Back"));
        QCOMPARE(QCoreApplication::translate("ErrorText", "Datumet är inte giltigt."),
                 QString("The date is not valid."));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QSettings().value(LanguageSwitch::kSettingsKey).toString(), QString("en"));

        // An unknown language changes nothing.
        QVERIFY(!language.setCode(QStringLiteral("xx")));
        QCOMPARE(language.code(), QString("en"));
        QCOMPARE(object->property("back").toString(), QString("Back"));

        QVERIFY(language.setCode(QStringLiteral("sv")));
        QCOMPARE(object->property("back").toString(), QString("Tillbaka"));
        QCOMPARE(QLocale().language(), QLocale::Swedish);
        QCOMPARE(QSettings().value(LanguageSwitch::kSettingsKey).toString(), QString("sv"));
    }

    void nextStartUsesTheChoiceUnlessTheCommandLineSaysOtherwise()
    {
        QSettings().setValue(LanguageSwitch::kSettingsKey, QStringLiteral("en"));
        {
            QQmlEngine engine;
            LanguageSwitch language(engine);
            language.start({});
            QCOMPARE(language.code(), QString("en"));
            auto object = header(engine);
            QCOMPARE(object->property("back").toString(), QString("Back"));
            language.setCode(QStringLiteral("sv")); // leave no translator installed
        }
        QSettings().setValue(LanguageSwitch::kSettingsKey, QStringLiteral("en"));
        QQmlEngine engine;
        LanguageSwitch language(engine);
        language.start(QStringLiteral("sv"));
        QCOMPARE(language.code(), QString("sv"));
        auto object = header(engine);
        QCOMPARE(object->property("back").toString(), QString("Tillbaka"));
        // The command line is for this run only: the remembered choice stays.
        QCOMPARE(QSettings().value(LanguageSwitch::kSettingsKey).toString(), QString("en"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
