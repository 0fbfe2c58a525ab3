#include "seriesoutcomeeditor.h"

#include "shippedtext.h"

#include "conversationtemplateservice.h"
#include "groupservice.h"
#include "store/fields.h"

#include <QLocale>

namespace lykta::app {

namespace {

using Outcome = domain::ConversationSeries::Outcome;

// The form's keys: "completed" stands for Outcome::None (closed, nothing onwards).
const std::vector<std::pair<const char *, Outcome>> &outcomeKeys()
{
    static const std::vector<std::pair<const char *, Outcome>> keys = {
        {"completed", Outcome::None},
        {"declined", Outcome::Declined},
        {"support_group", Outcome::SupportGroup},
        {"other_support", Outcome::OtherSupport},
        {"moved", Outcome::Moved},
        {"other", Outcome::Other}};
    return keys;
}

QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::None:
        return SeriesOutcomeEditor::tr("Genomförd");
    case Outcome::Declined:
        return SeriesOutcomeEditor::tr("Barnet eller familjen tackade nej");
    case Outcome::SupportGroup:
        return SeriesOutcomeEditor::tr("Vidare till en stödgrupp");
    case Outcome::OtherSupport:
        return SeriesOutcomeEditor::tr("Vidare till annat stöd");
    case Outcome::Moved:
        return SeriesOutcomeEditor::tr("Familjen har flyttat");
    case Outcome::Other:
        return SeriesOutcomeEditor::tr("Avslutad av annat skäl");
    }
    return {};
}

} // namespace

QVariantList SeriesOutcomeEditor::outcomes() const
{
    QVariantList out;
    for (const auto &[key, o] : outcomeKeys())
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                               {QStringLiteral("label"), outcomeLabel(o)}});
    return out;
}

void SeriesOutcomeEditor::setSeriesId(const QString &id)
{
    if (m_seriesId == id)
        return;
    m_seriesId = id;
    load();
}

QString SeriesOutcomeEditor::staffName(const std::string &staffId) const
{
    auto staff = workspace()->store().get("staff", staffId);
    if (staff && staff->has_value())
        return QString::fromStdString((*staff)->text(store::fields::staff::name));
    return tr("okänd personal");
}

void SeriesOutcomeEditor::load()
{
    clearErrors();
    m_closed = false;
    m_closedText.clear();
    m_reopenedText.clear();
    m_steps.clear();
    m_groups.clear();
    m_outcome = QStringLiteral("completed");
    m_date = QDate::currentDate().toString(Qt::ISODate);
    m_declinedStep = QStringLiteral("0");
    m_groupId.clear();
    m_text.clear();
    if (!workspace() || m_seriesId.isEmpty()) {
        announceLoad();
        return;
    }
    const auto &actor = workspace()->actor();
    auto series = workspace()->conversations().series(actor, m_seriesId.toStdString());
    if (!series) {
        fail(series.error());
        announceLoad();
        return;
    }
    auto tmpl = domain::ConversationTemplateService(workspace()->store()).get(series->templateId);
    QStringList stepNames;
    if (tmpl) {
        for (std::size_t i = 0; i < tmpl->steps.size(); ++i) {
            stepNames << ShippedText::display(tmpl->steps[i].name);
            m_steps.append(
                QVariantMap{{QStringLiteral("key"), QString::number(i)},
                            {QStringLiteral("label"),
                             QStringLiteral("%1. %2").arg(i + 1).arg(tmpl->steps[i].name)}});
        }
    }
    domain::GroupService groupService(workspace()->store());
    QString referralGroup;
    if (auto all = groupService.groups(series->unitId)) {
        for (const auto &g : *all) {
            const auto members = groupService.members(actor, g.id);
            const int taken = members ? static_cast<int>(members->size()) : 0;
            const QString mode =
                g.mode == domain::Group::Mode::Anonymous ? tr("anonym") : tr("med personuppgifter");
            //: A support group to refer to: %1 its name, %2 places taken, %3 places in all,
            //: %4 anonymous or not
            const QString label =
                tr("%1 (%2 av %3 platser, %4)").arg(g.name).arg(taken).arg(g.capacity).arg(mode);
            m_groups.append(QVariantMap{{QStringLiteral("key"), QString::fromStdString(g.id)},
                                        {QStringLiteral("label"), label}});
            if (g.id == series->referralGroupId)
                referralGroup = g.name;
        }
    }
    if (!m_groups.isEmpty())
        m_groupId = m_groups.front().toMap().value(QStringLiteral("key")).toString();

    m_closed = series->status != domain::ConversationSeries::Status::Active;
    if (m_closed) {
        const QString when = QLocale().toString(series->closed, QLocale::ShortFormat);
        QString what = outcomeLabel(series->outcome);
        if (series->outcome == Outcome::Declined && series->declinedStep >= 0 &&
            series->declinedStep < stepNames.size())
            //: %1 is the step's number, %2 its name
            what = tr("Barnet eller familjen tackade nej vid steg %1, %2")
                       .arg(series->declinedStep + 1)
                       .arg(stepNames.at(series->declinedStep));
        else if (series->outcome == Outcome::SupportGroup && !referralGroup.isEmpty())
            what = tr("Vidare till stödgruppen %1").arg(referralGroup);
        else if (!series->outcomeText.isEmpty())
            what += QStringLiteral(": ") + series->outcomeText;
        // A series closed before schema v16 does not know who closed it.
        if (!series->closed.isValid())
            m_closedText = tr("%1.").arg(what);
        else if (series->closedBy.empty())
            m_closedText = tr("%1. Avslutad %2.").arg(what, when);
        else
            //: %1 the outcome, %2 the day, %3 who closed the series
            m_closedText =
                tr("%1. Avslutad %2 av %3.").arg(what, when, staffName(series->closedBy));
    }
    if (!series->reopenReason.isEmpty())
        //: %1 when, %2 who reopened the series, %3 why
        m_reopenedText = tr("Öppnades igen %1 av %2: %3")
                             .arg(QLocale().toString(series->reopened, QLocale::ShortFormat),
                                  staffName(series->reopenedBy), series->reopenReason);
    announceLoad();
}

