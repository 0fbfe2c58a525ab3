#include "templateeditor.h"

#include "conversationtemplateservice.h"
#include "managerrole.h"

#include <QUuid>

namespace lykta::app {

using Step = domain::ConversationTemplate::Step;

void TemplateEditor::setTemplateId(const QString &id)
{
    if (m_templateId == id)
        return;
    m_templateId = id;
    load();
}

QStringList TemplateEditor::participantNames()
{
    // In the order of domain::Participants.
    return {tr("Föräldrar"), tr("Barnet"), tr("Föräldrar och barn"), tr("Nätverket"),
            tr("Hela familjen")};
}

void TemplateEditor::load()
{
    clearErrors();
    m_template = {};
    m_canEdit = workspace() && isManager(*workspace());
    if (workspace() && !m_templateId.isEmpty()) {
        auto t = domain::ConversationTemplateService(workspace()->store())
                     .get(m_templateId.toStdString());
        if (t)
            m_template = *t;
        else
            fail(t.error());
    }
    if (m_templateId.isEmpty())
        m_template.steps.push_back({});
    m_name = m_template.name;
    m_kind = m_template.kind;
    m_minAge = m_template.minAge;
    m_maxAge = m_template.maxAge;
    announceLoad();
    emit stepsChanged();
}

QVariantList TemplateEditor::steps() const
{
    QVariantList out;
    for (const Step &s : m_template.steps) {
        out.append(QVariantMap{{QStringLiteral("name"), s.name},
                               {QStringLiteral("participants"), static_cast<int>(s.participants)},
                               {QStringLiteral("followUpDays"), s.followUpDays},
                               {QStringLiteral("optional"), s.optional}});
    }
    return out;
}

bool TemplateEditor::validRow(int row) const
{
    return row >= 0 && row < static_cast<int>(m_template.steps.size());
}

void TemplateEditor::addStep()
{
    Step step;
    // A new step usually follows the one before it after the same interval.
    if (!m_template.steps.empty())
        step.followUpDays = m_template.steps.back().followUpDays;
    m_template.steps.push_back(step);
    emit stepsChanged();
}

void TemplateEditor::removeStep(int row)
{
    if (!validRow(row))
        return;
    m_template.steps.erase(m_template.steps.begin() + row);
    clearErrors(); // messages name rows, which have moved
    emit stepsChanged();
}

void TemplateEditor::moveStep(int from, int to)
{
    if (!validRow(from) || !validRow(to) || from == to)
        return;
    const Step moved = m_template.steps[static_cast<std::size_t>(from)];
    m_template.steps.erase(m_template.steps.begin() + from);
    m_template.steps.insert(m_template.steps.begin() + to, moved);
    clearErrors();
    emit stepsChanged();
}

// Typed text is kept without a change signal: the field showing it already has it, and
// rebuilding the list would take the focus away from it.
void TemplateEditor::setStepName(int row, const QString &name)
{
    if (validRow(row))
        m_template.steps[static_cast<std::size_t>(row)].name = name;
}

void TemplateEditor::setStepParticipants(int row, int participants)
{
    if (validRow(row) && participants >= 0 && participants < participantNames().size())
        m_template.steps[static_cast<std::size_t>(row)].participants =
            static_cast<domain::Participants>(participants);
}

void TemplateEditor::setStepDays(int row, int days)
{
    if (validRow(row))
        m_template.steps[static_cast<std::size_t>(row)].followUpDays = days;
}

void TemplateEditor::setStepOptional(int row, bool optional)
{
    if (validRow(row))
        m_template.steps[static_cast<std::size_t>(row)].optional = optional;
}

bool TemplateEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    if (!isManager(*workspace()))
        return fail(domain::domainError(domain::DomainErrc::NotPermitted, "role"));
    domain::ConversationTemplate t = m_template;
    t.name = m_name;
    t.kind = m_kind;
    t.minAge = m_minAge;
    t.maxAge = m_maxAge;
    domain::ConversationTemplateService templates(workspace()->store());
    if (m_templateId.isEmpty()) {
        // The unit's own model: a kind of its own, which KVÅ codes can be mapped to.
        if (t.kind.trimmed().isEmpty())
            t.kind = QStringLiteral("own-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        auto id = templates.create(workspace()->actor(), t);
        if (!id)
            return fail(id.error());
        m_templateId = QString::fromStdString(*id);
    } else {
        t.id = m_templateId.toStdString();
        if (auto r = templates.update(workspace()->actor(), t); !r)
            return fail(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
