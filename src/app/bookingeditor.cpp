#include "bookingeditor.h"

#include "shippedtext.h"

#include "bookingservice.h"
#include "conversationtemplateservice.h"

#include <QDateTime>

namespace lykta::app {

namespace {

QString participantLabel(const domain::BookingParticipant &p)
{
    using Kind = domain::BookingParticipant::Kind;
    switch (p.kind) {
    case Kind::Child:
        return BookingEditor::tr("%1 (barnet)").arg(p.name);
    case Kind::Guardian:
        return BookingEditor::tr("%1 (vårdnadshavare)").arg(p.name);
    case Kind::Guardians:
        return BookingEditor::tr("Föräldrar eller vårdnadshavare");
    case Kind::Staff:
        return BookingEditor::tr("%1 (personal)").arg(p.name);
    case Kind::Network:
        return BookingEditor::tr("Nätverket (skola, vård eller andra)");
    }
    return p.name;
}

} // namespace

void BookingEditor::setSeriesId(const QString &id)
{
    if (m_seriesId == id)
        return;
    m_seriesId = id;
    load();
}

void BookingEditor::setStep(int step)
{
    if (m_step == step)
        return;
    m_step = step;
    load();
}

void BookingEditor::load()
{
    clearErrors();
    m_bookingId.clear();
    m_stepName.clear();
    m_participants.clear();
    m_date = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    m_time = QStringLiteral("10:00");
    m_durationMin = 60;
    m_place.clear();
    if (!workspace() || m_seriesId.isEmpty()) {
        announceLoad();
        emit participantsChanged();
        return;
    }
    const auto &actor = workspace()->actor();
    domain::BookingService bookings(workspace()->store());
    auto series = workspace()->conversations().series(actor, m_seriesId.toStdString());
    auto choices = bookings.choices(actor, m_seriesId.toStdString(), m_step);
    auto standing = bookings.bookings(m_seriesId.toStdString());
    if (!series || !choices || !standing) {
        fail(!series ? series.error() : !choices ? choices.error() : standing.error());
        announceLoad();
        emit participantsChanged();
        return;
    }
    if (auto tmpl =
            domain::ConversationTemplateService(workspace()->store()).get(series->templateId);
        tmpl && m_step >= 0 && m_step < static_cast<int>(tmpl->steps.size()))
        m_stepName = ShippedText::display(tmpl->steps[static_cast<std::size_t>(m_step)].name);
    QStringList chosen;
    for (const auto &b : *standing) {
        if (b.step != m_step)
            continue;
        auto read = bookings.booking(actor, b.id); // opening it is a read of case data
        if (!read)
            break;
        m_bookingId = QString::fromStdString(read->id);
        m_date = read->date.toString(Qt::ISODate);
        m_time = read->time.toString(QStringLiteral("HH:mm"));
        m_durationMin = read->durationMin;
        m_place = read->place;
        chosen = read->participants;
    }
    for (const auto &p : *choices) {
        m_participants.append(QVariantMap{
            {QStringLiteral("key"), p.key},
            {QStringLiteral("label"), participantLabel(p)},
            {QStringLiteral("checked"), isBooked() ? chosen.contains(p.key) : p.suggested}});
    }
    announceLoad();
    emit participantsChanged();
}

void BookingEditor::setParticipant(const QString &key, bool checked)
{
    for (auto &v : m_participants) {
        QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("key")).toString() == key &&
            m.value(QStringLiteral("checked")).toBool() != checked) {
            m.insert(QStringLiteral("checked"), checked);
            v = m;
            emit participantsChanged();
        }
    }
}

bool BookingEditor::failWithWords(const domain::DomainError &error)
{
    using domain::DomainErrc;
    const std::string &f = error.field;
    QString words;
    if (error.code == DomainErrc::InvalidDate && f == "date")
        words = QDate::fromString(m_date.trimmed(), Qt::ISODate).isValid()
                    ? tr("Dagen har redan varit. Välj i dag eller senare.")
                    : tr("Skriv datumet som ÅÅÅÅ-MM-DD.");
    else if (error.code == DomainErrc::InvalidDate && f == "time")
        words = QTime::fromString(m_time.trimmed(), QStringLiteral("HH:mm")).isValid()
                    ? tr("Tiden har redan varit. Välj en senare tid.")
                    : tr("Skriv tiden som TT:MM, till exempel 14:30.");
    else if (f == "duration_min")
        words = tr("Längden ska vara 1–%1 minuter.").arg(domain::BookingService::kMaxDurationMin);
    else if (f == "place")
        words = tr("Skriv var ni ses.");
    else if (error.code == DomainErrc::Empty && f == "participants")
        words = tr("Välj minst en som är med.");
    else if (error.code == DomainErrc::WrongState && f == "step")
        words = tr("Steget är redan bokat. Boka om det i stället.");
    else if (error.code == DomainErrc::WrongState && f == "series_id")
        words = tr("Serien är avslutad. Öppna den igen för att boka.");
    else if (error.code == DomainErrc::WrongState && f == "status")
        words = tr("Bokningen är redan avbokad.");
    return fail(error, words);
}

bool BookingEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::Booking b;
    b.id = m_bookingId.toStdString();
    b.seriesId = m_seriesId.toStdString();
    b.step = m_step;
    b.date = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    b.time = QTime::fromString(m_time.trimmed(), QStringLiteral("HH:mm"));
    if (!b.time.isValid()) // 9:30 as well as 09:30
        b.time = QTime::fromString(m_time.trimmed(), QStringLiteral("H:mm"));
    b.durationMin = m_durationMin;
    b.place = m_place.trimmed();
    for (const auto &v : m_participants) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("checked")).toBool())
            b.participants.append(m.value(QStringLiteral("key")).toString());
    }
    domain::BookingService bookings(workspace()->store());
    const auto now = QDateTime::currentDateTime();
    if (m_bookingId.isEmpty()) {
        auto id = bookings.book(workspace()->actor(), b, now);
        if (!id)
            return failWithWords(id.error());
    } else if (auto r = bookings.rebook(workspace()->actor(), b, now); !r) {
        return failWithWords(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

bool BookingEditor::cancelBooking()
{
    clearErrors();
    if (!workspace() || m_bookingId.isEmpty())
        return false;
    auto r = domain::BookingService(workspace()->store())
                 .cancel(workspace()->actor(), m_bookingId.toStdString());
    if (!r)
        return failWithWords(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
