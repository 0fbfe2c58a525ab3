#pragma once

#include "conversationtemplate.h"
#include "editorbase.h"

#include <QVariantList>

namespace lykta::app {

// The form behind Mer → Samtalsmallar → a template: its name, kind, age band and steps (add,
// remove, move, rename, participants, due days, optional). Only managers save (canEdit); a
// save is the template's next version, and series already running keep the steps they
// started with. Each step's message is in fieldErrors as "steps.<row>.name" or
// "steps.<row>.followUpDays".
class TemplateEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new template of the unit; set to edit an existing one.
    Q_PROPERTY(QString templateId READ templateId WRITE setTemplateId NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY nameChanged)
    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY kindChanged)
    Q_PROPERTY(int minAge MEMBER m_minAge NOTIFY minAgeChanged)
    Q_PROPERTY(int maxAge MEMBER m_maxAge NOTIFY maxAgeChanged)
    Q_PROPERTY(int version READ version NOTIFY loaded)
    // One map per step: name, participants (0-4 as Participants), followUpDays, optional.
    Q_PROPERTY(QVariantList steps READ steps NOTIFY stepsChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
    Q_PROPERTY(QStringList participantNames READ participantNames CONSTANT)

public:
    using EditorBase::EditorBase;

    QString templateId() const { return m_templateId; }
    void setTemplateId(const QString &id);
    int version() const { return m_template.version; }
    QVariantList steps() const;
    bool canEdit() const { return m_canEdit; }
    static QStringList participantNames();

    Q_INVOKABLE void addStep();
    Q_INVOKABLE void removeStep(int row);
    Q_INVOKABLE void moveStep(int from, int to);
    Q_INVOKABLE void setStepName(int row, const QString &name);
    Q_INVOKABLE void setStepParticipants(int row, int participants);
    Q_INVOKABLE void setStepDays(int row, int days);
    Q_INVOKABLE void setStepOptional(int row, bool optional);
    // True when saved; templateId then names the template.
    Q_INVOKABLE bool save();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void nameChanged();
    void kindChanged();
    void minAgeChanged();
    void maxAgeChanged();
    void stepsChanged();

protected:
    void load() override;

private:
    bool validRow(int row) const;

    QString m_templateId, m_name, m_kind;
    int m_minAge = 0, m_maxAge = 18;
    domain::ConversationTemplate m_template;
    bool m_canEdit = false;
};

} // namespace lykta::app