bool SeriesOutcomeEditor::failWithWords(const domain::DomainError &error)
{
    using domain::DomainErrc;
    const std::string &f = error.field;
    QString words;
    if (f == "closed")
        words = tr("Skriv ett datum som ÅÅÅÅ-MM-DD, från seriens start till i dag.");
    else if (f == "declined_step")
        words = tr("Välj ett av seriens steg.");
    else if (f == "outcome_text")
        words = m_outcome == QLatin1String("other") ? tr("Skriv varför serien avslutas.")
                                                    : tr("Skriv vilket stöd barnet får i stället.");
    else if (f == "referral_group_id") {
        switch (error.code) {
        case DomainErrc::Empty:
            words = tr("Välj en grupp. Finns ingen, skapa den under Grupper först.");
            break;
        case DomainErrc::CapacityExceeded:
            words = tr("Gruppen är full. Välj en annan grupp eller ge plats i gruppen först.");
            break;
        case DomainErrc::AgeOutOfRange:
            words = tr("Barnets ålder passar inte gruppens åldrar.");
            break;
        case DomainErrc::AnonymousGroup:
            words = tr("Gruppen är anonym, och barnets förnamn ser ut som en personuppgift. "
                       "Lägg till barnet i gruppen med en kod i stället.");
            break;
        default:
            break;
        }
    } else if (f == "reopen_reason")
        words = tr("Skriv varför serien öppnas igen.");
    else if (error.code == DomainErrc::WrongState && f == "template_id")
        words = tr("Barnet har redan en pågående serie med samma modell. Avsluta den först.");
    return fail(error, words);
}

bool SeriesOutcomeEditor::close()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::SeriesClosing c;
    for (const auto &[key, o] : outcomeKeys())
        if (m_outcome == QLatin1String(key))
            c.outcome = o;
    c.date = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    bool ok = false;
    const int step = m_declinedStep.toInt(&ok);
    c.declinedStep = c.outcome == Outcome::Declined && ok ? step : -1;
    if (c.outcome == Outcome::SupportGroup)
        c.groupId = m_groupId.toStdString();
    if (c.outcome == Outcome::OtherSupport || c.outcome == Outcome::Other ||
        c.outcome == Outcome::Moved)
        c.text = m_text;
    auto r =
        workspace()->conversations().closeSeries(workspace()->actor(), m_seriesId.toStdString(), c);
    // The form may have been opened before someone else closed the series.
    if (!r && r.error().code == domain::DomainErrc::WrongState && r.error().field == "status")
        return fail(r.error(), tr("Serien är redan avslutad."));
    if (!r)
        return failWithWords(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

bool SeriesOutcomeEditor::reopen(const QString &reason)
{
    clearErrors();
    if (!workspace())
        return false;
    auto r = workspace()->conversations().reopenSeries(workspace()->actor(),
                                                       m_seriesId.toStdString(), reason);
    if (!r && r.error().code == domain::DomainErrc::WrongState && r.error().field == "status")
        return fail(r.error(), tr("Serien pågår redan."));
    if (!r)
        return failWithWords(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
