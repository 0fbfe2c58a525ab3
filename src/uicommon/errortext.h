#pragma once

#include "domainerror.h"
#include "store/storeerror.h"
#include "sync/crypto/passphrase.h"

#include <QCoreApplication>
#include <QString>

namespace lykta::ui {

// The store and the domain return codes; this turns them into words a person can act on.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forStore(store::StoreErrc code, const QString &path = {});
    static QString forDomain(const domain::DomainError &error);
    // Why a new passphrase was refused (empty when it is accepted), on a device whose data
    // key only the passphrase protects.
    static QString forPassphrase(crypto::PassphraseCheck check);
};

} // namespace lykta::ui
