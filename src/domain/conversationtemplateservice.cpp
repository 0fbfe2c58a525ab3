#include "conversationtemplateservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace lykta::domain {

using namespace detail;

namespace {

constexpr int kMaxFollowUpDays = 3 * 365;

// The id of a unit's copy of one of Lykta's own models is derived from the unit and the
// model's kind (a name-based UUID), so two new tablets of a unit that both install the
// models before either has synced write the same records, which merge, instead of two of each.
std::string defaultTemplateId(const std::string &unitId, const QString &kind)
{
    static const QUuid kNamespace(QStringLiteral("043ba02f-ca33-4c2e-80b4-aecf815cb226"));
    return QUuid::createUuidV5(kNamespace, QString::fromStdString(unitId) + u'/' + kind)
        .toString(QUuid::WithoutBraces)
        .toStdString();
}

using Step = ConversationTemplate::Step;

QString stepsToJson(const std::vector<Step> &steps)
{
    QJsonArray array;
    for (const Step &s : steps) {
        array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("participants"), toKey(s.participants)},
                                 {QStringLiteral("followUpDays"), s.followUpDays},
                                 {QStringLiteral("optional"), s.optional}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<Step> stepsFromJson(const QString &json)
{
    std::vector<Step> steps;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        steps.push_back(
            Step{o.value(QStringLiteral("name")).toString(),
                 participantsFromString(o.value(QStringLiteral("participants")).toString()),
                 o.value(QStringLiteral("followUpDays")).toInt(),
                 o.value(QStringLiteral("optional")).toBool()});
    }
    return steps;
}

ConversationTemplate toTemplate(const store::Record &r)
{
    return ConversationTemplate{r.id,
                                qtext(r, fields::conversation_template::name),
                                qtext(r, fields::conversation_template::kind),
                                int32(r, fields::conversation_template::min_age),
                                int32(r, fields::conversation_template::max_age),
                                stepsFromJson(qtext(r, fields::conversation_template::steps)),
                                r.isNull(fields::conversation_template::version)
                                    ? 1
                                    : int32(r, fields::conversation_template::version)};
}

std::vector<store::FieldValue> templateFields(const ConversationTemplate &t)
{
    return {{fields::conversation_template::name, text(t.name.trimmed())},
            {fields::conversation_template::kind, text(t.kind.trimmed())},
            {fields::conversation_template::min_age, integer(t.minAge)},
            {fields::conversation_template::max_age, integer(t.maxAge)},
            {fields::conversation_template::steps, text(stepsToJson(t.steps))},
            {fields::conversation_template::version, integer(t.version)}};
}

} // namespace

std::vector<ConversationTemplate> ConversationTemplateService::defaults()
{
    using P = Participants;
    return {
        // Barns Rätt som Anhöriga (Stiftelsen Allmänna Barnhuset), 7-18: step names only.
        {{},
         QStringLiteral("BRA-samtal"),
         QStringLiteral("bra"),
         7,
         18,
         {{QStringLiteral("Inledande samtal med förälder och barn"), P::ParentsAndChild, 0, false},
          {QStringLiteral("Samtal med barnet"), P::Child, 14, false},
          {QStringLiteral("Uppföljning med barn och förälder"), P::ParentsAndChild, 30, false}}},
        // Let's Talk about Children: two meetings with the parent(s), an optional network meeting.
        {{},
         QStringLiteral("Föra barnen på tal"),
         QStringLiteral("fbt"),
         0,
         18,
         {{QStringLiteral("Första samtalet med föräldern"), P::Parents, 0, false},
          {QStringLiteral("Andra samtalet med föräldern"), P::Parents, 14, false},
          {QStringLiteral("Nätverksmöte"), P::Network, 30, true}}},
        // Beardslees familjeintervention, 8-15.
        {{},
         QStringLiteral("Beardslees familjeintervention"),
         QStringLiteral("beardslee"),
         8,
         15,
         {{QStringLiteral("Föräldrasamtal 1"), P::Parents, 0, false},
          {QStringLiteral("Föräldrasamtal 2"), P::Parents, 7, false},
          {QStringLiteral("Barnsamtal"), P::Child, 7, false},
          {QStringLiteral("Föräldrasamtal 3"), P::Parents, 7, false},
          {QStringLiteral("Familjemöte"), P::Family, 14, false},
          {QStringLiteral("Uppföljning 1"), P::Family, 90, true},
          {QStringLiteral("Uppföljning 2"), P::Family, 180, true}}},
    };
}

