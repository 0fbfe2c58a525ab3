#pragma once

// The second tablet of the unit in qml_firstmonth: a real store enrolled with its own one-time
// code against the test's lykta-server, synced with the real sync client, and what QML needs
// to check it: its records, how they differ from the first tablet's, and the follow-up
// indicators counted from it.

#include "tablet.h"

#include <QObject>
#include <QVariantMap>

namespace lykta::test {

class SecondTablet : public QObject
{
    Q_OBJECT

public:
    // `first` (the app's store) outlives this object.
    SecondTablet(const TestServer &server, Tablet tablet, const store::Store &first);

    // One sync with the server; false (and the reason in the log) when it failed.
    Q_INVOKABLE bool sync();
    // The live records of `entity` on this tablet, each a map of its fields and "id".
    Q_INVOKABLE QVariantList records(const QString &entity) const;
    // The same of the first tablet (the app's store).
    Q_INVOKABLE QVariantList firstRecords(const QString &entity) const;
    // Every live record of the first tablet that this one lacks or holds with another value,
    // one line per record or field ("entity id field: first ≠ second"); empty when the
    // second tablet has everything.
    Q_INVOKABLE QStringList differences() const;
    // How many live records of every entity the first tablet holds ("entity": count).
    Q_INVOKABLE QVariantMap firstCounts() const;
    // The unit's follow-up indicators for the period (ISO days), counted from this tablet's
    // store; keys as in followup::Indicators, breakdowns as maps.
    Q_INVOKABLE QVariantMap indicators(const QString &from, const QString &to) const;

private:
    const TestServer &m_server;
    Tablet m_tablet;
    const store::Store &m_first;
};

} // namespace lykta::test
