#include "groupeditor.h"

#include "unitservice.h"

#include <algorithm>

namespace lykta::app {

namespace {

// The models units most often run; the unit's own names are added from its groups.
QStringList commonProgrammes()
{
    return {QStringLiteral("Egen modell"), QStringLiteral("ME-WE"), QStringLiteral("Blåvinge"),
            QStringLiteral("Trappan-liknande")};
}

} // namespace

GroupEditor::GroupEditor(QObject *parent) : EditorBase(parent) {}

int GroupEditor::maxCapacity()
{
    return domain::GroupService::kMaxCapacity;
}

QVariantList GroupEditor::statuses()
{
    QVariantList out;
    for (const char *key : {"planned", "running", "finished"}) {
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                               {QStringLiteral("label"), statusLabel(QString::fromLatin1(key))}});
    }
    return out;
}

QString GroupEditor::statusLabel(const QString &key)
{
    using Status = domain::Group::Status;
    switch (domain::GroupService::statusFromKey(key).value_or(Status::Planned)) {
    case Status::Planned:
        return tr("Planerad");
    case Status::Running:
        return tr("Pågår");
    case Status::Finished:
        return tr("Avslutad");
    }
    return {};
}

void GroupEditor::setGroupId(const QString &id)
{
    if (m_groupId == id)
        return;
    m_groupId = id;
    load();
}

void GroupEditor::load()
{
    clearErrors();
    if (!workspace()) {
        announceLoad();
        return;
    }
    auto &groups = workspace()->groups();
    const std::string unitId = workspace()->actor().unitId;
    m_programmes = commonProgrammes();
    if (auto all = groups.groups(unitId)) {
        for (const auto &g : *all) {
            if (!g.programme.isEmpty() && !m_programmes.contains(g.programme))
                m_programmes.append(g.programme);
        }
    }
    m_staff.clear();
    const auto staff = domain::UnitService(workspace()->store()).staffOf(unitId);
    for (const auto &s : staff) {
        m_staff.append(QVariantMap{
            {QStringLiteral("key"), QString::fromStdString(s.id)},
            {QStringLiteral("label"),
             s.title.isEmpty() ? s.name : tr("%1, %2", "staff name, title").arg(s.name, s.title)}});
    }
    domain::Group g;
    g.startDate = QDate::currentDate();
    m_modeLocked = false;
    if (!m_groupId.isEmpty()) {
        auto read = groups.group(m_groupId.toStdString());
        if (!read) {
            fail(read.error());
        } else {
            g = *read;
            auto members = groups.members(workspace()->actor(), g.id);
            m_modeLocked = members && !members->empty();
        }
    } else {
        // A new group: the person creating it usually leads it.
        g.leaders = {QString::fromStdString(workspace()->actor().staffId)};
        g.programme = commonProgrammes().front();
    }
    m_name = g.name;
    m_programme = g.programme;
    m_minAge = QString::number(g.minAge);
    m_maxAge = QString::number(g.maxAge);
    m_capacity = QString::number(g.capacity);
    m_anonymous = g.mode == domain::Group::Mode::Anonymous;
    m_leaders = g.leaders;
    m_startDate = g.startDate.toString(Qt::ISODate);
    m_endDate = g.endDate.toString(Qt::ISODate);
    m_place = g.place;
    m_status = domain::GroupService::statusKey(g.status);
    QStringList names;
    for (const QString &id : g.leaders) {
        auto s = std::find_if(staff.begin(), staff.end(),
                              [&](const domain::Staff &one) { return one.id == id.toStdString(); });
        if (s != staff.end())
            names << s->name;
    }
    m_leaderNames = names.join(QStringLiteral(", "));
    announceLoad();
}

bool GroupEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    using domain::DomainErrc;
    auto &groups = workspace()->groups();
    domain::Group g;
    if (!m_groupId.isEmpty()) {
        auto current = groups.group(m_groupId.toStdString());
        if (!current)
            return fail(current.error());
        g = *current;
    }
    g.name = m_name.trimmed();
    g.programme = m_programme.trimmed();
    bool ok = false;
    g.minAge = m_minAge.trimmed().toInt(&ok);
    if (!ok)
        return refuse(domain::domainError(DomainErrc::AgeOutOfRange, "min_age"));
    g.maxAge = m_maxAge.trimmed().toInt(&ok);
    if (!ok)
        return refuse(domain::domainError(DomainErrc::AgeOutOfRange, "max_age"));
    g.capacity = m_capacity.trimmed().toInt(&ok);
    if (!ok)
        return refuse(domain::domainError(DomainErrc::OutOfRange, "capacity"));
    g.mode = m_anonymous ? domain::Group::Mode::Anonymous : domain::Group::Mode::Identified;
    g.leaders = m_leaders;
    g.startDate = QDate::fromString(m_startDate.trimmed(), Qt::ISODate);
    g.endDate = QDate::fromString(m_endDate.trimmed(), Qt::ISODate);
    if (!m_endDate.trimmed().isEmpty() && !g.endDate.isValid())
        return refuse(domain::domainError(DomainErrc::InvalidDate, "end_date"));
    g.place = m_place.trimmed();
    const auto status = domain::GroupService::statusFromKey(m_status);
    if (!status)
        return refuse(domain::domainError(DomainErrc::OutOfRange, "status"));
    g.status = *status;

    if (m_groupId.isEmpty()) {
        auto id = groups.createGroup(workspace()->actor(), g);
        if (!id)
            return refuse(id.error());
        m_groupId = QString::fromStdString(*id);
    } else if (auto r = groups.updateGroup(workspace()->actor(), g); !r) {
        return refuse(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

// The group's own words for what was refused: which rule, and what to do about it.
bool GroupEditor::refuse(const domain::DomainError &error)
{
    using domain::DomainErrc;
    const std::string &f = error.field;
    QString words;
    if (f == "name" && error.code == DomainErrc::Empty)
        words = tr("Ge gruppen ett namn.");
    else if (f == "min_age")
        words = tr("Skriv en ålder från 0 till %1.").arg(domain::GroupService::kMaxAge);
    else if (f == "max_age")
        words = tr("Skriv en ålder upp till %1, minst lika hög som den lägsta.")
                    .arg(domain::GroupService::kMaxAge);
    else if (f == "capacity" && error.code == DomainErrc::CapacityExceeded)
        words = tr("Gruppen har fler deltagare än så. Låt någon sluta först, eller behåll fler "
                   "platser.");
    else if (f == "capacity")
        words = tr("Skriv ett antal platser från 1 till %1.").arg(maxCapacity());
    else if (f == "start_date")
        words = tr("Skriv startdatum som ÅÅÅÅ-MM-DD.");
    else if (f == "end_date")
        words = tr("Skriv slutdatum som ÅÅÅÅ-MM-DD, tidigast startdatum, eller lämna tomt.");
    else if (f == "mode")
        words = tr("Gruppen har deltagare, så anonym eller identifierad kan inte ändras.");
    else if (f == "leaders")
        words = tr("Ledarna ska vara personal i enheten.");
    else if (f == "status")
        words = tr("Välj planerad, pågår eller avslutad.");
    return fail(error, words);
}

} // namespace lykta::app
