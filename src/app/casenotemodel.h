#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct CaseNoteRow
{
    QString id, kind, date, about, author;
    bool isSigned = false;
};

// The case notes on a family page (the family's own and its children's) or a child page,
// newest first: what kind of contact, when, about whom, who wrote it, draft or signed.
// Listing them is a read of each note and is logged as one.
class CaseNoteModel : public RowListModel<CaseNoteRow>
{
    Q_OBJECT
    QML_ELEMENT
    // Set one: the family's notes and its children's, or one child's.
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY familyIdChanged)
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    // The page's own filter: only notes where every typed word starts a word of the text, the
    // kind of contact, whom it is about or who wrote it.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        KindRole,
        DateRole,
        AboutRole,
        AuthorRole,
        SignedRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);
    QString childId() const { return m_childId; }
    void setChildId(const QString &id);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QHash<int, QByteArray> roleNames() const override;

signals:
    void familyIdChanged();
    void childIdChanged();
    void filterChanged();

protected:
    void reload() override;
    QVariant roleData(const CaseNoteRow &row, int role) const override;

private:
    QString m_familyId, m_childId, m_filter;
};

} // namespace lykta::app
