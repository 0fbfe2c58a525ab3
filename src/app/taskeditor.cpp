#include "taskeditor.h"

#include "shippedtext.h"

#include "conversationtemplateservice.h"
#include "taskservice.h"
#include "tasktext.h"
#include "unitservice.h"

#include <QDateTime>
#include <QLocale>

namespace lykta::app {

TaskEditor::TaskEditor(QObject *parent) : EditorBase(parent) {}

void TaskEditor::setTaskId(const QString &id)
{
    if (m_taskId == id)
        return;
    m_taskId = id;
    load();
}

QString TaskEditor::staffName(const std::string &id) const
{
    auto staff = domain::UnitService(workspace()->store()).staff(id);
    return staff ? staff->name : QString();
}

void TaskEditor::load()
{
    clearErrors();
    m_headline.clear();
    m_detail.clear();
    m_recordText.clear();
    m_conversationId.clear();
    m_seriesId.clear();
    m_stepName.clear();
    m_step = 0;
    m_conversationDate = {};
    m_isConcern = m_done = false;
    m_staffChoices.clear();
    if (!workspace() || m_taskId.isEmpty()) {
        announceLoad();
        return;
    }
    const auto &actor = workspace()->actor();
    auto task = domain::TaskService(workspace()->store()).task(actor, m_taskId.toStdString());
    if (!task) {
        fail(task.error());
        announceLoad();
        return;
    }
    m_headline = TaskText::headline(*task);
    m_isConcern = task->kind == domain::Task::Kind::ConcernReport;
    m_done = task->done;
    const QString assignee = staffName(task->assignee);
    if (task->subjectEntity == "conversation") {
        auto c = workspace()->conversations().conversation(actor, task->subjectId);
        if (c) {
            m_conversationId = QString::fromStdString(c->id);
            m_seriesId = QString::fromStdString(c->seriesId);
            m_step = c->step;
            m_conversationDate = c->date;
            if (auto series = workspace()->conversations().series(actor, c->seriesId)) {
                auto tmpl = domain::ConversationTemplateService(workspace()->store())
                                .get(series->templateId);
                if (tmpl && m_step >= 0 && m_step < static_cast<int>(tmpl->steps.size()))
                    m_stepName =
                        ShippedText::display(tmpl->steps[static_cast<std::size_t>(m_step)].name);
            }
        }
    }
    const QString day = m_conversationDate.isValid()
                            ? QLocale().toString(m_conversationDate, QLocale::LongFormat)
                            : QString();
    //: %1 is the staff member the task is for, %2 the date of the conversation
    m_detail = day.isEmpty() ? tr("Uppgift för %1").arg(assignee)
                             : tr("Uppgift för %1 · samtalet hölls %2").arg(assignee, day);

    if (const auto &record = task->concern) {
        const QString when = QLocale().toString(record->date, QLocale::LongFormat);
        if (record->outcome == domain::ConcernRecord::Outcome::Filed) {
            //: %1 the date, %2 which social services, %3 the staff member who filed it
            m_recordText = tr("Orosanmälan gjord %1 till %2 av %3.")
                               .arg(when, record->recipient, staffName(record->filedBy));
            if (!record->reference.isEmpty())
                m_recordText += QLatin1Char(' ') + tr("Referens: %1.").arg(record->reference);
        } else {
            //: %1 the date of the decision, %2 the reason written down
            m_recordText =
                tr("Beslut %1 att inte göra en orosanmälan. Skäl: %2").arg(when, record->reason);
        }
        const auto at = QDateTime::fromString(record->closedAt, Qt::ISODate);
        //: %1 the staff member who recorded what was done, %2 when
        m_recordText += QLatin1Char('\n') +
                        tr("Registrerat av %1, %2")
                            .arg(staffName(record->closedBy),
                                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    }

    // The form starts as the most common case: filed today by the person recording it.
    m_filed = true;
    m_date = QDate::currentDate().toString(Qt::ISODate);
    m_recipient.clear();
    m_reference.clear();
    m_reason.clear();
    m_filedBy = QString::fromStdString(actor.staffId);
    for (const auto &s : domain::UnitService(workspace()->store()).staffOf(task->unitId)) {
        const QString label = s.title.isEmpty() ? s.name : tr("%1, %2").arg(s.name, s.title);
        m_staffChoices.append(QVariantMap{{QStringLiteral("key"), QString::fromStdString(s.id)},
                                          {QStringLiteral("label"), label}});
    }
    announceLoad();
}

bool TaskEditor::failWithWords(const domain::DomainError &error)
{
    using domain::DomainErrc;
    const std::string &f = error.field;
    QString words;
    if (error.code == DomainErrc::InvalidDate && f == "date")
        words = tr("Skriv ett datum som ÅÅÅÅ-MM-DD, i dag eller tidigare.");
    else if (error.code == DomainErrc::OutOfRange && f == "date")
        words = tr("Datumet kan inte vara före samtalet (%1).")
                    .arg(QLocale().toString(m_conversationDate, QLocale::ShortFormat));
    else if (error.code == DomainErrc::Empty && f == "recipient")
        words = tr("Skriv vilken socialtjänst anmälan gjordes till.");
    else if (error.code == DomainErrc::Empty && f == "filed_by")
        words = tr("Välj vem som gjorde anmälan.");
    else if (error.code == DomainErrc::NotFound && f == "filed_by")
        words = tr("Den som gjorde anmälan måste vara personal på enheten.");
    else if (error.code == DomainErrc::Empty && f == "reason")
        words = tr("Skriv varför ingen orosanmälan görs.");
    else if (error.code == DomainErrc::NotPermitted)
        words = tr("Bara den som har uppgiften eller en chef på enheten kan stänga den.");
    else if (error.code == DomainErrc::WrongState && f == "kind")
        words = tr("En orosanmälan stängs genom att registrera vad som gjordes.");
    else if (error.code == DomainErrc::WrongState && f == "done")
        words = tr("Uppgiften är redan stängd.");
    return fail(error, words);
}

bool TaskEditor::closeConcern()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::ConcernRecord record;
    record.outcome =
        m_filed ? domain::ConcernRecord::Outcome::Filed : domain::ConcernRecord::Outcome::NotFiled;
    record.date = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    record.recipient = m_recipient;
    record.filedBy = m_filedBy.toStdString();
    record.reference = m_reference;
    record.reason = m_reason;
    auto r = domain::TaskService(workspace()->store())
                 .completeConcern(workspace()->actor(), m_taskId.toStdString(), record);
    if (!r)
        return failWithWords(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

bool TaskEditor::markDone()
{
    clearErrors();
    if (!workspace())
        return false;
    auto r = domain::TaskService(workspace()->store())
                 .complete(workspace()->actor(), m_taskId.toStdString());
    if (!r)
        return failWithWords(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
