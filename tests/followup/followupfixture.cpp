#include "followupfixture.h"

#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "familyservice.h"
#include "groupservice.h"
#include "identificationservice.h"
#include "kvacodeservice.h"
#include "noteservice.h"
#include "questionnaireservice.h"

#include <stdexcept>

namespace lykta::followup::test {

using namespace lykta::domain;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

template <class T>
T must(DomainResult<T> r, const char *what)
{
    if (!r)
        throw std::runtime_error(std::string("fixture: ") + what + ": " + toString(r.error().code) +
                                 " " + r.error().field);
    return std::move(*r);
}

} // namespace

Period FollowUpFixture::period()
{
    return {d("2026-01-01"), d("2026-06-30")};
}

std::string FollowUpFixture::id(DomainResult<std::string> created)
{
    std::string id = must(std::move(created), "create");
    remember(QString::fromStdString(id));
    return id;
}

FollowUpFixture::FollowUpFixture()
{
    const store::Actor &a = actor();
    remember(QString::fromStdString(unitId()));
    remember(QString::fromStdString(staffId()));
    remember(QStringLiteral("Testa Person"));
    const std::string karin = addStaff("Karin Kvist");
    remember(QString::fromStdString(karin));
    remember(QStringLiteral("Karin Kvist"));

    must(ConversationTemplateService(store()).installDefaults(a), "templates");
    const std::string bra =
        must(ConversationTemplateService(store()).byKind(QStringLiteral("bra")), "bra").id;
    must(KvaCodeService(store()).importCsv(
             a,
             QStringLiteral("DU055;Samtal med vuxen patient om barnets behov;parent\n"
                            "DU056;Samtal med vuxen patient och barnet;parent_and_child\n"),
             QStringLiteral("2026")),
         "kva");

    FamilyService families(store());
    const auto family = [&](const char *name, const char *problem, const char *firstContact) {
        remember(QString::fromUtf8(name));
        return id(families.createFamily(a, {{},
                                            unitId(),
                                            QString::fromUtf8(name),
                                            QString::fromLatin1(problem),
                                            d(firstContact),
                                            staffId()}));
    };
    const auto child = [&](const std::string &familyId, const char *first, const char *last,
                           const char *birth, const char *gender) {
        remember(QString::fromUtf8(first));
        remember(QString::fromUtf8(last));
        Child c;
        c.unitId = unitId();
        c.familyId = familyId;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        c.birthDate = d(birth);
        c.gender = QString::fromLatin1(gender);
        return id(families.addChild(a, c));
    };
    const std::string f1 = family("Familjen Ankarsvärd", "addiction", "2026-01-05");
    const std::string f2 = family("Familjen Bäckström", "mental_illness", "2026-01-10");
    const std::string f3 = family("Familjen Castell", "mental_illness", "2026-02-01");
    const std::string f4 = family("Familjen Dahlqvist", "physical_illness", "2025-11-20");
    const std::string f5 = family("Familjen Ekdahl", "mental_illness", "2026-03-01");
    const std::string f6 = family("Familjen Falk", "addiction", "2026-05-01");
    const std::string f8 = family("Familjen Gyllenborg", "", "2026-04-20");
    const std::string c1 = child(f1, "Astrid", "Ankarsvärd", "2016-03-15", "girl");
    const std::string c2 = child(f2, "Bertil", "Bäckström", "2012-06-01", "boy");
    const std::string c3 = child(f3, "Cecilia", "Castell", "2010-02-10", "girl");
    const std::string c4 = child(f3, "David", "Castell", "2014-08-08", "boy");
    const std::string c5 = child(f4, "Elsa", "Dahlqvist", "2011-01-01", "girl");
    const std::string c6 = child(f5, "Filip", "Ekdahl", "2013-05-05", "boy");
    const std::string c7 = child(f6, "Greta", "Falk", "2015-09-09", "girl");
    const std::string c8 = child(f8, "Hedvig", "Gyllenborg", "2009-12-24", "girl");

    Guardian g;
    g.unitId = unitId();
    g.familyId = f1;
    g.name = QStringLiteral("Sven Ankarsvärd");
    g.relation = QStringLiteral("father");
    g.phone = QStringLiteral("070-123 45 67");
    const std::string g1 = id(families.addGuardian(a, g));
    remember(g.name);
    remember(g.phone);

    IdentificationService identify(store());
    const auto identifyAs = [&](PendingIdentification::Subject subject, const std::string &rec,
                                const char *number) {
        auto pending =
            must(identify.prepareIdentification(a, subject, rec, QString::fromLatin1(number)),
                 "prepare");
        must(identify.confirmIdentification(pending.token, a), "confirm");
        const QString n = pending.normalized; // YYYYMMDD-NNNN
        remember(n);
        remember(QString(n).remove(QLatin1Char('-')));
        remember(n.mid(2));                                   // YYMMDD-NNNN
        remember(QString(n.mid(2)).remove(QLatin1Char('-'))); // YYMMDDNNNN
    };
    identifyAs(PendingIdentification::Subject::Child, c1, "20160315-2388");
    identifyAs(PendingIdentification::Subject::Child, c2, "20120601-4571");
    identifyAs(PendingIdentification::Subject::Guardian, g1, "19800704-4210");

    ConversationService conversations(store());
    const auto series = [&](const std::string &childId, const char *started) {
        return id(conversations.startSeries(a, childId, bra, d(started)));
    };
    int textNo = 0;
    const auto talk = [&](const std::string &seriesId, int step, const char *date, const char *kind,
                          const char *kva) {
        ++textNo;
        Conversation c;
        c.seriesId = seriesId;
        c.step = step;
        c.date = d(date);
        c.durationMin = 45;
        c.place = QStringLiteral("Hemma hos familjen på Rönngatan %1").arg(textNo);
        c.staffId = textNo % 2 ? staffId() : karin;
        c.kind = QString::fromLatin1(kind);
        c.kvaCode = QString::fromLatin1(kva);
        c.sections.wantsToKnow = QStringLiteral("Undrar om mamma blir frisk igen %1").arg(textNo);
        c.sections.informationGiven = QStringLiteral("Berättade om behandlingen %1").arg(textNo);
        c.sections.childView = QStringLiteral("Jag är rädd när pappa dricker %1").arg(textNo);
        c.sections.advice = QStringLiteral("Prata med mormor Ingrid %1").arg(textNo);
        c.sections.supportAgreed = QStringLiteral("Läxhjälp på fritids %1").arg(textNo);
        c.sections.nextStep = QStringLiteral("Ses igen efter sportlovet %1").arg(textNo);
        for (const QString &t :
             {c.place, c.sections.wantsToKnow, c.sections.informationGiven, c.sections.childView,
              c.sections.advice, c.sections.supportAgreed, c.sections.nextStep})
            remember(t);
        return id(conversations.recordConversation(a, c));
    };
    using Outcome = ConversationSeries::Outcome;

    const std::string s1 = series(c1, "2026-01-15");
    talk(s1, 0, "2026-01-20", "parent", "DU055");
    talk(s1, 1, "2026-02-03", "child", "");
    talk(s1, 2, "2026-03-10", "parent_and_child", "DU056");

    const std::string s2 = series(c2, "2026-01-12");
    talk(s2, 0, "2026-01-14", "parent", "DU055");
    talk(s2, 1, "2026-02-20", "child", "");
    must(conversations.closeSeries(
             a, s2, {Outcome::OtherSupport, d("2026-03-01"), -1, {}, QStringLiteral("BUP")}),
         "complete s2");

    const std::string s3 = series(c3, "2026-02-05");
    talk(s3, 0, "2026-02-10", "parent_and_child", "DU056");
    const std::string s4 = series(c4, "2026-02-05");
    talk(s4, 0, "2026-02-12", "parent", "");
    must(conversations.closeSeries(a, s4, {Outcome::Moved, d("2026-03-01"), -1, {}, {}}),
         "s4 moved");
    const std::string s5 = series(c5, "2025-11-25");
    talk(s5, 0, "2025-12-01", "parent", "DU055");
    talk(s5, 1, "2026-04-02", "child", "");
    const std::string s6 = series(c6, "2026-03-05");
    talk(s6, 0, "2026-03-08", "network", "");
    must(conversations.closeSeries(a, s6, {Outcome::Declined, d("2026-03-20"), 0, {}, {}}),
         "decline s6");
    const std::string s7 = series(c7, "2026-05-05");
    talk(s7, 0, "2026-07-15", "parent", "");
    const std::string s8 = series(c8, "2026-04-25");
    talk(s8, 0, "2026-05-02", "family", "");

    GroupService groups(store());
    const auto group = [&](const char *name, Group::Mode mode, const char *start) {
        Group gr;
        gr.unitId = unitId();
        gr.name = QString::fromUtf8(name);
        gr.programme = QStringLiteral("Enhetens egen");
        gr.minAge = 7;
        gr.maxAge = 12;
        gr.capacity = 8;
        gr.mode = mode;
        gr.leaders = {QString::fromStdString(staffId()), QString::fromStdString(karin)};
        gr.startDate = d(start);
        remember(gr.name);
        return id(groups.createGroup(a, gr));
    };
    const auto session = [&](const std::string &groupId, const char *date, const char *theme) {
        remember(QString::fromUtf8(theme));
        return id(
            groups.addSession(a, {{}, unitId(), groupId, 0, d(date), QString::fromUtf8(theme)}));
    };
    const auto member = [&](const std::string &groupId, const std::string &childId,
                            const char *alias, int age) {
        if (alias)
            remember(QString::fromUtf8(alias));
        return id(groups.addMember(
            a,
            {{}, unitId(), groupId, childId, alias ? QString::fromUtf8(alias) : QString(), age}));
    };
    const auto mark = [&](const std::string &sessionId, const std::string &memberId, bool present) {
        id(groups.recordAttendance(a, sessionId, memberId, present));
    };
    const auto mood = [&](const std::string &sessionId, const std::string &memberId, int start,
                          std::optional<int> end) {
        id(groups.recordMood(a, {{}, sessionId, memberId, start, end}));
    };

    const std::string g1g = group("Blåvingarna vårterminen", Group::Mode::Identified, "2026-02-01");
    const std::string m1 = member(g1g, c1, nullptr, 0);
    const std::string m4 = member(g1g, c4, nullptr, 0);
    // Astrid's series was referred to this group, which she had already joined.
    must(conversations.closeSeries(a, s1, {Outcome::SupportGroup, d("2026-03-12"), -1, g1g, {}}),
         "complete s1");
    const std::string g1s1 = session(g1g, "2026-02-05", "Vad är beroende?");
    const std::string g1s2 = session(g1g, "2026-02-12", "Känslor som skuld och skam");
    const std::string g1s3 = session(g1g, "2026-07-10", "Sommaravslutning vid sjön");
    mark(g1s1, m1, true);
    mark(g1s1, m4, true);
    mark(g1s2, m1, true);
    mark(g1s2, m4, false);
    mark(g1s3, m1, true);
    mark(g1s3, m4, true);
    mood(g1s1, m1, 2, 4);
    mood(g1s1, m4, 3, 3);
    mood(g1s2, m1, 3, 5);
    mood(g1s3, m1, 2, 5);

    const std::string g2g = group("Stjärnorna på Norrgården", Group::Mode::Anonymous, "2026-03-01");
    const std::string mira = member(g2g, {}, "Mira", 8);
    const std::string leo = member(g2g, {}, "Leo", 10);
    const std::string ines = member(g2g, {}, "Ines", 12);
    const std::string g2s1 = session(g2g, "2026-03-05", "Att prata med en vuxen");
    const std::string g2s2 = session(g2g, "2026-03-12", "Min familj ritad");
    session(g2g, "2026-06-25", "Planerad träff om framtiden");
    mark(g2s1, mira, true);
    mark(g2s1, leo, true);
    mark(g2s1, ines, false);
    mark(g2s2, mira, true);
    mark(g2s2, leo, false);
    mark(g2s2, ines, false);
    mood(g2s1, mira, 1, 3);
    mood(g2s1, leo, 4, 3);
    mood(g2s2, mira, 2, std::nullopt);

    QuestionnaireService questionnaires(store());
    const auto schedule = [&](const std::string &entity, const std::string &subject,
                              const char *instrument, const char *before, const char *after) {
        auto ids =
            must(questionnaires.scheduleStandard(
                     a, entity, subject, QString::fromLatin1(instrument), d(before), d(after)),
                 "schedule");
        for (const auto &i : ids)
            remember(QString::fromStdString(i));
        return ids; // before, after, follow-up
    };
    const auto score = [&](const std::string &scheduleId, double value, const char *taken) {
        id(questionnaires.recordScore(a, scheduleId, value, d(taken)));
    };
    const auto q1 = schedule("child", c1, "SDQ", "2026-01-20", "2026-03-10");
    score(q1[0], 19, "2026-01-18");
    score(q1[0], 18, "2026-01-20");
    score(q1[1], 12, "2026-03-15");
    const auto q2 = schedule("child", c2, "SDQ", "2026-01-14", "2026-02-20");
    score(q2[0], 20, "2026-01-14");
    score(q2[1], 17, "2026-02-25");
    const auto q3 = schedule("child", c3, "SDQ", "2026-02-10", "2026-06-10");
    score(q3[0], 15, "2026-02-10");
    score(q3[1], 11, "2026-08-01");
    const auto q4 = schedule("group_member", mira, "Livsstegen", "2026-03-05", "2026-03-12");
    score(q4[0], 4, "2026-03-05");
    score(q4[1], 7, "2026-03-12");

    NoteService notes(store());
    const auto note = [&](const std::string &entity, const std::string &subject, const char *body) {
        Note n;
        n.unitId = unitId();
        n.subjectEntity = entity;
        n.subjectId = subject;
        n.kind = QStringLiteral("case");
        n.eventDate = d("2026-02-05");
        n.body = QString::fromUtf8(body);
        remember(n.body);
        return id(notes.createDraft(a, n));
    };
    note("child", c1, "Astrid berättade om helgen hos farmor i Växjö");
    note("group_session", g1s1, "Gruppen lekte namnlek, David var tyst först");
    note("group_member", mira, "Mira ritade sin hund Pluttan");
}

} // namespace lykta::followup::test
