#include "formdraft.h"
#include "applog.h"

#include "locksession.h"

#include <QJSEngine>
#include <QMetaProperty>
#include <QQmlEngine>

namespace lykta::app {

namespace {

// The property that holds what a person entered in a control, by the kind of control.
QMetaProperty valueProperty(const QObject *item)
{
    const QMetaObject *meta = item->metaObject();
    for (const char *name : {"checked", "currentIndex", "value", "text"}) {
        const int index = meta->indexOfProperty(name);
        if (index >= 0)
            return meta->property(index);
    }
    return {};
}

} // namespace

FormDraft::FormDraft(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kSaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &FormDraft::flush);
    if (LockSession *lock = LockSession::instance())
        connect(lock, &LockSession::aboutToLock, this, &FormDraft::flush);
}

FormDraft::~FormDraft()
{
    // A form closed without the guard (the app quitting) keeps its last keystrokes, unless its
    // controls are already gone and what they held can no longer be read whole.
    if (m_timer.isActive() && allItemsAlive())
        flush();
}

void FormDraft::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    emit setupChanged();
}

void FormDraft::setFormKey(const QString &key)
{
    if (m_formKey == key)
        return;
    if (m_timer.isActive())
        flush(); // what waited, on the key it was typed for
    m_formKey = key;
    restart();
    emit setupChanged();
}

QList<QObject *> FormDraft::items() const
{
    QList<QObject *> items;
    for (const QPointer<QObject> &item : m_items)
        items.append(item.data());
    return items;
}

void FormDraft::setItems(const QList<QObject *> &items)
{
    if (this->items() == items)
        return;
    if (m_timer.isActive())
        flush(); // what waited, read from the controls it was typed into
    m_items.clear();
    for (QObject *item : items)
        m_items.append(item);
    restart();
    emit setupChanged();
}

bool FormDraft::allItemsAlive() const
{
    return std::all_of(m_items.begin(), m_items.end(),
                       [](const QPointer<QObject> &item) { return !item.isNull(); });
}

QString FormDraft::restoredText() const
{
    if (!m_restored)
        return {};
    const QDateTime at = m_restoredAt.toLocalTime();
    if (at.date() == QDate::currentDate())
        return tr("Återställt utkast från kl. %1. Spara det, eller släng det.")
            .arg(QLocale().toString(at.time(), QLocale::ShortFormat));
    return tr("Återställt utkast från %1. Spara det, eller släng det.")
        .arg(QLocale().toString(at, QLocale::ShortFormat));
}

QString FormDraft::formName(const QString &formKey)
{
    const QString kind = formKey.section(QLatin1Char('/'), 0, 0);
    if (kind == QLatin1String("casenote"))
        return tr("anteckning");
    if (kind == QLatin1String("conversation"))
        return tr("samtal");
    if (kind == QLatin1String("note"))
        return tr("sessionsanteckning");
    if (kind == QLatin1String("family"))
        return tr("familj");
    if (kind == QLatin1String("child"))
        return tr("barn");
    if (kind == QLatin1String("guardian"))
        return tr("vårdnadshavare");
    if (kind == QLatin1String("helpline"))
        return tr("stödlinje");
    if (kind == QLatin1String("kioskcard"))
        return tr("infokort");
    return tr("formulär");
}

std::optional<store::DraftStore> FormDraft::drafts() const
{
    if (!m_workspace || m_formKey.isEmpty())
        return std::nullopt;
    return store::DraftStore(m_workspace->store(), m_workspace->actor().staffId);
}

QJsonObject FormDraft::current() const
{
    QJsonObject values;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items[i])
            continue;
        if (const QMetaProperty p = valueProperty(m_items[i].data()); p.isValid())
            values.insert(QString::number(i), QJsonValue::fromVariant(p.read(m_items[i].data())));
    }
    return values;
}

void FormDraft::componentComplete()
{
    // Every binding of the page (the controls' texts from the editor) is in place once the
    // event loop turns; what the form shows then is what it opened with.
    QTimer::singleShot(0, this, &FormDraft::start);
}

void FormDraft::restart()
{
    // A form that changes what it is (a new conversation saved, a note signed and now taking a
    // correction) starts over on its new key and controls.
    if (!m_started)
        return;
    for (const QPointer<QObject> &item : std::as_const(m_connected))
        if (item)
            disconnect(item, nullptr, this, nullptr);
    m_connected.clear();
    m_started = false;
    m_restored = false;
    QTimer::singleShot(0, this, &FormDraft::start);
    emit stateChanged();
}

void FormDraft::start()
{
    if (m_started)
        return;
    m_started = true;
    m_baseline = current();
    for (const QPointer<QObject> &item : std::as_const(m_items)) {
        if (!item)
            continue;
        if (const QMetaProperty p = valueProperty(item); p.hasNotifySignal()) {
            connect(item, p.notifySignal(), this,
                    metaObject()->method(metaObject()->indexOfSlot("edited()")));
            m_connected.append(item);
        }
    }
    auto store = drafts();
    if (!store)
        return;
    auto loaded = store->load(m_formKey.toStdString());
    if (!loaded || !*loaded)
        return;
    QJsonObject values = m_baseline;
    for (auto it = (*loaded)->fields.begin(); it != (*loaded)->fields.end(); ++it)
        if (values.contains(it.key()))
            values.insert(it.key(), it.value());
    if (values == m_baseline) {
        (void)store->discard(m_formKey.toStdString());
        return;
    }
    write(values);
    m_restored = true;
    m_restoredAt = (*loaded)->savedAt;
    emit stateChanged();
}

void FormDraft::write(const QJsonObject &values)
{
    // Assigned as QML does, so the control's binding to the editor's value is replaced.
    QJSEngine *engine = qmlEngine(this);
    if (!engine)
        return;
    QJSValue assign = engine->evaluate(QStringLiteral("(function (o, p, v) { o[p] = v })"));
    m_applying = true;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString key = QString::number(i);
        if (!m_items[i] || !values.contains(key))
            continue;
        const QMetaProperty p = valueProperty(m_items[i].data());
        if (p.isValid())
            assign.call({engine->toScriptValue(m_items[i].data()), QString::fromLatin1(p.name()),
                         engine->toScriptValue(values.value(key).toVariant())});
    }
    m_applying = false;
}

void FormDraft::edited()
{
    if (m_applying)
        return;
    if (!m_timer.isActive())
        m_timer.start();
    emit stateChanged();
}

bool FormDraft::flush()
{
    m_timer.stop();
    auto store = drafts();
    if (!store)
        return false;
    const std::string key = m_formKey.toStdString();
    const QJsonObject values = current();
    const auto done = values == m_baseline ? store->discard(key) : store->save(key, values);
    if (!done) {
        // Locked or out of space: the text is still in the form; try again on the next change.
        qCWarning(lcApp, "draft of a form not saved: %s", store::toString(done.error().code));
        return false;
    }
    return true;
}

void FormDraft::saved()
{
    m_timer.stop();
    if (auto store = drafts())
        (void)store->discard(m_formKey.toStdString());
    m_baseline = current();
    m_restored = false;
    emit stateChanged();
}

bool FormDraft::discard()
{
    m_timer.stop();
    write(m_baseline);
    m_restored = false;
    emit stateChanged();
    auto store = drafts();
    return store && store->discard(m_formKey.toStdString());
}

} // namespace lykta::app
