#include "errortext.h"

#include "kiosksettings.h"

namespace lykta::ui {

QString ErrorText::forStore(store::StoreErrc code, const QString &path)
{
    using store::StoreErrc;
    switch (code) {
    case StoreErrc::CannotOpen:
        return tr("Databasen kunde inte öppnas eller skapas i %1. Kontrollera att mappen finns "
                  "och att Lykta får skriva där.")
            .arg(path);
    case StoreErrc::Corrupt:
        return tr("Databasfilen %1 är skadad och öppnas inte, så att inget skrivs över. "
                  "Kontakta support: uppgifterna kan återställas från servern vid nästa "
                  "synkronisering eller från en säkerhetskopia.")
            .arg(path);
    case StoreErrc::TooNew:
        return tr("Databasen är skapad av en nyare version av Lykta. Uppdatera appen; filen "
                  "har inte ändrats.");
    case StoreErrc::ReadOnly:
        return tr("Databasen går bara att läsa. Inget har sparats.");
    case StoreErrc::DiskFull:
        return tr("Lagringsutrymmet är fullt. Ändringen sparades inte, men inget som redan "
                  "sparats har gått förlorat. Frigör utrymme och försök igen.");
    case StoreErrc::Busy:
        return tr("Databasen används av ett annat program. Försök igen om en stund.");
    case StoreErrc::Io:
        return tr("Enheten kunde inte läsa eller skriva databasen. Försök igen.");
    case StoreErrc::SignedImmutable:
        return tr("Signerade anteckningar kan inte ändras. Skriv en rättelse i stället.");
    case StoreErrc::NoHardDelete:
        return tr("Journaluppgifter raderas aldrig, de markeras som borttagna.");
    case StoreErrc::ClockSkew:
        return tr("Enhetens klocka går mer än ett dygn fel jämfört med servern, så inget "
                  "hämtades. Ställ in rätt datum och tid och synkronisera igen; inget har gått "
                  "förlorat.");
    case StoreErrc::Locked:
        return tr("Lykta är låst. Lås upp med din lösenfras för att fortsätta.");
    case StoreErrc::WrongPassphrase:
        return tr("Fel lösenfras. Inget har ändrats; försök igen.");
    case StoreErrc::AlreadyExists:
    case StoreErrc::NotFound:
    case StoreErrc::UnknownEntity:
    case StoreErrc::UnknownField:
    case StoreErrc::WrongType:
    case StoreErrc::Constraint:
    case StoreErrc::InvalidQuery:
    case StoreErrc::Internal:
        break;
    }
    return tr("Något gick fel och ändringen sparades inte.");
}

QString ErrorText::forPassphrase(crypto::PassphraseCheck check)
{
    using crypto::PassphraseCheck;
    switch (check) {
    case PassphraseCheck::Ok:
        return {};
    case PassphraseCheck::TooShort:
    case PassphraseCheck::TooRepetitive:
    case PassphraseCheck::OnlyDigits:
        break;
    }
    //: The device has no hardware key store: only the passphrase protects the notes if the
    //: device or a copy of its files is lost.
    return tr("Den här enheten har inget hårdvaruskydd för nyckeln, så bara lösenfrasen skyddar "
              "anteckningarna om enheten eller en kopia av filerna kommer bort. Välj minst %1 "
              "tecken med minst %2 olika, gärna flera ord; en sifferkod räcker inte.")
        .arg(crypto::kMinPassphraseLength)
        .arg(crypto::kMinPassphraseDistinct);
}

QString ErrorText::forDomain(const domain::DomainError &error)
{
    using domain::DomainErrc;
    // Where the general words would leave a person guessing, the field says what to do.
    const std::string &field = error.field;
    if (error.code == DomainErrc::InvalidDate && field == "closed_on")
        return tr("Välj ett datum från första kontakten till och med i dag.");
    if (error.code == DomainErrc::WrongState && field == "closed_on")
        return tr("Ärendet är redan avslutat.");
    if (error.code == DomainErrc::WrongState && field == "closed")
        return tr("Ärendet är inte avslutat.");
    if (error.code == DomainErrc::WrongState && field == "left_on")
        return tr("Personen är redan markerad som inte längre i familjen.");
    if (error.code == DomainErrc::InvalidDate && field == "left_on")
        return tr("Skriv ett datum (ÅÅÅÅ-MM-DD) som inte ligger i framtiden.");
    if (error.code == DomainErrc::InvalidDate && field == "due_date")
        return tr("Skriv ett datum (ÅÅÅÅ-MM-DD) så att före ligger före efter och efter före "
                  "uppföljningen.");
    if (error.code == DomainErrc::WrongState && field == "due_date")
        return tr("Skattningen är redan tagen, så datumet ändras inte.");
    if (error.code == DomainErrc::Empty && field == "sessions")
        return tr("Gruppen har inga träffar än. Planera träffarna först, eller skriv datumen.");
    if (error.code == DomainErrc::WrongState && field == "joined_date")
        return tr("Barnet kom med efter gruppens sista träff. Skriv datumen för skattningen.");
    if (error.code == DomainErrc::Empty && field == "closed_note")
        return tr("Skriv vilket skäl det är.");
    if (error.code == DomainErrc::OutOfRange && (field == "relation" || field == "closed_reason"))
        return tr("Välj ett av alternativen.");
    // The kiosk's content (Mer → Kioskinnehåll, lykta-content).
    if (error.code == DomainErrc::NotPermitted && field == "needs_review")
        return tr("Kortet är ett utkast som någon som har språket som modersmål ska granska "
                  "först. Godkänn det när det är granskat, så publiceras det.");
    if (error.code == DomainErrc::OutOfRange && (field == "chat_url" || field == "web_url"))
        return tr("Skriv hela adressen med https://, till exempel https://www.bris.se.");
    if (error.code == DomainErrc::InvalidDate &&
        (field == "last_verified" || field == "chat_verified" || field == "web_verified"))
        return tr("Skriv ett datum (ÅÅÅÅ-MM-DD) som inte ligger i framtiden.");
    if (error.code == DomainErrc::Empty && field == "last_verified")
        return tr("Hjälplinjen har inget telefonnummer att kontrollera.");
    if (error.code == DomainErrc::Empty && (field == "chat_verified" || field == "web_verified"))
        return tr("Hjälplinjen har ingen sådan adress att kontrollera.");
    if (error.code == DomainErrc::OutOfRange && field.starts_with("idle_"))
        //: the shortest and longest time a kiosk waits before it starts over
        return tr("Välj en tid från %1 sekunder till %2 minuter.")
            .arg(domain::KioskSettings::kMinSeconds)
            .arg(domain::KioskSettings::kMaxSeconds / 60);
    switch (error.code) {
    case DomainErrc::Empty:
        return tr("Fältet får inte vara tomt.");
    case DomainErrc::OutOfRange:
        return tr("Värdet ligger utanför det tillåtna intervallet.");
    case DomainErrc::InvalidDate:
        return tr("Datumet är inte giltigt.");
    case DomainErrc::AgeOutOfRange:
        return tr("Åldern passar inte här.");
    case DomainErrc::InvalidPersonnummer:
        return tr("Personnumret är inte giltigt. Kontrollera siffrorna.");
    case DomainErrc::BirthDateMismatch:
        return tr("Personnumret stämmer inte med födelsedatumet.");
    case DomainErrc::InvalidToken:
        return tr("Bekräftelsen har redan använts eller gäller inte längre.");
    case DomainErrc::NotFound:
        return tr("Uppgiften finns inte längre.");
    case DomainErrc::WrongState:
        return tr("Det går inte i det här läget.");
    case DomainErrc::SignedImmutable:
        return tr("Signerade anteckningar kan inte ändras. Skriv en rättelse i stället.");
    case DomainErrc::NotSigned:
        return tr("Bara signerade anteckningar rättas; ändra utkastet direkt.");
    case DomainErrc::SessionBeforeGroupStart:
        return tr("Träffen ligger utanför gruppens period.");
    case DomainErrc::NotAMember:
        return tr("Barnet är inte med i gruppen.");
    case DomainErrc::CapacityExceeded:
        return tr("Gruppen är full.");
    case DomainErrc::AlreadyMember:
        return tr("Barnet är redan med i gruppen.");
    case DomainErrc::AnonymousGroup:
        return tr("Gruppen är anonym: inga personuppgifter får registreras.");
    case DomainErrc::UnknownKvaCode:
        return tr("KVÅ-koden finns inte i enhetens kodlista.");
    case DomainErrc::InvalidKvaCode:
        return tr("Raden är ingen giltig KVÅ-kod.");
    case DomainErrc::AlreadySeeded:
        return tr("Demoenheten finns redan.");
    case DomainErrc::NotPermitted:
        return tr("Din roll i Lykta tillåter inte det här. Inget har ändrats.");
    case DomainErrc::SessionClash:
        return tr("Gruppen har redan en träff samma dag och tid.");
    case DomainErrc::SessionCancelled:
        return tr("Träffen är inställd: den tar ingen närvaro och ändras inte.");
    case DomainErrc::ProgrammeOverlap:
        return tr("Gruppen har redan träffar på eller efter det datumet. Planera från dagen "
                  "efter den sista träffen, så dubbleras inga träffar.");
    case DomainErrc::InvalidFormat:
        return field == "email"
                   ? tr("E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se.")
                   : tr("Telefonnumret ser inte rätt ut. Skriv siffror, till exempel "
                        "070-123 45 67 eller +46 70 123 45 67.");
    case DomainErrc::PersonnummerInText:
        return tr("Det ser ut som ett personnummer. Personnummer registreras bara genom "
                  "identifieringen, inte i fritext.");
    case DomainErrc::Storage:
        return forStore(error.storeCode);
    }
    return tr("Något gick fel och ändringen sparades inte.");
}

} // namespace lykta::ui
