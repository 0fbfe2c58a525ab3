#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

class FormDraft;

// The one decision every form page shares when a person leaves it ("‹", Android's back, another
// tab): a page whose drafts (FormDraft, anywhere inside it) hold unsaved changes must ask first.
// Then the person keeps the text as a draft, discards it (after a second confirmation, in QML),
// or stays — and staying changes nothing.
class LeaveGuard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Whether leaving `page` loses anything without asking.
    Q_INVOKABLE bool needsAsking(QObject *page) const;
    // Writes every changed draft in `page` now, so it is there when the form opens again.
    Q_INVOKABLE bool keep(QObject *page) const;
    // Removes every draft in `page` and puts its forms back to what they showed when opened.
    Q_INVOKABLE bool discard(QObject *page) const;

private:
    static QList<FormDraft *> draftsIn(QObject *page);
};

} // namespace lykta::app
