#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace lykta::app {

// The kinds of contact a case note records (domain::CaseNoteService::kinds), in words.
class CaseNoteKinds
{
    Q_DECLARE_TR_FUNCTIONS(CaseNoteKinds)

public:
    // "Telefonsamtal" for "phone_call"; "Övrigt" for a note without a kind (written before
    // kinds existed) or with one this build does not know (a newer device's).
    static QString label(const QString &key);
    // Every kind as {key, label}, in the order a person picks from.
    static QVariantList choices();
};

} // namespace lykta::app
