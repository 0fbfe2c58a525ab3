#include "searchtarget.h"

#include "casenotekinds.h"
#include "conversationtemplateservice.h"
#include "store/fields.h"

#include <QRegularExpression>

#include <algorithm>

namespace lykta::app {

namespace {

QString qtext(const store::Record &r, const store::Field &field)
{
    return QString::fromStdString(r.text(field));
}

std::optional<store::Record> live(const store::Store &store, const char *entity,
                                  const std::string &id)
{
    if (id.empty())
        return std::nullopt;
    auto r = store.get(entity, id);
    if (!r || !r->has_value() || (*r)->deleted())
        return std::nullopt;
    return std::move(**r);
}

QString childName(const store::Record &child)
{
    return (qtext(child, store::fields::child::first_name) + u' ' +
            qtext(child, store::fields::child::last_name))
        .trimmed();
}

} // namespace

QStringList SearchTarget::words(const QString &query)
{
    // The same words the store's full-text query is made of: letters and digits.
    static const QRegularExpression kNotWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return query.toLower().split(kNotWord, Qt::SkipEmptyParts);
}

SearchTarget SearchTarget::read(store::Store &store, const store::SearchHit &hit,
                                const QStringList &words)
{
    SearchTarget t;
    t.date = QString::fromStdString(hit.day);
    if (auto staff = live(store, "staff", hit.author))
        t.author = qtext(*staff, store::fields::staff::name);
    const std::string &entity = hit.entity;
    auto record = live(store, entity.c_str(), hit.entityId);
    if (!record)
        return t;
    if (entity == "note") {
        t.readNote(store, *record);
        t.findMatch(*record, {store::fields::note::body}, words);
    } else if (entity == "conversation") {
        t.kindWords = tr("Samtal");
        t.readConversation(store, *record);
        t.findMatch(*record,
                    {store::fields::conversation::place, store::fields::conversation::wants_to_know,
                     store::fields::conversation::information_given,
                     store::fields::conversation::child_view, store::fields::conversation::advice,
                     store::fields::conversation::support_agreed,
                     store::fields::conversation::next_step},
                    words);
    } else if (entity == "amendment") {
        // A correction opens the record it corrects, where it is shown below the original.
        const std::string target = record->text(store::fields::amendment::target_entity);
        if (auto original =
                live(store, target.c_str(), record->text(store::fields::amendment::target_id))) {
            if (target == "conversation")
                t.readConversation(store, *original);
            else
                t.readNote(store, *original);
        }
        t.kindWords = tr("Rättelse");
        t.args.insert(QStringLiteral("amendmentId"), QString::fromStdString(hit.entityId));
        t.findMatch(*record, {store::fields::amendment::reason, store::fields::amendment::body},
                    words);
    } else if (entity == "family" || entity == "child" || entity == "support_group") {
        // Found by its name: its own page opens, the name as its title.
        const bool child = entity == "child";
        const QString page = child                ? QStringLiteral("child")
                             : entity == "family" ? QStringLiteral("family")
                                                  : QStringLiteral("group");
        t.kindWords = child ? tr("Barn") : entity == "family" ? tr("Familj") : tr("Grupp");
        const store::Field name =
            entity == "family" ? store::fields::family::name : store::fields::support_group::name;
        t.about = child ? childName(*record) : qtext(*record, name);
        t.page = page;
        t.args = {{page + QStringLiteral("Id"), QString::fromStdString(hit.entityId)},
                  {page + QStringLiteral("Name"), t.about}};
        if (child)
            t.findMatch(*record,
                        {store::fields::child::first_name, store::fields::child::last_name}, words);
        else
            t.findMatch(*record, {name}, words);
    }
    return t;
}

void SearchTarget::readNote(store::Store &store, const store::Record &note)
{
    const std::string subjectEntity = note.text(store::fields::note::subject_entity);
    const std::string subjectId = note.text(store::fields::note::subject_id);
    const QString noteId = QString::fromStdString(note.id);
    const std::string kind = note.text(store::fields::note::kind);
    if (kind == "case") {
        //: A case note outside a conversation series; %1 is its kind (Telefonsamtal)
        kindWords = tr("Anteckning i ärendet: %1")
                        .arg(CaseNoteKinds::label(qtext(note, store::fields::note::case_kind)));
        page = QStringLiteral("caseNote");
        args.insert(QStringLiteral("noteId"), noteId);
        if (subjectEntity == "family") {
            args.insert(QStringLiteral("familyId"), QString::fromStdString(subjectId));
            if (auto family = live(store, "family", subjectId))
                about = qtext(*family, store::fields::family::name);
        } else {
            args.insert(QStringLiteral("childId"), QString::fromStdString(subjectId));
            if (auto child = live(store, "child", subjectId))
                about = childName(*child);
        }
        return;
    }
    // A session note, or a note about one child at a session: both open the session.
    std::optional<store::Record> session;
    std::string groupId;
    if (subjectEntity == "group_session") {
        kindWords = tr("Anteckning från träffen");
        session = live(store, "group_session", subjectId);
        if (session)
            groupId = session->text(store::fields::group_session::group_id);
    } else if (subjectEntity == "group_member") {
        kindWords = tr("Anteckning om ett barn i gruppen");
        if (auto member = live(store, "group_member", subjectId)) {
            groupId = member->text(store::fields::group_member::group_id);
            about = qtext(*member, store::fields::group_member::alias);
            if (auto child =
                    live(store, "child", member->text(store::fields::group_member::child_id)))
                about = childName(*child);
            args.insert(QStringLiteral("memberId"), QString::fromStdString(subjectId));
            // The note is written at a session: the group's session on the note's day.
            auto sessions = store.list(
                "group_session", {{store::fields::group_session::group_id, sync::Value(groupId)}},
                "date");
            if (sessions) {
                for (auto &s : *sessions) {
                    if (!session || s.text(store::fields::group_session::date) ==
                                        note.text(store::fields::note::event_date))
                        session = s;
                }
            }
        }
    } else {
        kindWords = tr("Anteckning");
        return;
    }
    auto group = live(store, "support_group", groupId);
    if (group) {
        const QString groupName = qtext(*group, store::fields::support_group::name);
        about = about.isEmpty() ? groupName : about + QStringLiteral(" · ") + groupName;
    }
    if (!session)
        return;
    page = QStringLiteral("session");
    args.insert(QStringLiteral("groupId"), QString::fromStdString(groupId));
    args.insert(QStringLiteral("sessionId"), QString::fromStdString(session->id));
    //: A session's title: its number and theme
    args.insert(QStringLiteral("sessionTitle"),
                tr("Träff %1: %2")
                    .arg(session->integer(store::fields::group_session::number))
                    .arg(qtext(*session, store::fields::group_session::theme)));
    args.insert(QStringLiteral("noteId"), QString::fromStdString(note.id));
}

void SearchTarget::readConversation(store::Store &store, const store::Record &conversation)
{
    page = QStringLiteral("conversation");
    const std::string seriesId = conversation.text(store::fields::conversation::series_id);
    const auto step = static_cast<int>(conversation.integer(store::fields::conversation::step));
    args.insert(QStringLiteral("conversationId"), QString::fromStdString(conversation.id));
    args.insert(QStringLiteral("seriesId"), QString::fromStdString(seriesId));
    args.insert(QStringLiteral("step"), step);
    auto series = live(store, "conversation_series", seriesId);
    if (!series)
        return;
    if (auto child =
            live(store, "child", series->text(store::fields::conversation_series::child_id)))
        about = childName(*child);
    auto tmpl = domain::ConversationTemplateService(store).forSeries(*series);
    if (tmpl && step >= 0 && step < static_cast<int>(tmpl->steps.size()))
        args.insert(QStringLiteral("stepName"), tmpl->steps[static_cast<std::size_t>(step)].name);
}

int SearchTarget::matchAt(const QString &text, const QStringList &words, int *length)
{
    const QString lower = text.toLower();
    for (qsizetype at = 0; at < lower.size(); ++at) {
        const bool wordStart =
            lower[at].isLetterOrNumber() && (at == 0 || !lower[at - 1].isLetterOrNumber());
        if (!wordStart)
            continue;
        for (const QString &word : words) {
            if (QStringView(lower).mid(at).startsWith(word)) {
                if (length)
                    *length = static_cast<int>(word.size());
                return static_cast<int>(at);
            }
        }
    }
    return -1;
}

bool SearchTarget::matchesAll(const QString &text, const QStringList &words)
{
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &word) { return matchAt(text, {word}) >= 0; });
}

void SearchTarget::findMatch(const store::Record &record,
                             std::initializer_list<store::Field> fields, const QStringList &words)
{
    for (const store::Field &field : fields) {
        int length = 0;
        const int at = matchAt(qtext(record, field), words, &length);
        if (at >= 0) {
            matchField = QString::fromLatin1(field.name);
            matchOffset = at;
            matchLength = length;
            return;
        }
    }
}

} // namespace lykta::app
