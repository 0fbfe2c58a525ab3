#pragma once

#include "domaintestutil.h"
#include "period.h"

#include <QStringList>

namespace lykta::followup::test {

// A unit's half year of work, built through the domain services on a real SQLite file:
// eight families, eight children in BRA series with conversations, an identified and an
// anonymous support group with attendance and mood checks, SDQ and Livsstegen scores, plus
// guardians, personal numbers, notes and conversation texts that no export may contain.
// tst_indicators.cpp computes every indicator of this data by hand.
class FollowUpFixture : public domain::test::DomainFixture
{
public:
    FollowUpFixture();

    // 2026-01-01 to 2026-06-30.
    static Period period();
    // Everything that identifies someone or was written freely: names, aliases, personal
    // numbers (with and without century and dash), phone numbers, free text, every record
    // id. An export must contain none of them.
    const QStringList &identifiers() const { return m_identifiers; }

private:
    std::string id(domain::DomainResult<std::string> created);
    void remember(const QString &identifier) { m_identifiers << identifier; }

    QStringList m_identifiers;
};

} // namespace lykta::followup::test
