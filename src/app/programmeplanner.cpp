#include "programmeplanner.h"

#include "shippedtext.h"

#include <QLocale>

namespace lykta::app {

ProgrammePlanner::ProgrammePlanner(QObject *parent) : EditorBase(parent)
{
    // A preview shows the plan as it was asked for: another day, weekday, time or number of
    // sessions asks again before anything is planned.
    for (const auto changed : {&ProgrammePlanner::fromChanged, &ProgrammePlanner::weekdayChanged,
                               &ProgrammePlanner::timeChanged, &ProgrammePlanner::countChanged})
        connect(this, changed, this, [this] { setPreview({}); });
}

QStringList ProgrammePlanner::weekdayNames()
{
    QStringList names;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        names << QLocale().standaloneDayName(day, QLocale::LongFormat);
    return names;
}

void ProgrammePlanner::setGroupId(const QString &id)
{
    if (m_groupId == id)
        return;
    m_groupId = id;
    load();
}

void ProgrammePlanner::load()
{
    clearErrors();
    setPreview({});
    if (!workspace() || m_groupId.isEmpty())
        return;
    auto group = workspace()->groups().group(m_groupId.toStdString());
    if (!group) {
        fail(group.error());
        announceLoad();
        return;
    }
    // The plan continues after the group's last session, so nothing is planned twice.
    QDate from = std::max(group->startDate, QDate::currentDate());
    if (auto sessions = workspace()->groups().sessions(m_groupId.toStdString())) {
        for (const auto &s : *sessions)
            from = std::max(from, s.date.addDays(1));
        if (!sessions->empty() && sessions->back().time.isValid())
            m_time = sessions->back().time.toString(QStringLiteral("HH:mm"));
    }
    m_from = from.toString(Qt::ISODate);
    m_weekday = from.dayOfWeek();
    announceLoad();
}

bool ProgrammePlanner::addTheme(const QString &theme)
{
    if (theme.trimmed().isEmpty())
        return fail(QStringLiteral("themes"), tr("Skriv temat först."));
    m_themes << theme.trimmed();
    themesEdited();
    return true;
}

QStringList ProgrammePlanner::themes() const
{
    QStringList shown;
    for (const QString &theme : m_themes)
        shown << ShippedText::display(theme);
    return shown;
}

bool ProgrammePlanner::renameTheme(int index, const QString &theme)
{
    if (index < 0 || index >= m_themes.size())
        return false;
    if (theme.trimmed().isEmpty())
        return fail(QStringLiteral("themes"),
                    tr("Ett tema kan inte vara tomt. Ta bort det i stället."));
    // Unchanged (the shown words of a suggestion): it keeps its key, so it stays translatable.
    if (theme.trimmed() != ShippedText::display(m_themes.at(index))) {
        m_themes[index] = theme.trimmed();
        themesEdited();
    }
    return true;
}

void ProgrammePlanner::removeTheme(int index)
{
    if (index < 0 || index >= m_themes.size())
        return;
    m_themes.removeAt(index);
    themesEdited();
}

void ProgrammePlanner::moveTheme(int from, int to)
{
    if (from < 0 || from >= m_themes.size() || to < 0 || to >= m_themes.size() || from == to)
        return;
    m_themes.move(from, to);
    themesEdited();
}

void ProgrammePlanner::addSuggestions()
{
    // Stored as Lykta's Swedish keys, shown in the person's language (ShippedText).
    m_themes << ShippedText::suggestedThemes();
    themesEdited();
}

void ProgrammePlanner::themesEdited()
{
    clearErrors();
    setPreview({});
    emit themesChanged();
}

void ProgrammePlanner::setPreview(const QStringList &lines)
{
    if (m_preview == lines)
        return;
    m_preview = lines;
    emit previewChanged();
}

std::optional<domain::ProgrammePlan> ProgrammePlanner::plan()
{
    domain::ProgrammePlan p;
    p.groupId = m_groupId.toStdString();
    p.from = QDate::fromString(m_from.trimmed(), Qt::ISODate);
    if (!p.from.isValid()) {
        fail(QStringLiteral("from"), tr("Skriv första datum som ÅÅÅÅ-MM-DD."));
        return std::nullopt;
    }
    p.time = QTime::fromString(m_time.trimmed(), QStringLiteral("H:mm"));
    if (!p.time.isValid()) {
        fail(QStringLiteral("time"), tr("Skriv tiden som TT:MM, till exempel 16:30."));
        return std::nullopt;
    }
    p.weekday = m_weekday;
    p.count = m_count;
    p.themes = m_themes;
    if (m_count >= 1 && m_count <= domain::ProgrammePlan::kMaxSessions &&
        m_themes.size() < m_count) {
        fail(QStringLiteral("themes"),
             tr("Listan har %n teman men du planerar %1 träffar: lägg till teman eller planera "
                "färre träffar.",
                "", static_cast<int>(m_themes.size()))
                 .arg(m_count));
        return std::nullopt;
    }
    return p;
}

bool ProgrammePlanner::updatePreview()
{
    setPreview({});
    if (!workspace())
        return false;
    const auto p = plan();
    if (!p)
        return false;
    auto sessions = workspace()->groups().previewProgramme(*p);
    if (!sessions)
        return fail(sessions.error());
    clearErrors();
    QStringList lines;
    for (const auto &s : *sessions) {
        lines << tr("Träff %1 · %2 %3 · %4")
                     .arg(s.number)
                     .arg(QLocale().toString(s.date, QStringLiteral("dddd d MMMM yyyy")),
                          s.time.toString(QStringLiteral("HH:mm")), ShippedText::display(s.theme));
    }
    setPreview(lines);
    return true;
}

bool ProgrammePlanner::confirm()
{
    if (!workspace())
        return false;
    const auto p = plan();
    if (!p)
        return false;
    auto ids = workspace()->groups().planProgramme(workspace()->actor(), *p);
    if (!ids)
        return fail(ids.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
