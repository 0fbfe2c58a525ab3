#include "personnummer.h"

#include <QtTest>

using namespace lykta::domain;

namespace {

// Appends the Luhn check digit to nine digits, so tests can build numbers whose only fault
// is the one under test.
QString withCheckDigit(const QString &nine)
{
    for (int d = 0; d <= 9; ++d) {
        if (Personnummer::luhnValid(nine + QString::number(d)))
            return nine + QString::number(d);
    }
    return {};
}

} // namespace

class TestPersonnummer : public QObject
{
    Q_OBJECT

private slots:
    void knownValidNumber()
    {
        auto p = Personnummer::parse(QStringLiteral("19121212-1212"));
        QVERIFY(p.ok());
        QCOMPARE(p->normalized(), QStringLiteral("19121212-1212"));
        QCOMPARE(p->birthDate(), QDate(1912, 12, 12));
        QVERIFY(!p->isCoordinationNumber());
    }

    void wrongCheckDigitIsRefused()
    {
        auto p = Personnummer::parse(QStringLiteral("19121212-1213"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, DomainErrc::InvalidPersonnummer);
        QCOMPARE(p.error().field, std::string("personnummer"));
    }

    void formatsNormalizeToTwelveDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        const QDate today(2024, 6, 1);
        Q_UNUSED(today);
        QTest::newRow("12 digits, no dash") << "191212121212"
                                            << "19121212-1212";
        QTest::newRow("spaces around") << "  19121212-1212 "
                                       << "19121212-1212";
        QTest::newRow("10 digits, +") << "121212+1212"
                                      << "19121212-1212";
        QTest::newRow("10 digits, dash, this century") << "121212-1212"
                                                       << "20121212-1212";
        QTest::newRow("10 digits, no dash") << "1212121212"
                                            << "20121212-1212";
    }
    void formatsNormalizeToTwelveDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        auto p = Personnummer::parse(input, QDate(2024, 6, 1));
        QVERIFY(p.ok());
        QCOMPARE(p->normalized(), normalized);
    }

    void tenDigitsFromLaterThisCenturyMeansLastCentury()
    {
        // Born 1990: "90" is later than 2024's "24", so it cannot be 2090.
        const QString ten = withCheckDigit(QStringLiteral("900101123"));
        auto p = Personnummer::parse(ten, QDate(2024, 6, 1));
        QVERIFY(p.ok());
        QCOMPARE(p->birthDate(), QDate(1990, 1, 1));
    }

    void samordningsnummerIsAccepted()
    {
        auto p = Personnummer::parse(QStringLiteral("701063-2391"), QDate(2024, 6, 1));
        QVERIFY(p.ok());
        QVERIFY(p->isCoordinationNumber());
        QCOMPARE(p->birthDate(), QDate(1970, 10, 3));
        QCOMPARE(p->normalized(), QStringLiteral("19701063-2391"));
    }

    void impossibleDatesAreRefused_data()
    {
        QTest::addColumn<QString>("nine");
        QTest::newRow("30 February") << "120230123";
        QTest::newRow("month 13") << "121312123";
        QTest::newRow("day 00") << "121200123";
        QTest::newRow("coordination day 92") << "121292123";
    }
    void impossibleDatesAreRefused()
    {
        QFETCH(QString, nine);
        const QString number = QStringLiteral("20") + withCheckDigit(nine);
        QVERIFY(Personnummer::luhnValid(number.right(10)));
        auto p = Personnummer::parse(number, QDate(2024, 6, 1));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, DomainErrc::InvalidPersonnummer);
    }

    void futureBirthDateIsRefused()
    {
        const QString number = QStringLiteral("20") + withCheckDigit(QStringLiteral("240701123"));
        QVERIFY(!Personnummer::parse(number, QDate(2024, 6, 1)).ok());
        QVERIFY(Personnummer::parse(number, QDate(2024, 7, 1)).ok());
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("too short") << "1212121";
        QTest::newRow("letters") << "19121212-12A2";
        QTest::newRow("11 digits") << "19121212121";
        QTest::newRow("plus with century") << "19121212+1212";
        QTest::newRow("slash separator") << "121212/1212";
    }
    void malformedInputIsRefused()
    {
        QFETCH(QString, input);
        QVERIFY(!Personnummer::parse(input, QDate(2024, 6, 1)).ok());
    }
};

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
