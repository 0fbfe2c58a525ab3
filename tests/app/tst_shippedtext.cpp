// Lykta's own words stored as data — the shipped models' step names, the planner's suggested
// themes — show in English in English mode, while what a person typed stays as typed; and
// Qt's own standard button words follow the language too.

#include "conversationtemplateservice.h"
#include "languageswitch.h"
#include "programmeplanner.h"
#include "shippedtext.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestShippedText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LyktaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("shippedtext"));
    }

    void everyShippedStepNameIsShownInEnglish()
    {
        QQmlEngine engine;
        LanguageSwitch language(engine);
        language.start(QStringLiteral("en"));
        const auto models = domain::ConversationTemplateService::defaults();
        QVERIFY(!models.empty());
        for (const auto &model : models) {
            for (const auto &step : model.steps) {
                QVERIFY2(ShippedText::isShipped(step.name), qPrintable(step.name));
                const QString shown = ShippedText::display(step.name);
                QVERIFY2(shown != step.name && !shown.isEmpty(), qPrintable(step.name));
            }
        }
        QCOMPARE(ShippedText::display(QStringLiteral("Samtal med barnet")),
                 QString("Conversation with the child"));
        QVERIFY(language.setCode(QStringLiteral("sv")));
        QCOMPARE(ShippedText::display(QStringLiteral("Samtal med barnet")),
                 QString("Samtal med barnet"));
    }

    void whatAPersonTypedStaysAsTyped()
    {
        QQmlEngine engine;
        LanguageSwitch language(engine);
        language.start(QStringLiteral("en"));
        // Not a shipped word, even though parts of it are, or it is one with other spacing.
        for (const QString &typed :
             {QStringLiteral("Samtal med barnet och mormor"), QStringLiteral("samtal med barnet"),
              QStringLiteral("Vårt eget tema"), QStringLiteral("Familjen")}) {
            QVERIFY(!ShippedText::isShipped(typed));
            QCOMPARE(ShippedText::display(typed), typed);
        }
    }

    void suggestedThemesKeepTheirKeyAndFollowTheLanguage()
    {
        QQmlEngine engine;
        LanguageSwitch language(engine);
        language.start(QStringLiteral("en"));
        ProgrammePlanner planner;
        planner.addSuggestions();
        QCOMPARE(planner.themes().size(), 8);
        QCOMPARE(planner.themes().at(0), QString("Getting to know each other"));
        // Left as shown, a suggestion stays Lykta's word; changed, it is the leader's own.
        QVERIFY(planner.renameTheme(0, QStringLiteral("Getting to know each other")));
        QVERIFY(planner.renameTheme(1, QStringLiteral("Feelings and worries")));

        QVERIFY(language.setCode(QStringLiteral("sv")));
        QCOMPARE(planner.themes().at(0), QString("Vi lär känna varandra"));
        QCOMPARE(planner.themes().at(1), QString("Feelings and worries"));
        QCOMPARE(planner.themes().at(2), QString("Min familj"));
    }

    void qtsOwnButtonWordsFollowTheLanguage()
    {
        QQmlEngine engine;
        LanguageSwitch language(engine);
        language.start(QStringLiteral("sv"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Avbryt"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QString("&Ja"));
        QVERIFY(language.setCode(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Cancel"));
        QVERIFY(language.setCode(QStringLiteral("sv")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Avbryt"));
    }
};

QTEST_MAIN(TestShippedText)
#include "tst_shippedtext.moc"
