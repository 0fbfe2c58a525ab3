#include "tabletscontroller.h"

#include "enrollmentform.h"
#include "managerrole.h"
#include "stafflistmodel.h"
#include "sync/core/staffrole.h"

#include <QCollator>

#include <algorithm>

namespace lykta::app {

namespace {

using sync::client::ErrorClass;
using sync::client::TransportError;

// Runs on the workspace's background thread: opens the enrollment (its token is sealed with
// the store's key), makes the request, then lists the unit's devices and staff as they are now.
template <class Request>
TabletsOutcome ask(const store::StoreOptions &storeOptions, const std::string &unit,
                   Request request)
{
    TabletsOutcome outcome;
    const auto transport = staffTransport(storeOptions, &outcome.serverAddress);
    if (!transport) {
        outcome.enrolled = false;
        return outcome;
    }
    outcome.error = request(*transport, outcome);
    if (outcome.error)
        return outcome;
    outcome.acted = true;
    auto list = transport->unitDevices(unit);
    if (list)
        outcome.list = std::move(*list);
    else
        outcome.error = list.error();
    return outcome;
}

} // namespace

TabletsController::TabletsController(QObject *parent) : QObject(parent) {}

void TabletsController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    m_isManager = m_workspace && app::isManager(*m_workspace);
    m_devices.setThisDevice(m_workspace ? m_workspace->store().deviceId() : 0);
    m_devices.setDevices({});
    m_staff.clear();
    m_loaded = false;
    emit workspaceChanged();
    emit listChanged();
    clearCode();
}

bool TabletsController::fail(const QString &text)
{
    m_errorText = text;
    m_message.clear();
    emit resultChanged();
    return false;
}

bool TabletsController::start(Action action, const QString &subject, Request request)
{
    if (!m_workspace || !m_isManager)
        return fail(tr("Surfplattor och personal hanteras av enhetens chef."));
    const auto &options = m_workspace->storeOptions();
    if (!options) // a store of its own (the demo), with no enrollment beside it
        return fail(tr("Surfplattan är inte ansluten till någon server. Surfplattor och "
                       "personal hanteras på servern."));
    if (m_busy)
        return fail(tr("Vänta tills servern har svarat på det förra."));
    m_busy = true;
    emit busyChanged();
    m_workspace->background().run(
        this,
        [storeOptions = *options, unit = m_workspace->actor().unitId,
         request = std::move(request)] { return ask(storeOptions, unit, request); },
        [this, action, subject](TabletsOutcome outcome) {
            finish(action, subject, std::move(outcome));
        });
    return true;
}

bool TabletsController::refresh()
{
    return start(Action::List, {}, [](auto &, auto &) { return std::optional<TransportError>(); });
}

bool TabletsController::issueStaffCode(const QString &staffId)
{
    const QString name = staffName(staffId);
    if (name.isEmpty() && m_isManager)
        return fail(tr("Välj en person i enhetens personal."));
    clearCode();
    return start(Action::Code, name,
                 [unit = m_workspace ? m_workspace->actor().unitId : std::string(),
                  staff = staffId.toStdString(),
                  name = name.toStdString()](auto &transport, TabletsOutcome &outcome) {
                     auto code = transport.issueCode({unit, false, staff});
                     if (!code)
                         return std::optional<TransportError>(code.error());
                     outcome.code = std::move(*code);
                     outcome.codeFor = name;
                     return std::optional<TransportError>();
                 });
}

bool TabletsController::issueKioskCode()
{
    clearCode();
    return start(Action::Code, {},
                 [unit = m_workspace ? m_workspace->actor().unitId
                                     : std::string()](auto &transport, TabletsOutcome &outcome) {
                     auto code = transport.issueCode({unit, true, {}});
                     if (!code)
                         return std::optional<TransportError>(code.error());
                     outcome.code = std::move(*code);
                     return std::optional<TransportError>();
                 });
}

bool TabletsController::revoke(const QString &deviceKey, bool erase)
{
    bool ok = false;
    const sync::DeviceId device = deviceKey.toULongLong(&ok);
    if (m_isManager && (!ok || deviceName(deviceKey).isEmpty()))
        return fail(tr("Surfplattan finns inte i enhetens lista."));
    return start(erase ? Action::Erase : Action::Revoke, deviceName(deviceKey),
                 [device, erase](auto &transport, auto &) {
                     auto r = transport.revokeDevice(device, erase);
                     return r ? std::optional<TransportError>()
                              : std::optional<TransportError>(r.error());
                 });
}

bool TabletsController::setStaffActive(const QString &staffId, bool active)
{
    if (m_workspace && staffId.toStdString() == m_workspace->actor().staffId)
        return fail(tr("Du kan inte avsluta dig själv. Be en annan chef eller den som "
                       "administrerar servern."));
    const QString name = staffName(staffId);
    if (name.isEmpty() && m_isManager)
        return fail(tr("Välj en person i enhetens personal."));
    return start(active ? Action::Reactivate : Action::Deactivate, name,
                 [staff = staffId.toStdString(), active](auto &transport, auto &) {
                     auto r = transport.setStaffActive(staff, active);
                     return r ? std::optional<TransportError>()
                              : std::optional<TransportError>(r.error());
                 });
}

void TabletsController::clearCode()
{
    if (m_code.isEmpty() && m_codePayload.isEmpty())
        return;
    m_code.clear();
    m_codeFor.clear();
    m_codeExpiresText.clear();
    m_codePayload.clear();
    emit codeChanged();
}

