#include "conversationeditor.h"

#include "amendmentservice.h"
#include "conversationtemplateservice.h"
#include "kvacodeservice.h"
#include "store/fields.h"

#include <QDateTime>
#include <QLocale>

namespace lykta::app {

QString ConversationEditor::staffName(const std::string &staffId) const
{
    auto staff = workspace()->store().get("staff", staffId);
    if (staff && staff->has_value())
        return QString::fromStdString((*staff)->text(store::fields::staff::name));
    return tr("okänd personal");
}

ConversationEditor::ConversationEditor(QObject *parent)
    : EditorBase(parent), m_date(QDate::currentDate().toString(Qt::ISODate))
{
    // The codes offered are those of the series' conversation model.
    connect(this, &ConversationEditor::seriesIdChanged, this,
            &ConversationEditor::kvaChoicesChanged);
}

void ConversationEditor::setConversationId(const QString &id)
{
    if (m_conversationId == id)
        return;
    m_conversationId = id;
    load();
}

void ConversationEditor::load()
{
    clearErrors();
    m_amendments.clear();
    m_signed = false;
    m_signedText.clear();
    if (!workspace() || m_conversationId.isEmpty()) {
        announceLoad();
        return;
    }
    const auto &actor = workspace()->actor();
    auto c = workspace()->conversations().conversation(actor, m_conversationId.toStdString());
    if (!c) {
        fail(c.error());
        announceLoad();
        return;
    }
    m_seriesId = QString::fromStdString(c->seriesId);
    m_step = c->step;
    m_date = c->date.toString(Qt::ISODate);
    m_durationMin = c->durationMin;
    m_place = c->place;
    m_participants = static_cast<int>(c->participants);
    m_kvaCode = c->kvaCode;
    m_wantsToKnow = c->sections.wantsToKnow;
    m_informationGiven = c->sections.informationGiven;
    m_childView = c->sections.childView;
    m_advice = c->sections.advice;
    m_supportAgreed = c->sections.supportAgreed;
    m_nextStep = c->sections.nextStep;
    m_childWordsPrivate = c->childWordsPrivate;
    m_concernToReport = c->concernToReport;
    m_signed = c->status == domain::Conversation::Status::Signed;
    if (m_signed) {
        const auto when = QDateTime::fromString(c->signedAt, Qt::ISODate);
        //: %1 is when, %2 the name of the staff member who signed
        m_signedText = tr("Signerad %1 av %2")
                           .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                                staffName(c->signedBy));
        auto amendments = domain::AmendmentService(workspace()->store())
                              .amendments(actor, "conversation", m_conversationId.toStdString());
        if (amendments) {
            for (const auto &a : *amendments) {
                const auto at = QDateTime::fromString(a.writtenAt, Qt::ISODate);
                m_amendments.append(QVariantMap{
                    {QStringLiteral("id"), QString::fromStdString(a.id)},
                    {QStringLiteral("reason"), a.reason},
                    {QStringLiteral("body"), a.body},
                    {QStringLiteral("writtenAt"),
                     QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)},
                    {QStringLiteral("author"), staffName(a.author)},
                });
            }
        }
    }
    announceLoad();
}

domain::Conversation ConversationEditor::toConversation() const
{
    domain::Conversation c;
    c.id = m_conversationId.toStdString();
    c.seriesId = m_seriesId.toStdString();
    c.step = m_step;
    c.date = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    c.durationMin = m_durationMin;
    c.place = m_place.trimmed();
    c.participants = static_cast<domain::Participants>(m_participants);
    c.kvaCode = m_kvaCode.trimmed().toUpper();
    c.sections = {m_wantsToKnow, m_informationGiven, m_childView,
                  m_advice,      m_supportAgreed,    m_nextStep};
    c.childWordsPrivate = m_childWordsPrivate;
    c.concernToReport = m_concernToReport;
    return c;
}

bool ConversationEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    const auto &actor = workspace()->actor();
    const domain::Conversation c = toConversation();
    if (m_conversationId.isEmpty()) {
        auto id = workspace()->conversations().recordConversation(actor, c);
        if (!id)
            return fail(id.error());
        m_conversationId = QString::fromStdString(*id);
    } else if (auto r = workspace()->conversations().updateConversation(actor, c); !r) {
        return fail(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

bool ConversationEditor::sign()
{
    if (!save())
        return false;
    auto r = workspace()->conversations().signConversation(workspace()->actor(),
                                                           m_conversationId.toStdString());
    if (!r)
        return fail(r.error());
    workspace()->notifyChanged();
    workspace()->notifySigned();
    load();
    return true;
}

bool ConversationEditor::amend(const QString &reason, const QString &body)
{
    clearErrors();
    if (!workspace())
        return false;
    auto r = domain::AmendmentService(workspace()->store())
                 .amend(workspace()->actor(), "conversation", m_conversationId.toStdString(),
                        reason.trimmed(), body.trimmed());
    if (!r)
        return fail(r.error());
    workspace()->notifyChanged();
    workspace()->notifySigned();
    load();
    return true;
}

QVariantList ConversationEditor::kvaChoices() const
{
    QVariantList out;
    if (!workspace() || m_seriesId.isEmpty())
        return out;
    auto tmpl = domain::ConversationTemplateService(workspace()->store())
                    .forSeries(m_seriesId.toStdString());
    if (!tmpl)
        return out;
    bool hasCurrent = m_kvaCode.isEmpty();
    for (const auto &c : domain::KvaCodeService(workspace()->store()).codesForKind(tmpl->kind)) {
        hasCurrent = hasCurrent || c.code == m_kvaCode;
        out.append(
            QVariantMap{{QStringLiteral("code"), c.code},
                        {QStringLiteral("label"), c.code + QStringLiteral(" – ") + c.title}});
    }
    // A code the conversation already has stays shown, even once retired or unmapped.
    if (!hasCurrent)
        out.append(
            QVariantMap{{QStringLiteral("code"), m_kvaCode}, {QStringLiteral("label"), m_kvaCode}});
    return out;
}

} // namespace lykta::app
