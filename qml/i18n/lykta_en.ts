<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../src/app/errortext.cpp" line="10"/>
        <source>Databasen kunde inte öppnas eller skapas i %1. Kontrollera att mappen finns och att Lykta får skriva där.</source>
        <translation>The database could not be opened or created in %1. Check that the folder exists and that Lykta may write there.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="14"/>
        <source>Databasfilen %1 är skadad och öppnas inte, så att inget skrivs över. Kontakta support: uppgifterna kan återställas från servern vid nästa synkronisering eller från en säkerhetskopia.</source>
        <translation>The database file %1 is damaged and is not opened, so that nothing is overwritten. Contact support: the data can be restored from the server at the next sync or from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="19"/>
        <source>Databasen är skapad av en nyare version av Lykta. Uppdatera appen; filen har inte ändrats.</source>
        <translation>The database was made by a newer version of Lykta. Update the app; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="22"/>
        <source>Databasen går bara att läsa. Inget har sparats.</source>
        <translation>The database is read-only. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="24"/>
        <source>Lagringsutrymmet är fullt. Ändringen sparades inte, men inget som redan sparats har gått förlorat. Frigör utrymme och försök igen.</source>
        <translation>The storage is full. The change was not saved, but nothing already saved has been lost. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="27"/>
        <source>Databasen används av ett annat program. Försök igen om en stund.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="29"/>
        <source>Enheten kunde inte läsa eller skriva databasen. Försök igen.</source>
        <translation>The device could not read or write the database. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="31"/>
        <location filename="../../src/app/errortext.cpp" line="74"/>
        <source>Signerade anteckningar kan inte ändras. Skriv en rättelse i stället.</source>
        <translation>Signed notes cannot be changed. Write a correction instead.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="33"/>
        <source>Journaluppgifter raderas aldrig, de markeras som borttagna.</source>
        <translation>Records are never erased; they are marked as removed.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="35"/>
        <source>Enhetens klocka går mer än ett dygn fel jämfört med servern, så inget hämtades. Ställ in rätt datum och tid och synkronisera igen; inget har gått förlorat.</source>
        <translation>The device clock is more than a day off compared with the server, so nothing was fetched. Set the correct date and time and sync again; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="48"/>
        <location filename="../../src/app/errortext.cpp" line="96"/>
        <source>Något gick fel och ändringen sparades inte.</source>
        <translation>Something went wrong and the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="56"/>
        <source>Fältet får inte vara tomt.</source>
        <translation>This field cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="58"/>
        <source>Värdet ligger utanför det tillåtna intervallet.</source>
        <translation>The value is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="60"/>
        <source>Datumet är inte giltigt.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="62"/>
        <source>Åldern passar inte här.</source>
        <translation>The age does not fit here.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="64"/>
        <source>Personnumret är inte giltigt. Kontrollera siffrorna.</source>
        <translation>The personal identity number is not valid. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="66"/>
        <source>Personnumret stämmer inte med födelsedatumet.</source>
        <translation>The personal identity number does not match the date of birth.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="68"/>
        <source>Bekräftelsen har redan använts eller gäller inte längre.</source>
        <translation>The confirmation has already been used or is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="70"/>
        <source>Uppgiften finns inte längre.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="72"/>
        <source>Det går inte i det här läget.</source>
        <translation>That is not possible right now.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="76"/>
        <source>Bara signerade anteckningar rättas; ändra utkastet direkt.</source>
        <translation>Only signed notes are corrected; edit the draft directly.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="78"/>
        <source>Träffen ligger utanför gruppens period.</source>
        <translation>The session falls outside the group&apos;s period.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="80"/>
        <source>Barnet är inte med i gruppen.</source>
        <translation>The child is not in the group.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="82"/>
        <source>Gruppen är full.</source>
        <translation>The group is full.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="84"/>
        <source>Barnet är redan med i gruppen.</source>
        <translation>The child is already in the group.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="86"/>
        <source>Gruppen är anonym: inga personuppgifter får registreras.</source>
        <translation>The group is anonymous: no personal data may be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="88"/>
        <source>KVÅ-koden finns inte i enhetens kodlista.</source>
        <translation>The KVÅ code is not in the unit&apos;s code list.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="90"/>
        <source>Raden är ingen giltig KVÅ-kod.</source>
        <translation>The line is not a valid KVÅ code.</translation>
    </message>
    <message>
        <location filename="../../src/app/errortext.cpp" line="92"/>
        <source>Demoenheten finns redan.</source>
        <translation>The demo unit already exists.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../FamiliesPage.qml" line="29"/>
        <source>Familjer</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="38"/>
        <source>Filtrera på namn</source>
        <translation>Filter by name</translation>
    </message>
    <message numerus="yes">
        <location filename="../FamiliesPage.qml" line="54"/>
        <source>%n barn</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="59"/>
        <source>Ingen familj matchar filtret.</source>
        <translation>No family matches the filter.</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="60"/>
        <source>Inga familjer ännu.</source>
        <translation>No families yet.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../FamilyPage.qml" line="32"/>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message numerus="yes">
        <location filename="../FamilyPage.qml" line="48"/>
        <source>%n år</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="49"/>
        <source>Identifierad</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="53"/>
        <source>Inga barn registrerade i familjen.</source>
        <translation>No children recorded in this family.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../GroupPage.qml" line="32"/>
        <source>Träffar</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="48"/>
        <source>Träff %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../GroupPage.qml" line="50"/>
        <source>%n närvarande</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="54"/>
        <source>Inga träffar planerade.</source>
        <translation>No sessions planned.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../GroupsPage.qml" line="28"/>
        <source>Stödgrupper</source>
        <translation>Support groups</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="48"/>
        <source>%1 · %2 år · %3 av %4 platser</source>
        <translation>%1 · ages %2 · %3 of %4 places</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="50"/>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="50"/>
        <source>Identifierad</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="55"/>
        <source>Inga grupper ännu.</source>
        <translation>No groups yet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="14"/>
        <source>Lykta</source>
        <translation>Lykta</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="45"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="57"/>
        <source>Demo – påhittade uppgifter</source>
        <translation>Demo – made-up data</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="65"/>
        <source>Familjer</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="66"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="67"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../SearchPage.qml" line="23"/>
        <source>Sök i anteckningar</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="32"/>
        <source>Skriv ett eller flera ord</source>
        <translation>Type one or more words</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="33"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="68"/>
        <source>Sökningen gäller allt som skrivits på den här enheten.</source>
        <translation>Search covers everything written on this device.</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="69"/>
        <source>Inga träffar.</source>
        <translation>No results.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../StartupError.qml" line="13"/>
        <source>Lykta</source>
        <translation>Lykta</translation>
    </message>
    <message>
        <location filename="../StartupError.qml" line="22"/>
        <source>Lykta kan inte starta</source>
        <translation>Lykta cannot start</translation>
    </message>
    <message>
        <location filename="../StartupError.qml" line="34"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>lykta::app::SearchModel</name>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="28"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="30"/>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="32"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="41"/>
        <source>Min enhet</source>
        <translation>My unit</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="46"/>
        <source>Personal</source>
        <translation>Staff member</translation>
    </message>
</context>
</TS>