QString TabletsController::deviceName(const QString &deviceKey) const
{
    const QModelIndex found = [&] {
        for (int row = 0; row < m_devices.rowCount(); ++row) {
            const QModelIndex index = m_devices.index(row);
            if (index.data(UnitDeviceModel::DeviceKeyRole).toString() == deviceKey)
                return index;
        }
        return QModelIndex();
    }();
    return found.isValid() ? found.data(UnitDeviceModel::NameRole).toString() : QString();
}

QString TabletsController::staffName(const QString &staffId) const
{
    for (const auto &s : m_staff) {
        const auto map = s.toMap();
        if (map.value(QStringLiteral("staffId")).toString() == staffId)
            return map.value(QStringLiteral("name")).toString();
    }
    return {};
}

void TabletsController::showList(const sync::UnitDevices &list)
{
    m_devices.setDevices(list.devices);
    auto staff = list.staff;
    QCollator collator;
    std::sort(staff.begin(), staff.end(), [&](const auto &a, const auto &b) {
        return collator.compare(QString::fromStdString(a.name), QString::fromStdString(b.name)) < 0;
    });
    m_staff.clear();
    for (const auto &s : staff) {
        const auto role = sync::staffRoleFromString(s.role);
        m_staff.append(QVariantMap{
            {QStringLiteral("staffId"), QString::fromStdString(s.id)},
            {QStringLiteral("name"), QString::fromStdString(s.name)},
            {QStringLiteral("roleText"), role ? StaffListModel::roleText(*role) : QString()},
            {QStringLiteral("active"), s.deactivatedMs == 0},
            {QStringLiteral("isMe"), m_workspace && s.id == m_workspace->actor().staffId}});
    }
    m_loaded = true;
    emit listChanged();
}

void TabletsController::finish(Action action, const QString &subject, TabletsOutcome outcome)
{
    m_busy = false;
    emit busyChanged();
    if (outcome.list)
        showList(*outcome.list);
    if (outcome.code) {
        const QString address = QString::fromStdString(outcome.serverAddress);
        m_code = QString::fromStdString(outcome.code->code);
        m_codeFor = QString::fromStdString(outcome.codeFor);
        m_codeExpiresText = UnitDeviceModel::timeText(outcome.code->expiresMs, {});
        m_codePayload = EnrollmentForm::payload(address, m_code);
        m_serverAddress = address;
        emit codeChanged();
    }
    if (!outcome.enrolled) {
        fail(tr("Surfplattan är inte ansluten till någon server. Surfplattor och personal "
                "hanteras på servern."));
        return;
    }
    if (outcome.error) {
        fail(refusal(action, subject, *outcome.error));
        // Done, but the list after it could not be had: say both.
        if (outcome.acted && action != Action::List) {
            m_message = doneText(action, subject);
            emit resultChanged();
        }
        return;
    }
    m_errorText.clear();
    m_message = doneText(action, subject);
    emit resultChanged();
}

QString TabletsController::refusal(Action action, const QString &subject,
                                   const TransportError &error) const
{
    if (error.httpStatus == 403)
        return tr("Servern svarar att bara enhetens chef får hantera surfplattor och personal. "
                  "Har din roll ändrats, synka surfplattan.");
    if (error.apiError == sync::protocol::ApiError::StaffInactive)
        return tr("%1 är avslutad. Återaktivera personen först, sedan kan du ge en kod.")
            .arg(subject);
    if (error.errorClass == ErrorClass::Unauthorized)
        return tr("Servern känner inte längre igen den här surfplattan. Anslut den på nytt.");
    if (error.errorClass == ErrorClass::Network || error.errorClass == ErrorClass::Transient)
        return tr("Servern gick inte att nå. Försök igen när surfplattan är uppkopplad.");
    if (error.apiError == sync::protocol::ApiError::NotFound) {
        if (action == Action::Revoke)
            return tr("%1 är redan återkallad eller finns inte längre på servern. Uppdatera "
                      "listan.")
                .arg(subject);
        if (action == Action::Erase)
            return tr("%1 ska redan raderas eller finns inte längre på servern. Uppdatera "
                      "listan.")
                .arg(subject);
        if (!subject.isEmpty())
            return tr("Servern känner inte till %1 i enheten.").arg(subject);
        // An older server, without the manager's requests.
        return tr("Servern kan inte hantera surfplattor härifrån. Den behöver uppdateras.");
    }
    return tr("Servern svarade med ett fel (%1).").arg(error.httpStatus);
}

QString TabletsController::doneText(Action action, const QString &subject) const
{
    switch (action) {
    case Action::List:
        return {};
    case Action::Code:
        return subject.isEmpty() ? tr("En kod för en väntrumskiosk är skapad.")
                                 : tr("En kod för %1 är skapad.").arg(subject);
    case Action::Revoke:
        return tr("%1 är återkallad. Det som inte hann skickas finns kvar på den.").arg(subject);
    case Action::Erase:
        return tr("%1 är återkallad och raderas nästa gång den kontaktar servern.").arg(subject);
    case Action::Deactivate:
        return tr("%1 är avslutad och hens surfplattor är återkallade.").arg(subject);
    case Action::Reactivate:
        return tr("%1 är återaktiverad och kan få en ny kod.").arg(subject);
    }
    return {};
}

} // namespace lykta::app
