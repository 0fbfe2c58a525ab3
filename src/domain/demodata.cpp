#include "demodata.h"

#include "amendmentservice.h"
#include "bookingservice.h"
#include "casenoteservice.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "detail.h"
#include "familyservice.h"
#include "groupservice.h"
#include "kioskcontentservice.h"
#include "kvacodeservice.h"
#include "noteservice.h"
#include "questionnaireservice.h"
#include "taskservice.h"
#include "unitservice.h"

#include <algorithm>
#include <span>

namespace lykta::domain {

using namespace detail;

namespace {

// Unwraps a result or returns its error from the enclosing function.
#define LYKTA_TRY(var, expr)                                                                       \
    auto var##Result = (expr);                                                                     \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    auto var = std::move(*var##Result)

struct DemoChild
{
    const char *firstName;
    int ageYears;
    int extraDays;
    const char *gender;
};

struct DemoFamily
{
    const char *name;
    const char *problemType;
    const char *guardian;
    const char *relation;
    std::vector<DemoChild> children;
};

// A draft note written on this device, and a concurrent version of its text pulled from
// another (made-up) device through the same merge a sync uses: one conflict copy.
DomainResult<bool> seedConflict(store::Store &store, NoteService &notes, const store::Actor &maja,
                                const std::string &omar, const std::string &familyId,
                                const QDate &today)
{
    Note call;
    call.subjectEntity = "family";
    call.subjectId = familyId;
    call.kind = QStringLiteral("case");
    call.caseKind = QStringLiteral("phone_call");
    call.eventDate = today.addDays(-3);
    call.body = QStringLiteral("Telefonsamtal med pappa.");
    LYKTA_TRY(noteId, notes.createDraft(maja, call));
    auto outbox = store.outbox();
    if (!outbox)
        return detail::fromStore(outbox.error());
    const auto created = std::find_if(outbox->rbegin(), outbox->rend(), [&](const sync::Delta &d) {
        return d.entityId == noteId && d.field == "body";
    });
    if (created == outbox->rend())
        return domainError(DomainErrc::NotFound, "body");
    const QString majasText = QStringLiteral(
        "Telefonsamtal med pappa. Han berättar att behandlingen går bra och att Alice har "
        "frågat mer om sjukdomen hemma. Vi bokar ett samtal med Alice nästa vecka.");
    if (auto r = notes.updateDraft(maja, noteId, majasText); !r)
        return r.error();

    constexpr sync::DeviceId kOmarsTablet = 0x0de0de0de0de0de0ull;
    sync::Hlc written = created->hlc;
    written.wallMs += 1; // right after the first line, before Maja's edit reached him
    written.device = kOmarsTablet;
    const sync::Delta fromOmar{{kOmarsTablet, 1},
                               "note",
                               noteId,
                               "body",
                               std::string("Telefonsamtal med pappa. Alice sover dåligt sedan "
                                           "pappa blev inlagd; skolan är informerad. Pappa vill "
                                           "att vi träffar Alice snart."),
                               written,
                               omar,
                               created->hlc};
    auto applied = store.applyRemote(std::span(&fromOmar, 1), 0);
    if (!applied)
        return detail::fromStore(applied.error());
    return true;
}

// Alice's family has a second guardian who needs an interpreter and a former step-parent;
// one more family's case is closed, so the list has something to hide.
DomainResult<bool> seedGuardiansAndClosedCase(FamilyService &families, const store::Actor &maja,
                                              const std::string &familyId,
                                              const std::string &unitId, const std::string &majaId,
                                              const QDate &today)
{
    Guardian mother;
    mother.familyId = familyId;
    mother.name = QStringLiteral("Leyla Exempelsson");
    mother.relation = QStringLiteral("mother");
    mother.custody = true;
    mother.phone = QStringLiteral("070-000 00 20");
    mother.email = QStringLiteral("leyla@example.invalid");
    mother.address = QStringLiteral("Påhittegatan 3, 123 45 Exempelstad");
    mother.language = QStringLiteral("arabiska");
    mother.interpreter = true;
    if (auto g = families.addGuardian(maja, mother); !g)
        return g.error();
    Guardian former;
    former.familyId = familyId;
    former.name = QStringLiteral("Kim Låtsasson");
    former.relation = QStringLiteral("step_parent");
    LYKTA_TRY(formerId, families.addGuardian(maja, former));
    if (auto r = families.markGuardianLeft(maja, formerId, today.addDays(-30)); !r)
        return r.error();

    Family closed{{},
                  unitId,
                  QStringLiteral("Familjen Fiktivsdotter"),
                  QStringLiteral("addiction"),
                  today.addDays(-200),
                  majaId};
    LYKTA_TRY(closedId, families.createFamily(maja, closed));
    return families.closeFamily(
        maja, closedId, today.addDays(-20), QStringLiteral("completed"),
        QStringLiteral("Samtalsserien genomförd, familjen har stöd via BUP."));
}

} // namespace

bool DemoData::isSeeded(const store::Store &store)
{
    auto rows = listLive(store, "unit", {{fields::unit::name, std::string(kUnitName)}});
    return rows && !rows->empty();
}

DomainResult<std::string> DemoData::seed(store::Store &store, const QDate &today,
                                         const KioskContentPack *kioskContent)
{
    if (isSeeded(store))
        return domainError(DomainErrc::AlreadySeeded, "unit");

    UnitService units(store);
    // Everything is written from Maja's tablet (a server accepts a device's changes only as
    // its own staff member's); Omar is the responsible staff member where the data says so.
    const store::Actor bootstrap{kStaffId, {}};
    LYKTA_TRY(unitId,
              units.createUnit(bootstrap, {kUnitId, QString::fromUtf8(kUnitName),
                                           QStringLiteral("Exempelkommunen (påhittad)"), true}));
    const store::Actor setup{kStaffId, unitId};
    LYKTA_TRY(maja,
              units.createStaff(setup, {kStaffId, unitId, QStringLiteral("Maja Exempel"),
                                        QStringLiteral("Anhörigkonsulent"), Staff::Role::Content}));
    LYKTA_TRY(omar, units.createStaff(setup, {{},
                                              unitId,
                                              QStringLiteral("Omar Prov"),
                                              QStringLiteral("Kurator"),
                                              Staff::Role::Staff}));
    LYKTA_TRY(lena, units.createStaff(setup, {{},
                                              unitId,
                                              QStringLiteral("Lena Testberg"),
                                              QStringLiteral("Enhetschef"),
                                              Staff::Role::Manager}));
    const store::Actor majaActor{maja, unitId};

    ConversationTemplateService templates(store);
    if (auto r = templates.installDefaults(setup); !r)
        return r.error();
    KvaCodeService kva(store);
    const QString codes = QStringLiteral("code;title;kind\n"
                                         "DU055;Samtal med vuxen patient om barnets behov;fbt\n"
                                         "DU056;Samtal med vuxen patient och barnet;bra\n");
    if (auto r = kva.importCsv(setup, codes, QStringLiteral("Exempellista (påhittad)")); !r)
        return r.error();
    // The unit's own model beside Lykta's three (Mer → Samtalsmallar).
    ConversationTemplate own;
    own.name = QStringLiteral("Uppföljande familjesamtal");
    own.kind = QStringLiteral("own-uppfoljning");
    own.minAge = 6;
    own.steps = {{QStringLiteral("Familjesamtal"), Participants::Family, 0, false},
                 {QStringLiteral("Uppföljning"), Participants::ParentsAndChild, 90, true}};
    if (auto r = templates.create(setup, own); !r)
        return r.error();

    const std::vector<DemoFamily> families = {
        {"Familjen Påhittad-Lind",
         "mental_illness",
         "Sara Påhittad-Lind",
         "mother",
         {{"Ella", 11, 40, "girl"}, {"Noah", 8, 200, "boy"}}},
        {"Familjen Exempelsson",
         "addiction",
         "Johan Exempelsson",
         "father",
         {{"Alice", 14, 100, "girl"}}},
        {"Familjen Låtsasdotter",
         "physical_illness",
         "Amira Låtsasdotter",
         "mother",
         {{"Hugo", 9, 10, "boy"}, {"Selma", 13, 300, "girl"}}},
    };

    FamilyService familyService(store);
    ConversationService conversations(store);
    NoteService notes(store);
    std::vector<std::string> childIds;
    std::vector<std::string> familyIds;
    for (std::size_t f = 0; f < families.size(); ++f) {
        const DemoFamily &df = families[f];
        Family family{{},
                      unitId,
                      QString::fromUtf8(df.name),
                      QString::fromUtf8(df.problemType),
                      today.addDays(-90 + static_cast<qint64>(f) * 20),
                      maja};
        LYKTA_TRY(familyId, familyService.createFamily(majaActor, family));
        familyIds.push_back(familyId);
        Guardian guardian;
        guardian.familyId = familyId;
        guardian.name = QString::fromUtf8(df.guardian);
        guardian.relation = QString::fromUtf8(df.relation);
        guardian.custody = true;
        guardian.phone = QStringLiteral("070-000 00 %1").arg(10 + f);
        if (auto g = familyService.addGuardian(majaActor, guardian); !g)
            return g.error();
        for (const DemoChild &dc : df.children) {
            Child child;
            child.familyId = familyId;
            child.firstName = QString::fromUtf8(dc.firstName);
            child.lastName = QString::fromUtf8(df.name).section(QLatin1Char(' '), 1);
            child.birthDate = today.addYears(-dc.ageYears).addDays(-dc.extraDays);
            child.gender = QString::fromUtf8(dc.gender);
            LYKTA_TRY(childId, familyService.addChild(majaActor, child));
            childIds.push_back(childId);
        }
    }

    if (auto r =
            seedGuardiansAndClosedCase(familyService, majaActor, familyIds[1], unitId, maja, today);
        !r)
        return r.error();

    // A BRA series for Ella: two conversations held, the first signed and later amended.
    LYKTA_TRY(bra, templates.byKind(QStringLiteral("bra")));
    LYKTA_TRY(ellaSeries,
              conversations.startSeries(majaActor, childIds[0], bra.id, today.addDays(-60)));
    Conversation first;
    first.seriesId = ellaSeries;
    first.step = 0;
    first.date = today.addDays(-60);
    first.durationMin = 60;
    first.place = QStringLiteral("Familjens hem");
    first.participants = Participants::ParentsAndChild;
    first.kind = QStringLiteral("parent_and_child");
    first.kvaCode = QStringLiteral("DU056");
    first.sections.wantsToKnow = QStringLiteral("Varför mamma är trött så mycket.");
    first.sections.informationGiven =
        QStringLiteral("Vi pratade om vad depression är och att det går att behandla.");
    first.sections.nextStep = QStringLiteral("Samtal med Ella ensam om två veckor.");
    LYKTA_TRY(firstId, conversations.recordConversation(majaActor, first));
    if (auto r = conversations.signConversation(majaActor, firstId); !r)
        return r.error();
    AmendmentService amendments(store);
    if (auto r =
            amendments.amend(majaActor, "conversation", firstId, QStringLiteral("Fel plats angavs"),
                             QStringLiteral("Samtalet hölls på mottagningen, inte i hemmet."));
        !r)
        return r.error();
    Conversation second = first;
    second.step = 1;
    second.date = today.addDays(-45);
    second.durationMin = 45;
    second.place = QStringLiteral("Skolan");
    second.participants = Participants::Child;
    second.kind = QStringLiteral("child");
    second.kvaCode.clear();
    second.sections = {};
    second.sections.childView = QStringLiteral("Jag vill inte att mamma ska vara ledsen.");
    second.sections.supportAgreed = QStringLiteral("Erbjuds plats i stödgrupp.");
    second.childWordsPrivate = true;
    // Ella told Maja something that must be reported: an open concern task for Maja.
    second.concernToReport = true;
    if (auto r = conversations.recordConversation(majaActor, second); !r)
        return r.error();

    // Föra barnen på tal with Alice's father; one parent meeting so far.
    LYKTA_TRY(fbt, templates.byKind(QStringLiteral("fbt")));
    LYKTA_TRY(aliceSeries,
              conversations.startSeries(majaActor, childIds[2], fbt.id, today.addDays(-30), omar));
    Conversation parents;
    parents.seriesId = aliceSeries;
    parents.date = today.addDays(-30);
    parents.durationMin = 50;
    parents.place = QStringLiteral("Mottagningen");
    parents.participants = Participants::Parents;
    parents.kind = QStringLiteral("parent");
    parents.kvaCode = QStringLiteral("DU055");
    parents.sections.informationGiven =
        QStringLiteral("Hur pappan kan berätta för Alice om sin behandling.");
    parents.staffId = omar;
    parents.concernToReport = true; // Omar's, still open: the manager sees both, oldest first
    if (auto r = conversations.recordConversation(majaActor, parents); !r)
        return r.error();

    // Hugo's family declined the offer.
    LYKTA_TRY(hugoSeries,
              conversations.startSeries(majaActor, childIds[3], bra.id, today.addDays(-20)));
    if (auto r = conversations.closeSeries(
            majaActor, hugoSeries,
            {ConversationSeries::Outcome::Declined, today.addDays(-12), 0, {}, {}});
        !r)
        return r.error();

    // Alice had a BRA series last year that ended with a referral to other support, and
    // her family's next Föra barnen på tal meeting is booked for tomorrow afternoon.
    LYKTA_TRY(aliceEarlier,
              conversations.startSeries(majaActor, childIds[2], bra.id, today.addDays(-400)));
    if (auto r = conversations.closeSeries(majaActor, aliceEarlier,
                                           {ConversationSeries::Outcome::OtherSupport,
                                            today.addDays(-300),
                                            -1,
                                            {},
                                            QStringLiteral("Ungdomsmottagningen")});
        !r)
        return r.error();
    BookingService bookings(store);
    Booking meeting;
    meeting.seriesId = aliceSeries;
    meeting.step = 1;
    meeting.date = today.addDays(1);
    meeting.time = QTime(14, 0);
    meeting.durationMin = 60;
    meeting.place = QStringLiteral("Mottagningen, rum 3");
    LYKTA_TRY(who, bookings.choices(majaActor, aliceSeries, meeting.step));
    for (const auto &p : who)
        if (p.suggested)
            meeting.participants.append(p.key);
    if (auto r = bookings.book(majaActor, meeting, QDateTime(today, QTime(0, 0))); !r)
        return r.error();

    // The manager's own follow-up.
    Task review;
    review.assignee = lena;
    review.title = QStringLiteral("Gå igenom enhetens öppna orosanmälningar");
    review.dueDate = today.addDays(2);
    if (auto r = TaskService(store).create(setup, review); !r)
        return r.error();

    // Case notes: the first family's first contact; a meeting at Alice's school (her own
    // words, not for guardians, with a correction) and a home visit to the Exempelssons that
    // Maja has not signed yet.
    CaseNoteService caseNotes(store);
    Note caseNote;
    caseNote.subjectEntity = "family";
    caseNote.subjectId = familyIds[0];
    caseNote.caseKind = QStringLiteral("health_care_meeting");
    caseNote.eventDate = today.addDays(-61);
    caseNote.body = QStringLiteral("Första kontakt via vuxenpsykiatrin. Mamma vill att barnen "
                                   "får prata med någon.");
    LYKTA_TRY(caseNoteId, caseNotes.create(majaActor, caseNote));
    if (auto r = caseNotes.sign(majaActor, caseNoteId); !r)
        return r.error();
    Note school;
    school.subjectEntity = "child";
    school.subjectId = childIds[2];
    school.caseKind = QStringLiteral("school_meeting");
    school.eventDate = today.addDays(-12);
    school.body =
        QStringLiteral("Möte med Alices mentor och skolkuratorn. Alice säger: \"Jag orkar "
                       "inte läxorna när pappa är på behandling, men säg inget till honom.\" "
                       "Skolan ger Alice mer tid för läxor.");
    school.childWordsPrivate = true;
    LYKTA_TRY(schoolId, caseNotes.create(majaActor, school));
    if (auto r = caseNotes.sign(majaActor, schoolId); !r)
        return r.error();
    if (auto r = amendments.amend(majaActor, "note", schoolId, QStringLiteral("Fel namn"),
                                  QStringLiteral("Det var biträdande rektor, inte mentorn."));
        !r)
        return r.error();
    Note visit;
    visit.subjectEntity = "family";
    visit.subjectId = familyIds[1];
    visit.caseKind = QStringLiteral("home_visit");
    visit.eventDate = today.addDays(-2);
    visit.body = QStringLiteral("Hembesök hos Johan och Alice. Johan har börjat en ny "
                                "behandling och är hemma på eftermiddagarna igen.");
    if (auto r = caseNotes.create(majaActor, visit); !r)
        return r.error();

    // A conflict to resolve: Maja and Omar wrote up the same phone call with the
    // Exempelsson family at the same time, each on their own tablet. Omar's text arrives
    // as a pulled change (from a made-up device), exactly as a sync would bring it.
    if (auto r = seedConflict(store, notes, majaActor, omar, familyIds[1], today); !r)
        return r.error();

    // An anonymous support group for 7-12 year olds: ten weekly sessions, four held.
    GroupService groups(store);
    Group group;
    group.name = QStringLiteral("Onsdagsgruppen (demo)");
    group.programme = QStringLiteral("Egen modell");
    group.minAge = 7;
    group.maxAge = 12;
    group.capacity = 8;
    group.mode = Group::Mode::Anonymous;
    group.leaders = {QString::fromStdString(maja), QString::fromStdString(omar)};
    group.place = QStringLiteral("Familjecentralen, rum 2");
    group.status = Group::Status::Running;
    group.startDate = today.addDays(-28);
    group.endDate = group.startDate.addDays(7 * 9);
    LYKTA_TRY(groupId, groups.createGroup(majaActor, group));
    const char *aliases[] = {"Blå", "Grön", "Gul", "Röd", "Lila", "Orange"};
    const int ages[] = {8, 9, 10, 11, 9, 12};
    std::vector<std::string> memberIds;
    for (std::size_t i = 0; i < std::size(aliases); ++i) {
        GroupMember m;
        m.groupId = groupId;
        m.alias = QString::fromUtf8(aliases[i]);
        m.age = ages[i];
        LYKTA_TRY(memberId, groups.addMember(majaActor, m));
        memberIds.push_back(memberId);
    }
    // Lykta's suggested themes (shown translated in English) and the leader's own (as typed).
    const char *themes[] = {
        "Vi lär känna varandra", "Känslor",         "Vad är sjukdom och beroende?", "Beroende",
        "Hemligheter och skam",  "Att prata hemma", "Vem kan jag prata med?",       "Min familj",
        "Mina styrkor",          "Avslutning"};
    QuestionnaireService questionnaires(store);
    for (int s = 0; s < 10; ++s) {
        GroupSession session;
        session.groupId = groupId;
        session.number = s + 1;
        session.date = group.startDate.addDays(7 * s);
        session.theme = QString::fromUtf8(themes[s]);
        LYKTA_TRY(sessionId, groups.addSession(majaActor, session));
        if (session.date > today)
            continue;
        for (std::size_t m = 0; m < memberIds.size(); ++m) {
            const bool present = (m + static_cast<std::size_t>(s)) % 5 != 0;
            if (auto r = groups.recordAttendance(majaActor, sessionId, memberIds[m], present); !r)
                return r.error();
            if (present) {
                MoodCheck mood{{},
                               sessionId,
                               memberIds[m],
                               2 + static_cast<int>(m % 3),
                               3 + static_cast<int>((m + 1) % 3)};
                if (auto r = groups.recordMood(majaActor, mood); !r)
                    return r.error();
            }
        }
        Note sessionNote;
        sessionNote.subjectEntity = "group_session";
        sessionNote.subjectId = sessionId;
        sessionNote.kind = QStringLiteral("session");
        sessionNote.eventDate = session.date;
        sessionNote.body = QStringLiteral("Gruppen arbetade med temat. Stämningen var god och "
                                          "alla som var där deltog i samtalet.");
        LYKTA_TRY(noteId, notes.createDraft(majaActor, sessionNote));
        if (auto r = notes.sign(majaActor, noteId); !r)
            return r.error();
    }
    // Noah's BRA series ended with a referral to the group: he joins it by his first name.
    LYKTA_TRY(noahSeries,
              conversations.startSeries(majaActor, childIds[1], bra.id, today.addDays(-50)));
    if (auto r = conversations.closeSeries(
            majaActor, noahSeries,
            {ConversationSeries::Outcome::SupportGroup, today.addDays(-5), -1, groupId, {}});
        !r)
        return r.error();
    if (auto r = questionnaires.scheduleStandard(majaActor, "group_member", memberIds[0],
                                                 QStringLiteral("Livsstegen"), group.startDate,
                                                 group.endDate);
        !r)
        return r.error();

    // Maja, whom the demo tablet acts as, writes the unit's kiosk content (the content role):
    // the demo shows editing. Omar and Lena, without the role, would see it read-only.
    KioskContentService kiosk(store);
    if (kioskContent) {
        if (auto r = kiosk.install(setup, *kioskContent); !r)
            return r.error();
    } else {
        InfoCard card;
        card.title = QStringLiteral("Det är inte ditt fel");
        card.body = QStringLiteral("När en vuxen hemma mår dåligt är det aldrig barnets fel.");
        card.ageBand = QStringLiteral("7-12");
        card.language = QStringLiteral("sv");
        card.published = true;
        if (auto r = kiosk.addCard(setup, card); !r)
            return r.error();
    }

    return unitId;
}

#undef LYKTA_TRY

} // namespace lykta::domain