DomainResult<bool> ConversationTemplateService::validate(const ConversationTemplate &t)
{
    if (t.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (t.kind.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "kind");
    if (t.minAge < 0 || t.maxAge > 18 || t.minAge > t.maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "min_age");
    if (t.steps.empty())
        return domainError(DomainErrc::Empty, "steps");
    // The field names the step ("steps.2.name") so the editor marks that row.
    for (std::size_t i = 0; i < t.steps.size(); ++i) {
        const Step &s = t.steps[i];
        const std::string at = "steps." + std::to_string(i) + ".";
        if (s.name.trimmed().isEmpty())
            return domainError(DomainErrc::Empty, at + "name");
        if (s.followUpDays < 0 || s.followUpDays > kMaxFollowUpDays)
            return domainError(DomainErrc::OutOfRange, at + "followUpDays");
    }
    return true;
}

DomainResult<std::size_t> ConversationTemplateService::installDefaults(const store::Actor &actor)
{
    std::vector<store::Change> changes;
    for (const auto &t : defaults()) {
        auto existing = listLive(m_store, "conversation_template",
                                 {{fields::conversation_template::kind, text(t.kind)}});
        if (!existing)
            return existing.error();
        if (!existing->empty())
            continue;
        const std::string id = defaultTemplateId(actor.unitId, t.kind);
        auto removed = m_store.get("conversation_template", id);
        if (!removed)
            return fromStore(removed.error());
        if (*removed)
            continue; // the unit removed this model of ours: it stays removed
        changes.push_back(
            {store::ChangeKind::Create, "conversation_template", id, templateFields(t)});
        // The template belongs to the installing unit (the store sets the actor's unit), so
        // it syncs within that unit like everything else.
    }
    if (changes.empty())
        return std::size_t{0};
    auto w = write(m_store, actor, changes);
    if (!w)
        return w.error();
    return changes.size();
}

DomainResult<std::string> ConversationTemplateService::create(const store::Actor &actor,
                                                              const ConversationTemplate &t)
{
    if (auto v = validate(t); !v)
        return v.error();
    store::Change c{store::ChangeKind::Create, "conversation_template", sync::newUuidV7(),
                    templateFields(t)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> ConversationTemplateService::update(const store::Actor &actor,
                                                       const ConversationTemplate &t)
{
    if (auto v = validate(t); !v)
        return v.error();
    auto r = getLive(m_store, "conversation_template", t.id, "template_id");
    if (!r)
        return r.error();
    ConversationTemplate next = t;
    next.version = toTemplate(*r).version + 1;
    store::Change c{store::ChangeKind::Update, "conversation_template", t.id, templateFields(next)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<ConversationTemplate> ConversationTemplateService::get(const std::string &id) const
{
    auto r = getLive(m_store, "conversation_template", id, "template_id");
    if (!r)
        return r.error();
    return toTemplate(*r);
}

DomainResult<ConversationTemplate> ConversationTemplateService::byKind(const QString &kind) const
{
    auto rows = listLive(m_store, "conversation_template",
                         {{fields::conversation_template::kind, text(kind)}});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return domainError(DomainErrc::NotFound, "kind");
    return toTemplate(rows->front());
}

DomainResult<ConversationTemplate>
ConversationTemplateService::forSeries(const store::Record &series) const
{
    auto t = get(series.text(fields::conversation_series::template_id));
    if (!t)
        return t.error();
    if (!series.isNull(fields::conversation_series::template_steps)) {
        t->steps = stepsFromJson(qtext(series, fields::conversation_series::template_steps));
        t->version = series.isNull(fields::conversation_series::template_version)
                         ? 1
                         : int32(series, fields::conversation_series::template_version);
    }
    return t;
}

DomainResult<ConversationTemplate>
ConversationTemplateService::forSeries(const std::string &seriesId) const
{
    auto s = getLive(m_store, "conversation_series", seriesId, "series_id");
    if (!s)
        return s.error();
    return forSeries(*s);
}

std::vector<store::FieldValue>
ConversationTemplateService::seriesFields(const ConversationTemplate &t)
{
    return {{fields::conversation_series::template_steps, text(stepsToJson(t.steps))},
            {fields::conversation_series::template_version, integer(t.version)}};
}

std::vector<ConversationTemplate> ConversationTemplateService::all() const
{
    std::vector<ConversationTemplate> out;
    if (auto rows = listLive(m_store, "conversation_template", {}, "name")) {
        for (const auto &r : *rows)
            out.push_back(toTemplate(r));
    }
    return out;
}

} // namespace lykta::domain
