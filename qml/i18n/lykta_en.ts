<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AuditExtractPdf</name>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="15"/>
        <source>läste</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="17"/>
        <source>skapade</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="19"/>
        <source>ändrade</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="21"/>
        <source>tog bort</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="23"/>
        <source>exporterade</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="25"/>
        <source>skrev ut</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="27"/>
        <source>delade</source>
        <translation>shared</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="29"/>
        <source>granskade loggen</source>
        <translation>reviewed the log</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="32"/>
        <source>hämtade till surfplattan</source>
        <extracomment>The server&apos;s audit log: a tablet fetched the record from the server</extracomment>
        <translation>fetched to a tablet</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="35"/>
        <source>skickade ändring</source>
        <extracomment>The server&apos;s audit log: a tablet sent a change of the record to the server</extracomment>
        <translation>sent a change</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="38"/>
        <source>nekades ändring</source>
        <extracomment>The server&apos;s audit log: the server refused a tablet&apos;s change of the record</extracomment>
        <translation>was refused a change</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="45"/>
        <source>Loggutdrag: %1</source>
        <translation>Access log extract: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="48"/>
        <source>Alla som har läst eller ändrat uppgifter om personen, med tid (svensk tid), vem, vad och från vilken enhet (enhets-id). %n poster.</source>
        <translation>
            <numerusform>Everyone who has read or changed information about the person, with the time (Swedish time), who, what and from which device (device id). %n entry.</numerusform>
            <numerusform>Everyone who has read or changed information about the person, with the time (Swedish time), who, what and from which device (device id). %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="55"/>
        <source>%n av posterna kommer från serverns logg: kollegornas läsningar på sina egna surfplattor och vad servern lämnade ut. De är märkta (s).</source>
        <translation>
            <numerusform>%n of the entries comes from the server&apos;s log: colleagues&apos; reads on their own tablets and what the server handed out. They are marked (s).</numerusform>
            <numerusform>%n of the entries come from the server&apos;s log: colleagues&apos; reads on their own tablets and what the server handed out. They are marked (s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="58"/>
        <source>Bara den här surfplattans poster: serverns logg hämtades inte.</source>
        <translation>This tablet&apos;s entries only: the server&apos;s log was not fetched.</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="80"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="80"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="80"/>
        <source>Gjorde</source>
        <translation>Did</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="80"/>
        <source>Uppgift</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="80"/>
        <source>Enhet</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="85"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/auditextractpdf.cpp" line="89"/>
        <source>%1 (s)</source>
        <extracomment>A device id in the access-log PDF, marked as an entry of the server&apos;s log</extracomment>
        <translation>%1 (s)</translation>
    </message>
</context>
<context>
    <name>AuditReviewSection</name>
    <message>
        <location filename="../AuditReviewSection.qml" line="20"/>
        <source>För chefer: loggutdrag och stickprov</source>
        <translation>For managers: log extracts and spot checks</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="27"/>
        <source>Ta ut loggen över vem som har läst, ändrat och exporterat uppgifter om ett barn eller en familj, och registrera att du har gjort ett stickprov. Utdraget gäller en enskild person och visar namn: hantera det som en sekretessbelagd handling.</source>
        <translation>Take out the log of who has read, changed and exported information about a child or a family, and record that you have made a spot check. The extract is about one person and shows names: handle it as a confidential document.</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="37"/>
        <location filename="../AuditReviewSection.qml" line="48"/>
        <source>Barn eller familj</source>
        <translation>Child or family</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="55"/>
        <source>Loggutdrag som PDF</source>
        <translation>Log extract as PDF</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="61"/>
        <source>Loggutdrag som CSV</source>
        <translation>Log extract as CSV</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="74"/>
        <source>Registrera stickprov</source>
        <translation>Record a spot check</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="67"/>
        <source>Hämta kollegornas läsningar</source>
        <translation>Fetch colleagues&apos; reads</translation>
    </message>
    <message>
        <location filename="../AuditReviewSection.qml" line="71"/>
        <source>Hämtar serverns logg över barnet eller familjen, med läsningar på kollegornas surfplattor, till nästa loggutdrag</source>
        <translation>Fetches the server&apos;s log about the child or family, with reads on colleagues&apos; tablets, for the next log extract</translation>
    </message>
</context>
<context>
    <name>Authorship</name>
    <message>
        <location filename="../../src/app/authorship.cpp" line="15"/>
        <source>okänd person</source>
        <translation>unknown person</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../BarChart.qml" line="46"/>
        <source>Inget att visa för perioden.</source>
        <translation>Nothing to show for the period.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <location filename="../BookingPage.qml" line="36"/>
        <source>Boka om: %1</source>
        <translation>Rebook: %1</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="37"/>
        <source>Boka: %1</source>
        <translation>Book: %1</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="51"/>
        <source>Dag (ÅÅÅÅ-MM-DD)</source>
        <translation>Day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="61"/>
        <source>Tid (TT:MM)</source>
        <translation>Time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="76"/>
        <location filename="../BookingPage.qml" line="91"/>
        <source>Längd i minuter</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="105"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="106"/>
        <source>Till exempel mottagningen, skolan eller hemma</source>
        <translation>For example the clinic, the school or at home</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="113"/>
        <source>Vem är med</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="146"/>
        <source>Spara ny tid</source>
        <translation>Save new time</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="146"/>
        <source>Boka</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../BookingPage.qml" line="153"/>
        <source>Avboka</source>
        <translation>Cancel booking</translation>
    </message>
</context>
<context>
    <name>CardListPage</name>
    <message>
        <source>För dig som är 3–6 år</source>
        <translation type="vanished">For you if you are 3–6</translation>
    </message>
    <message>
        <source>För dig som är 7–12 år</source>
        <translation type="vanished">For you if you are 7–12</translation>
    </message>
    <message>
        <source>För dig som är 13–18 år</source>
        <translation type="vanished">For you if you are 13–18</translation>
    </message>
    <message>
        <source>Hjälplinjer – här kan du ringa</source>
        <translation type="vanished">Helplines – numbers you can call</translation>
    </message>
    <message>
        <source>Här finns inga kort ännu. Välj ett annat språk eller fråga någon som jobbar här.</source>
        <translation type="vanished">There are no cards here yet. Choose another language or ask someone who works here.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Förra kortet</source>
        <translation type="vanished">Previous card</translation>
    </message>
    <message>
        <source>Nästa kort</source>
        <translation type="vanished">Next card</translation>
    </message>
</context>
<context>
    <name>CaseNoteKinds</name>
    <message>
        <location filename="../../src/app/casenotekinds.cpp" line="10"/>
        <source>Telefonsamtal</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../src/app/casenotekinds.cpp" line="12"/>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../src/app/casenotekinds.cpp" line="14"/>
        <source>Möte med skolan</source>
        <translation>Meeting with the school</translation>
    </message>
    <message>
        <location filename="../../src/app/casenotekinds.cpp" line="16"/>
        <source>Möte med hälso- och sjukvården</source>
        <translation>Meeting with health care</translation>
    </message>
    <message>
        <location filename="../../src/app/casenotekinds.cpp" line="17"/>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CaseNotePage</name>
    <message>
        <location filename="../CaseNotePage.qml" line="64"/>
        <source>kan inte ändras, men rättas med en rättelse</source>
        <translation>cannot be changed, but can be corrected</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="65"/>
        <source>Sparas som utkast. När den är signerad kan den inte ändras.</source>
        <translation>Saved as a draft. Once signed it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="66"/>
        <source>Utkast av en kollega: bara den som skrev det kan ändra och signera det.</source>
        <translation>A colleague&apos;s draft: only its author can change and sign it.</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="67"/>
        <source>Utkast, inte signerat</source>
        <translation>Draft, not signed</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="75"/>
        <source>Vad gäller anteckningen?</source>
        <translation>What is the note about?</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="99"/>
        <source>Datum då det hände (ÅÅÅÅ-MM-DD)</source>
        <translation>Date it happened (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="108"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="117"/>
        <source>Barnets egna ord – inte för vårdnadshavare</source>
        <translation>The child&apos;s own words – not for guardians</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="135"/>
        <source>Spara utkast</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="140"/>
        <source>Signera …</source>
        <translation>Sign …</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="159"/>
        <source>Rättelser</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="173"/>
        <source>Rättelse %1 av %2. Skäl: %3</source>
        <translation>Correction %1 by %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="188"/>
        <source>Skäl till rättelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="193"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="196"/>
        <source>Spara rättelse</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="213"/>
        <source>Signera anteckningen?</source>
        <translation>Sign the note?</translation>
    </message>
    <message>
        <location filename="../CaseNotePage.qml" line="220"/>
        <source>En signerad anteckning kan aldrig ändras. Fel rättas med en rättelse som visas under den.</source>
        <translation>A signed note can never be changed. Mistakes are fixed with a correction shown below it.</translation>
    </message>
</context>
<context>
    <name>CaseNoteSection</name>
    <message>
        <location filename="../CaseNoteSection.qml" line="38"/>
        <source>Anteckningar i ärendet</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="39"/>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="48"/>
        <location filename="../CaseNoteSection.qml" line="49"/>
        <source>Filtrera anteckningarna</source>
        <translation>Filter the notes</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="74"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="75"/>
        <source>Signerad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="75"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="82"/>
        <source>Inga anteckningar med de orden.</source>
        <translation>No notes with those words.</translation>
    </message>
    <message>
        <location filename="../CaseNoteSection.qml" line="83"/>
        <source>Inga anteckningar än. Skriv om telefonsamtal, hembesök och möten här.</source>
        <translation>No notes yet. Write about phone calls, home visits and meetings here.</translation>
    </message>
</context>
<context>
    <name>ChildEditPage</name>
    <message>
        <location filename="../ChildEditPage.qml" line="42"/>
        <source>Uppgifter om barnet</source>
        <translation>About the child</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="42"/>
        <source>Nytt barn</source>
        <translation>New child</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="48"/>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="55"/>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="61"/>
        <source>Födelsedatum (ÅÅÅÅ-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="69"/>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="83"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="100"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="107"/>
        <source>Identifierad: %1</source>
        <translation>Identified: %1</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="116"/>
        <source>Fyll bara i personnumret när barnet behöver identifieras. Det kontrolleras och visas igen innan det sparas.</source>
        <translation>Only enter the personal identity number when the child needs to be identified. It is checked and shown again before it is saved.</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="122"/>
        <source>Personnummer eller samordningsnummer</source>
        <translation>Personal identity number or coordination number</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="123"/>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="130"/>
        <source>Kontrollera</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="146"/>
        <source>Stämmer det här? %1, född %2.</source>
        <translation>Is this right? %1, born %2.</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="154"/>
        <source>Ja, spara personnumret</source>
        <translation>Yes, save the number</translation>
    </message>
    <message>
        <location filename="../ChildEditPage.qml" line="160"/>
        <source>Nej, ändra</source>
        <translation>No, change it</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../ChildPage.qml" line="85"/>
        <source>Uppgifter och personnummer</source>
        <translation>Details and identity number</translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="90"/>
        <source>Samtalsserier</source>
        <translation>Conversation series</translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="91"/>
        <source>Starta samtalsserie</source>
        <translation>Start a conversation series</translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="123"/>
        <source>Startad %1 · %2</source>
        <translation>Started %1 · %2</translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="124"/>
        <source>Startad %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="130"/>
        <source>Ingen samtalsserie än. Starta en när barnet och familjen vill.</source>
        <translation>No conversation series yet. Start one when the child and the family want to.</translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="144"/>
        <source>Välj samtalsmodell</source>
        <translation>Choose a conversation model</translation>
    </message>
    <message numerus="yes">
        <location filename="../ChildPage.qml" line="161"/>
        <source>%1 · %n steg</source>
        <translation>
            <numerusform>%1 · %n step</numerusform>
            <numerusform>%1 · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ChildPage.qml" line="161"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../ConflictCard.qml" line="43"/>
        <source>Anteckningen är signerad och kan inte ändras. Båda versionerna finns kvar; skriv en rättelse om något behöver läggas till.</source>
        <translation>The note is signed and cannot be changed. Both versions are kept; write a correction if something needs to be added.</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="58"/>
        <source>Så står det nu</source>
        <translation>What it says now</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="60"/>
        <source>Den andra versionen</source>
        <translation>The other version</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="76"/>
        <source>Skrivet av %1, %2</source>
        <translation>Written by %1, %2</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="100"/>
        <source>Behåll den andra versionen</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="101"/>
        <source>Behåll texten som står nu</source>
        <translation>Keep the text as it is now</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="113"/>
        <source>Sammanfoga de två versionerna …</source>
        <translation>Merge the two versions …</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="124"/>
        <source>Sammanfogad text: ändra så att den blir rätt, ta bort det som står två gånger</source>
        <translation>Merged text: edit it until it is right, and remove what is said twice</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="133"/>
        <source>Spara sammanfogad text</source>
        <translation>Save merged text</translation>
    </message>
    <message>
        <location filename="../ConflictCard.qml" line="139"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../ConflictsPage.qml" line="41"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../ConflictsPage.qml" line="49"/>
        <source>Samma text ändrades på två enheter samtidigt. Inget har försvunnit: läs båda versionerna och välj vilken som ska gälla, eller sammanfoga dem.</source>
        <translation>The same text was changed on two devices at the same time. Nothing has been lost: read both versions and choose which one should stand, or merge them.</translation>
    </message>
    <message>
        <location filename="../ConflictsPage.qml" line="64"/>
        <source>Inga konflikter. Om två personer ändrar samma text samtidigt visas båda versionerna här, så att ni kan välja.</source>
        <translation>No conflicts. If two people change the same text at the same time, both versions are shown here so that you can choose.</translation>
    </message>
    <message>
        <location filename="../ConflictsPage.qml" line="81"/>
        <source>%1 och %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Anteckningen är signerad och kan inte ändras. Båda versionerna finns kvar; skriv en rättelse om något behöver läggas till.</source>
        <translation type="vanished">The note is signed and cannot be changed. Both versions are kept; write a correction if something needs to be added.</translation>
    </message>
    <message>
        <source>Så står det nu</source>
        <translation type="vanished">What it says now</translation>
    </message>
    <message>
        <source>Den andra versionen</source>
        <translation type="vanished">The other version</translation>
    </message>
    <message>
        <source>Skrivet av %1, %2</source>
        <translation type="vanished">Written by %1, %2</translation>
    </message>
    <message>
        <source>Behåll den andra versionen</source>
        <translation type="vanished">Keep the other version</translation>
    </message>
    <message>
        <source>Behåll texten som står nu</source>
        <translation type="vanished">Keep the text as it is now</translation>
    </message>
    <message>
        <source>Sammanfoga de två versionerna …</source>
        <translation type="vanished">Merge the two versions …</translation>
    </message>
    <message>
        <source>Sammanfogad text: ändra så att den blir rätt, ta bort det som står två gånger</source>
        <translation type="vanished">Merged text: edit it until it is right, and remove what is said twice</translation>
    </message>
    <message>
        <source>Spara sammanfogad text</source>
        <translation type="vanished">Save merged text</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../ConversationPage.qml" line="26"/>
        <source>Föräldrar</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="26"/>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="27"/>
        <source>Föräldrar och barn</source>
        <translation>Parents and child</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="27"/>
        <source>Nätverket</source>
        <translation>The network</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="27"/>
        <source>Hela familjen</source>
        <translation>The whole family</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="54"/>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="71"/>
        <source>kan inte ändras, men rättas med ett tillägg</source>
        <translation>cannot be changed, but can be corrected with an amendment</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="82"/>
        <source>Datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="90"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="99"/>
        <location filename="../ConversationPage.qml" line="111"/>
        <source>Längd i minuter</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="116"/>
        <source>Ange hur länge samtalet pågick (1–480 minuter).</source>
        <translation>Enter how long the conversation lasted (1–480 minutes).</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="121"/>
        <location filename="../ConversationPage.qml" line="128"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="130"/>
        <location filename="../ConversationPage.qml" line="141"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>KVÅ-kod (om enheten använder dem)</source>
        <translation type="vanished">KVÅ code (if the unit uses them)</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="143"/>
        <location filename="../ConversationPage.qml" line="154"/>
        <source>KVÅ-kod</source>
        <translation>KVÅ code</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="150"/>
        <source>Ingen KVÅ-kod</source>
        <translation>No KVÅ code</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="162"/>
        <source>Inga KVÅ-koder är kopplade till den här samtalsmallen. En chef kopplar koder under Mer → KVÅ-koder.</source>
        <translation>No KVÅ codes are mapped to this conversation template. A manager maps codes under More → KVÅ codes.</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="176"/>
        <source>Vad vill barnet veta?</source>
        <translation>What does the child want to know?</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="177"/>
        <source>Information som gavs</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="178"/>
        <source>Barnets egen berättelse, med barnets ord</source>
        <translation>The child&apos;s own story, in the child&apos;s words</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="179"/>
        <source>Råd</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="180"/>
        <source>Stöd som vi kom överens om</source>
        <translation>Support we agreed on</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="181"/>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="186"/>
        <source>Barnets egna ord – inte för vårdnadshavare</source>
        <translation>The child&apos;s own words – not for guardians</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="194"/>
        <source>Oro som ska anmälas (skapar en uppgift)</source>
        <translation>Concern to report (creates a task)</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="212"/>
        <source>Spara utkast</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="217"/>
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="236"/>
        <source>Tillägg och rättelser</source>
        <translation>Amendments and corrections</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="265"/>
        <source>Vad rättas, och varför?</source>
        <translation>What is corrected, and why?</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="266"/>
        <source>Anledning till rättelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="268"/>
        <source>Tillägg</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="270"/>
        <source>Spara tillägg</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="288"/>
        <source>Signera samtalet?</source>
        <translation>Sign the conversation?</translation>
    </message>
    <message>
        <location filename="../ConversationPage.qml" line="295"/>
        <source>Ett signerat samtal kan inte ändras. Rättelser görs som tillägg, och originalet finns kvar.</source>
        <translation>A signed conversation cannot be changed. Corrections are made as amendments, and the original is kept.</translation>
    </message>
</context>
<context>
    <name>DemoPersonPage</name>
    <message>
        <location filename="../DemoPersonPage.qml" line="28"/>
        <source>Prova som</source>
        <translation>Try as</translation>
    </message>
    <message>
        <location filename="../DemoPersonPage.qml" line="36"/>
        <source>Demoenhetens personal är påhittad. Välj vem du vill prova Lykta som: en chef ser också samtalsmallar, KVÅ-koder, personal och enhetens orosanmälningar. När appen startas om provar du som Maja igen.</source>
        <translation>The demo unit&apos;s staff are fictional. Choose whom to try Lykta as: a manager also sees conversation templates, KVÅ codes, staff and the unit&apos;s concerns to report. When the app restarts, you try it as Maja again.</translation>
    </message>
    <message>
        <location filename="../DemoPersonPage.qml" line="52"/>
        <source>%1 (du nu)</source>
        <translation>%1 (you now)</translation>
    </message>
    <message>
        <location filename="../DemoPersonPage.qml" line="53"/>
        <source>Ingen titel</source>
        <translation>No title</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <location filename="../DraftNotice.qml" line="30"/>
        <source>Släng utkastet</source>
        <translation>Discard the draft</translation>
    </message>
</context>
<context>
    <name>EmergencyLine</name>
    <message>
        <source>Ring 112 om det är akut</source>
        <extracomment>Sweden&apos;s emergency number; shown large with cards about danger at home</extracomment>
        <translation type="vanished">Call 112 if it is urgent</translation>
    </message>
</context>
<context>
    <name>EnrollSection</name>
    <message>
        <location filename="../EnrollSection.qml" line="23"/>
        <source>Serverns adress (eller QR-kodens innehåll)</source>
        <translation>Server address (or the QR code&apos;s contents)</translation>
    </message>
    <message>
        <location filename="../EnrollSection.qml" line="33"/>
        <source>Engångskod</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../EnrollSection.qml" line="63"/>
        <source>Koppla enheten</source>
        <translation>Connect the device</translation>
    </message>
    <message>
        <location filename="../EnrollSection.qml" line="71"/>
        <source>Försök synkronisera igen</source>
        <translation>Try to sync again</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <location filename="../ErasedScreen.qml" line="21"/>
        <source>Surfplattan är raderad</source>
        <translation>This tablet has been erased</translation>
    </message>
    <message>
        <location filename="../ErasedScreen.qml" line="35"/>
        <source>Stäng Lykta</source>
        <translation>Close Lykta</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="12"/>
        <source>Databasen kunde inte öppnas eller skapas i %1. Kontrollera att mappen finns och att Lykta får skriva där.</source>
        <translation>The database could not be opened or created in %1. Check that the folder exists and that Lykta may write there.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="16"/>
        <source>Databasfilen %1 är skadad och öppnas inte, så att inget skrivs över. Kontakta support: uppgifterna kan återställas från servern vid nästa synkronisering eller från en säkerhetskopia.</source>
        <translation>The database file %1 is damaged and is not opened, so that nothing is overwritten. Contact support: the data can be restored from the server at the next sync or from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="21"/>
        <source>Databasen är skapad av en nyare version av Lykta. Uppdatera appen; filen har inte ändrats.</source>
        <translation>The database was made by a newer version of Lykta. Update the app; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="24"/>
        <source>Databasen går bara att läsa. Inget har sparats.</source>
        <translation>The database is read-only. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="26"/>
        <source>Lagringsutrymmet är fullt. Ändringen sparades inte, men inget som redan sparats har gått förlorat. Frigör utrymme och försök igen.</source>
        <translation>The storage is full. The change was not saved, but nothing already saved has been lost. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="29"/>
        <source>Databasen används av ett annat program. Försök igen om en stund.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="31"/>
        <source>Enheten kunde inte läsa eller skriva databasen. Försök igen.</source>
        <translation>The device could not read or write the database. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="33"/>
        <location filename="../../src/uicommon/errortext.cpp" line="143"/>
        <source>Signerade anteckningar kan inte ändras. Skriv en rättelse i stället.</source>
        <translation>Signed notes cannot be changed. Write a correction instead.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="35"/>
        <source>Journaluppgifter raderas aldrig, de markeras som borttagna.</source>
        <translation>Records are never erased; they are marked as removed.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="37"/>
        <source>Enhetens klocka går mer än ett dygn fel jämfört med servern, så inget hämtades. Ställ in rätt datum och tid och synkronisera igen; inget har gått förlorat.</source>
        <translation>The device clock is more than a day off compared with the server, so nothing was fetched. Set the correct date and time and sync again; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="41"/>
        <source>Lykta är låst. Lås upp med din lösenfras för att fortsätta.</source>
        <translation>Lykta is locked. Unlock it with your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="43"/>
        <source>Fel lösenfras. Inget har ändrats; försök igen.</source>
        <translation>Wrong passphrase. Nothing has been changed; try again.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="54"/>
        <location filename="../../src/uicommon/errortext.cpp" line="182"/>
        <source>Något gick fel och ändringen sparades inte.</source>
        <translation>Something went wrong and the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="70"/>
        <source>Den här enheten har inget hårdvaruskydd för nyckeln, så bara lösenfrasen skyddar anteckningarna om enheten eller en kopia av filerna kommer bort. Välj minst %1 tecken med minst %2 olika, gärna flera ord; en sifferkod räcker inte.</source>
        <extracomment>The device has no hardware key store: only the passphrase protects the notes if the device or a copy of its files is lost.</extracomment>
        <translation>This device has no hardware protection for the key, so only the passphrase protects the notes if the device or a copy of its files is lost. Choose at least %1 characters with at least %2 different ones, preferably several words; a number code is not enough.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="83"/>
        <source>Välj ett datum från första kontakten till och med i dag.</source>
        <translation>Choose a date from the first contact up to today.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="85"/>
        <source>Ärendet är redan avslutat.</source>
        <translation>The case is already closed.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="87"/>
        <source>Ärendet är inte avslutat.</source>
        <translation>The case is not closed.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="89"/>
        <source>Personen är redan markerad som inte längre i familjen.</source>
        <translation>This person is already marked as no longer in the family.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="91"/>
        <location filename="../../src/uicommon/errortext.cpp" line="113"/>
        <source>Skriv ett datum (ÅÅÅÅ-MM-DD) som inte ligger i framtiden.</source>
        <translation>Write a date (YYYY-MM-DD) that is not in the future.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="93"/>
        <source>Skriv ett datum (ÅÅÅÅ-MM-DD) så att före ligger före efter och efter före uppföljningen.</source>
        <translation>Type a date (YYYY-MM-DD) so that before comes before after, and after before the follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="96"/>
        <source>Skattningen är redan tagen, så datumet ändras inte.</source>
        <translation>The questionnaire has been taken already, so its date does not change.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="98"/>
        <source>Gruppen har inga träffar än. Planera träffarna först, eller skriv datumen.</source>
        <translation>The group has no sessions yet. Plan the sessions first, or type the dates.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="100"/>
        <source>Barnet kom med efter gruppens sista träff. Skriv datumen för skattningen.</source>
        <translation>The child joined after the group&apos;s last session. Type the dates for the questionnaire.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="102"/>
        <source>Skriv vilket skäl det är.</source>
        <translation>Write what the reason is.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="104"/>
        <source>Välj ett av alternativen.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="107"/>
        <source>Kortet är ett utkast som någon som har språket som modersmål ska granska först. Godkänn det när det är granskat, så publiceras det.</source>
        <translation>The card is a draft that someone whose mother tongue is the language should review first. Approve it once it has been reviewed, and it is published.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="110"/>
        <source>Skriv hela adressen med https://, till exempel https://www.bris.se.</source>
        <translation>Write the whole address with https://, for example https://www.bris.se.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="115"/>
        <source>Hjälplinjen har inget telefonnummer att kontrollera.</source>
        <translation>The helpline has no phone number to check.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="117"/>
        <source>Hjälplinjen har ingen sådan adress att kontrollera.</source>
        <translation>The helpline has no such address to check.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="120"/>
        <source>Välj en tid från %1 sekunder till %2 minuter.</source>
        <extracomment>the shortest and longest time a kiosk waits before it starts over</extracomment>
        <translation>Choose a time from %1 seconds to %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="125"/>
        <source>Fältet får inte vara tomt.</source>
        <translation>This field cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="127"/>
        <source>Värdet ligger utanför det tillåtna intervallet.</source>
        <translation>The value is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="129"/>
        <source>Datumet är inte giltigt.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="131"/>
        <source>Åldern passar inte här.</source>
        <translation>The age does not fit here.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="133"/>
        <source>Personnumret är inte giltigt. Kontrollera siffrorna.</source>
        <translation>The personal identity number is not valid. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="135"/>
        <source>Personnumret stämmer inte med födelsedatumet.</source>
        <translation>The personal identity number does not match the date of birth.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="137"/>
        <source>Bekräftelsen har redan använts eller gäller inte längre.</source>
        <translation>The confirmation has already been used or is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="139"/>
        <source>Uppgiften finns inte längre.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="141"/>
        <source>Det går inte i det här läget.</source>
        <translation>That is not possible right now.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="145"/>
        <source>Bara signerade anteckningar rättas; ändra utkastet direkt.</source>
        <translation>Only signed notes are corrected; edit the draft directly.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="147"/>
        <source>Träffen ligger utanför gruppens period.</source>
        <translation>The session falls outside the group&apos;s period.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="149"/>
        <source>Barnet är inte med i gruppen.</source>
        <translation>The child is not in the group.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="151"/>
        <source>Gruppen är full.</source>
        <translation>The group is full.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="153"/>
        <source>Barnet är redan med i gruppen.</source>
        <translation>The child is already in the group.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="155"/>
        <source>Gruppen är anonym: inga personuppgifter får registreras.</source>
        <translation>The group is anonymous: no personal data may be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="157"/>
        <source>KVÅ-koden finns inte i enhetens kodlista.</source>
        <translation>The KVÅ code is not in the unit&apos;s code list.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="159"/>
        <source>Raden är ingen giltig KVÅ-kod.</source>
        <translation>The line is not a valid KVÅ code.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="161"/>
        <source>Demoenheten finns redan.</source>
        <translation>The demo unit already exists.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="163"/>
        <source>Din roll i Lykta tillåter inte det här. Inget har ändrats.</source>
        <translation>Your role in Lykta does not allow this. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="165"/>
        <source>Gruppen har redan en träff samma dag och tid.</source>
        <translation>The group already has a session on that day at that time.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="167"/>
        <source>Träffen är inställd: den tar ingen närvaro och ändras inte.</source>
        <translation>The session is cancelled: it takes no attendance and is not changed.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="169"/>
        <source>Gruppen har redan träffar på eller efter det datumet. Planera från dagen efter den sista träffen, så dubbleras inga träffar.</source>
        <translation>The group already has sessions on or after that date. Plan from the day after the last session, so that no session is planned twice.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="173"/>
        <source>E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se.</source>
        <translation>The e-mail address does not look right. Write it as name@example.com.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="174"/>
        <source>Telefonnumret ser inte rätt ut. Skriv siffror, till exempel 070-123 45 67 eller +46 70 123 45 67.</source>
        <translation>The phone number does not look right. Write digits, for example 070-123 45 67 or +46 70 123 45 67.</translation>
    </message>
    <message>
        <location filename="../../src/uicommon/errortext.cpp" line="177"/>
        <source>Det ser ut som ett personnummer. Personnummer registreras bara genom identifieringen, inte i fritext.</source>
        <translation>That looks like a personal identity number. Personal identity numbers are recorded only through identification, never in free text.</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <location filename="../../src/app/exportfolder.cpp" line="21"/>
        <source>Mappen %1 kunde inte skapas.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../../src/app/exportfolder.cpp" line="27"/>
        <source>Filen kunde inte sparas i %1.</source>
        <translation>The file could not be saved in %1.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../FamiliesPage.qml" line="36"/>
        <source>Familjer</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="38"/>
        <source>Ny familj</source>
        <translation>New family</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="46"/>
        <source>Filtrera på namn</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="53"/>
        <source>Visa avslutade</source>
        <translation>Show closed</translation>
    </message>
    <message numerus="yes">
        <location filename="../FamiliesPage.qml" line="70"/>
        <source>%n barn · avslutat %1</source>
        <translation>
            <numerusform>%n child · closed %1</numerusform>
            <numerusform>%n children · closed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../FamiliesPage.qml" line="71"/>
        <source>%n barn</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="72"/>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="81"/>
        <source>Hämtar familjerna …</source>
        <translation>Fetching the families …</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="85"/>
        <source>Ingen familj matchar filtret.</source>
        <translation>No family matches the filter.</translation>
    </message>
    <message>
        <location filename="../FamiliesPage.qml" line="86"/>
        <source>Inga familjer ännu.</source>
        <translation>No families yet.</translation>
    </message>
</context>
<context>
    <name>FamilyClosePage</name>
    <message>
        <location filename="../FamilyClosePage.qml" line="29"/>
        <location filename="../FamilyClosePage.qml" line="70"/>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../FamilyClosePage.qml" line="35"/>
        <source>%1 visas inte längre i familjelistan men hittas när du söker på namnet. Inget raderas, och ärendet kan öppnas igen.</source>
        <translation>%1 is no longer shown in the family list but is found when you search for the name. Nothing is deleted, and the case can be reopened.</translation>
    </message>
    <message>
        <location filename="../FamilyClosePage.qml" line="41"/>
        <source>Avslutat den (ÅÅÅÅ-MM-DD)</source>
        <translation>Closed on (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../FamilyClosePage.qml" line="49"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../FamilyClosePage.qml" line="56"/>
        <source>Kommentar (behövs vid annat skäl)</source>
        <translation>Comment (needed for another reason)</translation>
    </message>
</context>
<context>
    <name>FamilyEditPage</name>
    <message>
        <location filename="../FamilyEditPage.qml" line="42"/>
        <source>Ändra familj</source>
        <translation>Edit family</translation>
    </message>
    <message>
        <location filename="../FamilyEditPage.qml" line="42"/>
        <source>Ny familj</source>
        <translation>New family</translation>
    </message>
    <message>
        <location filename="../FamilyEditPage.qml" line="48"/>
        <source>Namn som ni använder för familjen</source>
        <translation>The name you use for the family</translation>
    </message>
    <message>
        <location filename="../FamilyEditPage.qml" line="55"/>
        <source>Förälderns situation</source>
        <translation>The parent&apos;s situation</translation>
    </message>
    <message>
        <location filename="../FamilyEditPage.qml" line="62"/>
        <source>Första kontakt (ÅÅÅÅ-MM-DD)</source>
        <translation>First contact (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../FamilyEditPage.qml" line="76"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../FamilyPage.qml" line="74"/>
        <source>Lägg till barn</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="80"/>
        <source>Ändra familj</source>
        <translation>Edit family</translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="86"/>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="92"/>
        <source>Öppna ärendet igen</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="113"/>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message numerus="yes">
        <location filename="../FamilyPage.qml" line="137"/>
        <source>%n år</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="138"/>
        <source>Identifierad</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../FamilyPage.qml" line="143"/>
        <source>Inga barn registrerade i familjen.</source>
        <translation>No children recorded in this family.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../FirstStartPage.qml" line="32"/>
        <source>Välkommen till Lykta</source>
        <translation>Welcome to Lykta</translation>
    </message>
    <message>
        <location filename="../FirstStartPage.qml" line="39"/>
        <source>Koppla enheten till kommunens Lykta-server innan du börjar skriva. Du behöver serverns adress och en engångskod från den som administrerar Lykta; har du fått en QR-kod kan du klistra in dess innehåll i adressfältet.</source>
        <translation>Connect the device to the municipality&apos;s Lykta server before you start writing. You need the server&apos;s address and a one-time code from whoever administers Lykta; if you were given a QR code, you can paste its contents into the address field.</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location filename="../FollowupPage.qml" line="50"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="56"/>
        <source>Enhetens arbete under en period i siffror, till exempel inför en arbetsplatsträff. Allt räknas från uppgifterna på den här enheten.</source>
        <translation>The unit&apos;s work over a period in figures, for example for a staff meeting. Everything is counted from the data on this device.</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="73"/>
        <location filename="../FollowupPage.qml" line="84"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="92"/>
        <location filename="../FollowupPage.qml" line="103"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="112"/>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="114"/>
        <location filename="../FollowupPage.qml" line="123"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="121"/>
        <source>Till och med</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="138"/>
        <source>Räknar …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="154"/>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="162"/>
        <source>Tal från 1 till 4 visas som ”%1” så att ingen kan kännas igen. Ibland döljs ett tal till (”dolt”), så att det första inte kan räknas fram.</source>
        <translation>Numbers from 1 to 4 are shown as “%1” so that no one can be recognised. Sometimes one more number is hidden (“hidden”), so that the first cannot be worked out.</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="237"/>
        <source>Spara som fil</source>
        <translation>Save as a file</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="243"/>
        <source>Filerna innehåller inga namn, personnummer eller anteckningar, och små tal är dolda som här. Varje export loggas. Filerna sparas i %1.</source>
        <translation>The files contain no names, identity numbers or notes, and small numbers are hidden as they are here. Every export is logged. The files are saved in %1.</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="252"/>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../FollowupPage.qml" line="259"/>
        <source>Spara som CSV</source>
        <translation>Save as CSV</translation>
    </message>
</context>
<context>
    <name>GroupEditPage</name>
    <message>
        <location filename="../GroupEditPage.qml" line="34"/>
        <source>Ändra grupp</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="34"/>
        <source>Ny grupp</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="40"/>
        <source>Gruppens namn</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="50"/>
        <source>Modell: välj, eller skriv enhetens egen</source>
        <translation>Model: choose one, or type the unit&apos;s own</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="60"/>
        <source>Modell</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="73"/>
        <source>Från ålder</source>
        <translation>From age</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="81"/>
        <source>Till ålder</source>
        <translation>To age</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="89"/>
        <source>Antal platser (1–%1)</source>
        <translation>Places (1–%1)</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="98"/>
        <source>Barnen i gruppen</source>
        <translation>Children in the group</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="106"/>
        <source>Anonym: en kod eller ett förnamn, inga personuppgifter</source>
        <translation>Anonymous: a code or a first name, no personal data</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="115"/>
        <source>Identifierad: barn som finns i enhetens familjer</source>
        <translation>Identified: children in the unit&apos;s families</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="123"/>
        <source>Gruppen har deltagare, så det här kan inte ändras längre.</source>
        <translation>The group has members, so this can no longer change.</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="131"/>
        <source>Ledare</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="163"/>
        <source>Startdatum (ÅÅÅÅ-MM-DD)</source>
        <translation>Start date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="171"/>
        <source>Slutdatum, om det är bestämt (ÅÅÅÅ-MM-DD)</source>
        <translation>End date, if decided (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="179"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="180"/>
        <source>Till exempel Familjecentralen, rum 2</source>
        <translation>For example the family centre, room 2</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../GroupEditPage.qml" line="207"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>GroupMembersPage</name>
    <message>
        <location filename="../GroupMembersPage.qml" line="45"/>
        <source>Deltagare i %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="52"/>
        <source>%1 av %2 platser</source>
        <translation>%1 of %2 places</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="53"/>
        <source>Gruppen är full</source>
        <translation>The group is full</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="62"/>
        <source>Lägg till med kod eller förnamn</source>
        <translation>Add with a code or first name</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="63"/>
        <source>Lägg till ett barn från enhetens familjer</source>
        <translation>Add a child from the unit&apos;s families</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="73"/>
        <source>Kod eller förnamn</source>
        <translation>Code or first name</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="76"/>
        <source>Det liknar ett personnummer. I en anonym grupp skrivs bara en kod eller ett förnamn.</source>
        <translation>That looks like a personal identity number. An anonymous group takes only a code or a first name.</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="81"/>
        <source>Ålder (%1–%2 år)</source>
        <translation>Age (%1–%2 years)</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="86"/>
        <location filename="../GroupMembersPage.qml" line="119"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="106"/>
        <source>Sök barn på namn</source>
        <translation>Search children by name</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="118"/>
        <source>%1 · %2 år</source>
        <translation>%1 · %2 years</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="126"/>
        <source>Inget barn i enhetens familjer matchar.</source>
        <translation>No child in the unit&apos;s families matches.</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="127"/>
        <source>Inga barn att välja. Barn läggs till under Familjer.</source>
        <translation>No children to choose from. Children are added under Families.</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="145"/>
        <source>I gruppen</source>
        <translation>In the group</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="151"/>
        <source>Inga deltagare ännu.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="166"/>
        <source>%1 år · slutade %2</source>
        <translation>%1 years · left %2</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="167"/>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="173"/>
        <source>Slutar</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="175"/>
        <source>%1 slutar</source>
        <translation>%1 leaves</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="195"/>
        <source>%1 slutar i gruppen</source>
        <translation>%1 leaves the group</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="203"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="214"/>
        <source>Barnet finns kvar i gruppens historik och närvaron hittills räknas. Senare träffar visar inte barnet.</source>
        <translation>The child stays in the group&apos;s history and attendance so far still counts. Later sessions do not list the child.</translation>
    </message>
    <message>
        <location filename="../GroupMembersPage.qml" line="219"/>
        <source>Sista dagen i gruppen (ÅÅÅÅ-MM-DD)</source>
        <translation>Last day in the group (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../GroupPage.qml" line="73"/>
        <source>%1–%2 år</source>
        <translation>%1–%2 years</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="75"/>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="75"/>
        <source>Identifierad</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="83"/>
        <source>Start %1</source>
        <translation>Starts %1</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="84"/>
        <source>Ledare: %1</source>
        <translation>Leaders: %1</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="91"/>
        <source>%1 av %2 platser</source>
        <translation>%1 of %2 places</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="92"/>
        <source>Gruppen är full</source>
        <translation>The group is full</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="101"/>
        <source>Deltagare</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="106"/>
        <source>Ändra</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="111"/>
        <source>Skattningar</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="117"/>
        <source>Träffar</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Planera träff</source>
        <translation type="vanished">Plan a session</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="118"/>
        <location filename="../GroupPage.qml" line="174"/>
        <source>Planera träffar</source>
        <translation>Plan sessions</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="128"/>
        <location filename="../GroupPage.qml" line="129"/>
        <source>Filtrera träffarna på anteckningarna</source>
        <translation>Filter the sessions by their notes</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="147"/>
        <source>Träff %1: %2 (inställd)</source>
        <translation>Session %1: %2 (cancelled)</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="148"/>
        <location filename="../GroupPage.qml" line="154"/>
        <source>Träff %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="150"/>
        <source>Inställd</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../GroupPage.qml" line="151"/>
        <source>%n närvarande</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="158"/>
        <source>Inga träffar med anteckningar med de orden.</source>
        <translation>No sessions with notes with those words.</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="159"/>
        <source>Inga träffar planerade.</source>
        <translation>No sessions planned.</translation>
    </message>
    <message numerus="yes">
        <source>Planera %n träffar</source>
        <translation type="vanished">
            <numerusform>Plan %n session</numerusform>
            <numerusform>Plan %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="186"/>
        <source>Visa förhandsvisning</source>
        <translation>Show preview</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="187"/>
        <source>Planera 1 träff</source>
        <translation>Plan 1 session</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="188"/>
        <source>Planera %1 träffar</source>
        <translation>Plan %1 sessions</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="218"/>
        <source>Från datum (ÅÅÅÅ-MM-DD)</source>
        <translation>From date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="223"/>
        <location filename="../GroupPage.qml" line="229"/>
        <source>Veckodag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="234"/>
        <source>Tid (TT:MM)</source>
        <translation>Time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="239"/>
        <source>Antal träffar (1–52)</source>
        <translation>Number of sessions (1–52)</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="245"/>
        <source>Antal träffar</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="256"/>
        <source>Teman i ordning, ett per träff</source>
        <translation>Themes in order, one per session</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="271"/>
        <source>Tema %1</source>
        <translation>Theme %1</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="278"/>
        <source>Flytta upp %1</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="285"/>
        <source>Flytta ner %1</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="291"/>
        <source>Ta bort %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="302"/>
        <location filename="../GroupPage.qml" line="303"/>
        <source>Nytt tema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="308"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="315"/>
        <source>Börja med förslag</source>
        <translation>Start with suggestions</translation>
    </message>
    <message>
        <location filename="../GroupPage.qml" line="330"/>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Planera</source>
        <translation type="vanished">Plan</translation>
    </message>
    <message>
        <source>Datum (ÅÅÅÅ-MM-DD)</source>
        <translation type="vanished">Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="vanished">Theme</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../GroupsPage.qml" line="33"/>
        <source>Stödgrupper</source>
        <translation>Support groups</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="35"/>
        <source>Ny grupp</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="54"/>
        <source>%1 · %2 år · %3 av %4 platser</source>
        <translation>%1 · ages %2 · %3 of %4 places</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="56"/>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="56"/>
        <source>Identifierad</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../GroupsPage.qml" line="61"/>
        <source>Inga grupper ännu. Börja med Ny grupp: namn, ålder, platser och ledare.</source>
        <translation>No groups yet. Start with New group: name, ages, places and leaders.</translation>
    </message>
    <message>
        <source>Inga grupper ännu.</source>
        <translation type="vanished">No groups yet.</translation>
    </message>
</context>
<context>
    <name>GuardianCopyButton</name>
    <message>
        <location filename="../GuardianCopyButton.qml" line="25"/>
        <source>Kopia för vårdnadshavare</source>
        <translation>Copy for guardians</translation>
    </message>
    <message>
        <location filename="../GuardianCopyButton.qml" line="32"/>
        <source>Barnets egna ord är inte med i kopian.</source>
        <translation>The child&apos;s own words are not in the copy.</translation>
    </message>
    <message>
        <location filename="../GuardianCopyButton.qml" line="33"/>
        <source>Kopian har allt som står här, också barnets egna ord.</source>
        <translation>The copy has everything written here, the child&apos;s own words included.</translation>
    </message>
</context>
<context>
    <name>GuardianCopyPdf</name>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="19"/>
        <source>Gäller</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="20"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="22"/>
        <source>Signerad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="22"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="36"/>
        <source>Barnets egna ord är inte med i den här kopian.</source>
        <translation>The child&apos;s own words are not in this copy.</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="45"/>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="68"/>
        <source>Kopia för vårdnadshavare: %1</source>
        <translation>Copy for guardians: %1</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="49"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="51"/>
        <source>Längd</source>
        <translation>Length</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="51"/>
        <source>%n minuter</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="52"/>
        <source>Vad barnet ville veta</source>
        <translation>What the child wanted to know</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="53"/>
        <source>Information som gavs</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="55"/>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="57"/>
        <source>Barnets egen syn</source>
        <translation>The child&apos;s own view</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="58"/>
        <source>Råd</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="59"/>
        <source>Stöd vi kom överens om</source>
        <translation>Support we agreed on</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="60"/>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/guardiancopypdf.cpp" line="71"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>GuardianEditPage</name>
    <message>
        <location filename="../GuardianEditPage.qml" line="41"/>
        <source>Uppgifter om vårdnadshavare eller förälder</source>
        <translation>Guardian or parent details</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="42"/>
        <source>Ny vårdnadshavare eller förälder</source>
        <translation>New guardian or parent</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="50"/>
        <source>Inte längre i familjen sedan %1.</source>
        <translation>No longer in the family since %1.</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="56"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="63"/>
        <source>Relation till barnen</source>
        <translation>Relation to the children</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="71"/>
        <source>Vårdnadshavare</source>
        <translation>Guardian with custody</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="77"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="85"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="93"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="100"/>
        <source>Språk som personen föredrar</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="108"/>
        <source>Behöver tolk</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="120"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="139"/>
        <source>Inte längre i familjen</source>
        <translation>No longer in the family</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="145"/>
        <source>Uppgifterna sparas och visas som tidigare i familjen.</source>
        <translation>The details are kept and shown as formerly in the family.</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="151"/>
        <source>Sedan (ÅÅÅÅ-MM-DD)</source>
        <translation>Since (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../GuardianEditPage.qml" line="157"/>
        <source>Markera som inte längre i familjen</source>
        <translation>Mark as no longer in the family</translation>
    </message>
</context>
<context>
    <name>GuardianSection</name>
    <message>
        <location filename="../GuardianSection.qml" line="37"/>
        <source>Vårdnadshavare och föräldrar</source>
        <translation>Guardians and parents</translation>
    </message>
    <message>
        <location filename="../GuardianSection.qml" line="38"/>
        <source>Lägg till vuxen</source>
        <translation>Add adult</translation>
    </message>
    <message>
        <location filename="../GuardianSection.qml" line="44"/>
        <source>Inga vuxna registrerade i familjen.</source>
        <translation>No adults recorded in the family.</translation>
    </message>
    <message>
        <location filename="../GuardianSection.qml" line="67"/>
        <source>Tidigare i familjen</source>
        <translation>Formerly in the family</translation>
    </message>
</context>
<context>
    <name>HelplineEditPage</name>
    <message>
        <location filename="../HelplineEditPage.qml" line="62"/>
        <source>Ändra hjälplinje</source>
        <translation>Edit helpline</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="62"/>
        <source>Ny hjälplinje</source>
        <translation>New helpline</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="69"/>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="70"/>
        <source>Tomt om linjen bara nås på nätet</source>
        <translation>Empty if the line is reached only online</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="79"/>
        <source>Senast kontrollerad (ÅÅÅÅ-MM-DD): den dag någon ringde och fick svar</source>
        <translation>Last checked (YYYY-MM-DD): the day someone called and got an answer</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="90"/>
        <source>Chatt (https://…)</source>
        <translation>Chat (https://…)</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="100"/>
        <source>Chatten kontrollerad (ÅÅÅÅ-MM-DD, tomt om ingen har kontrollerat den)</source>
        <translation>Chat checked (YYYY-MM-DD, empty if no one has checked it)</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="109"/>
        <source>Webbsida (https://…)</source>
        <translation>Web page (https://…)</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="119"/>
        <source>Webbsidan kontrollerad (ÅÅÅÅ-MM-DD, tomt om ingen har kontrollerat den)</source>
        <translation>Web page checked (YYYY-MM-DD, empty if no one has checked it)</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="128"/>
        <source>En ny adress är inte kontrollerad: kiosken visar den först när någon har öppnat den och sett att den fungerar.</source>
        <translation>A new address is not checked: the kiosk shows it only once someone has opened it and seen that it works.</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="136"/>
        <source>Texten på språket</source>
        <translation>Text in the language</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="150"/>
        <source>Lykta har skrivit texterna på det här språket. Kiosken visar dem på svenska tills någon som har språket som modersmål har läst dem, rättat det som behövs och godkänt dem.</source>
        <translation>Lykta wrote the texts in this language. The kiosk shows them in Swedish until someone whose mother tongue is the language has read them, corrected what needs it and approved them.</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="158"/>
        <source>Tomma fält visas på svenska i kiosken.</source>
        <translation>Empty fields are shown in Swedish on the kiosk.</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="165"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="173"/>
        <source>Öppettider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="180"/>
        <source>Vem den är till för</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="201"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="215"/>
        <source>Spara och godkänn texterna …</source>
        <translation>Save and approve the texts …</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="229"/>
        <source>Godkänna texterna på det här språket?</source>
        <translation>Approve the texts in this language?</translation>
    </message>
    <message>
        <location filename="../HelplineEditPage.qml" line="233"/>
        <source>Det du har skrivit sparas, och texterna på det här språket visas på enhetens kiosker efter nästa synkronisering. Godkänn bara om någon som har språket som modersmål har läst dem och rättat det som behövdes.</source>
        <translation>What you have written is saved, and the texts in this language are shown on the unit&apos;s kiosks after the next sync. Approve only if someone whose mother tongue is the language has read them and corrected what was needed.</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <source>Hjälplinjer</source>
        <translation type="vanished">Helplines</translation>
    </message>
    <message>
        <source>Telefonnummer %1</source>
        <translation type="vanished">Phone number %1</translation>
    </message>
    <message>
        <source>Öppet: %1</source>
        <extracomment>when a helpline answers, e.g. &quot;Öppet: dygnet runt&quot;</extracomment>
        <translation type="vanished">Open: %1</translation>
    </message>
    <message>
        <source>Senast kontrollerat %1</source>
        <extracomment>the date someone last checked that the number answers</extracomment>
        <translation type="vanished">Last checked %1</translation>
    </message>
    <message>
        <source>Om någon är i fara just nu: ring 112.</source>
        <translation type="vanished">If someone is in danger right now, call 112.</translation>
    </message>
</context>
<context>
    <name>IndicatorPdf</name>
    <message>
        <location filename="../../src/followup/pdf/indicatorpdf.cpp" line="48"/>
        <source>Uppföljning %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/indicatorpdf.cpp" line="51"/>
        <source>Period: %1 – %2. Skapad %3.</source>
        <translation>Period: %1 – %2. Created %3.</translation>
    </message>
    <message>
        <source>Rapporten innehåller inga namn, personnummer eller fritext. Antal personer från 1 till %1 visas som %2, liksom värden som bygger på färre än %3 personer, så att ingen kan kännas igen.</source>
        <translation type="vanished">The report contains no names, identity numbers or free text. Numbers of people from 1 to %1 are shown as %2, as are values based on fewer than %3 people, so that no one can be recognised.</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/indicatorpdf.cpp" line="59"/>
        <source>Rapporten innehåller inga namn, personnummer eller fritext. Antal personer från 1 till %1 visas som %2, liksom värden som bygger på färre än %3 personer, så att ingen kan kännas igen. Ett större antal som annars skulle avslöja ett sådant litet tal visas som &quot;%4&quot;.</source>
        <translation>The report holds no names, personal identity numbers or free text. Numbers of persons from 1 to %1 are shown as %2, as are values resting on fewer than %3 persons, so that no one can be recognised. A larger number that would otherwise give such a small number away is shown as &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/indicatorpdf.cpp" line="69"/>
        <source>Nyckeltal</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/indicatorpdf.cpp" line="90"/>
        <source>Samtalsserier</source>
        <translation>Conversation series</translation>
    </message>
    <message>
        <location filename="../../src/followup/pdf/indicatorpdf.cpp" line="91"/>
        <source>Stödgrupper</source>
        <translation>Support groups</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="11"/>
        <source>Barn som nåtts</source>
        <translation>Children reached</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="13"/>
        <source>Barn som nåtts, efter ålder</source>
        <translation>Children reached, by age</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="15"/>
        <source>Barn som nåtts, efter kön</source>
        <translation>Children reached, by gender</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="17"/>
        <source>Samtalsserier som påbörjats</source>
        <translation>Conversation series started</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="19"/>
        <source>Påbörjade serier, läge nu</source>
        <translation>Series started, status now</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="21"/>
        <source>Påbörjade serier, vidare till</source>
        <translation>Series started, referred on to</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="23"/>
        <source>Samtal</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="25"/>
        <source>Samtal efter slag</source>
        <translation>Conversations by kind</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="27"/>
        <source>Samtal efter KVÅ-kod</source>
        <translation>Conversations by KVÅ code</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="29"/>
        <source>Dagar från första kontakt till första samtal</source>
        <translation>Days from first contact to first conversation</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="31"/>
        <source>Grupper som genomförts</source>
        <translation>Groups run</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="33"/>
        <source>Gruppträffar som hållits</source>
        <translation>Group sessions held</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="35"/>
        <source>Barn i grupper</source>
        <translation>Children in groups</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="37"/>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="39"/>
        <source>Mående vid träffarnas början och slut (1–5)</source>
        <translation>Mood at the start and end of sessions (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="41"/>
        <source>Skattningar före och efter, antal par</source>
        <translation>Questionnaires before and after, number of pairs</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="43"/>
        <source>Skattning före, medelvärde</source>
        <translation>Score before, mean</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="45"/>
        <source>Skattning efter, medelvärde</source>
        <translation>Score after, mean</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="47"/>
        <source>Skattning, förändring efter − före</source>
        <translation>Score, change after − before</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="49"/>
        <source>Familjer som nåtts</source>
        <translation>Families reached</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="51"/>
        <source>Familjer efter förälderns situation</source>
        <translation>Families by the parent&apos;s situation</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="59"/>
        <source>totalt</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="60"/>
        <source>0–6 år</source>
        <translation>0–6 years</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="61"/>
        <source>7–12 år</source>
        <translation>7–12 years</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="62"/>
        <source>13–18 år</source>
        <translation>13–18 years</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="63"/>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="64"/>
        <source>flicka</source>
        <translation>girl</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="65"/>
        <source>pojke</source>
        <translation>boy</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="66"/>
        <source>annat</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="67"/>
        <source>ej angivet</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="68"/>
        <source>avslutade</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="69"/>
        <source>avböjda</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="70"/>
        <source>avbrutna</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="71"/>
        <source>pågående</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="72"/>
        <source>stödgrupp</source>
        <translation>support group</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="73"/>
        <source>annat stöd</source>
        <translation>other support</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="74"/>
        <source>med förälder</source>
        <translation>with a parent</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="75"/>
        <source>med förälder och barn</source>
        <translation>with parent and child</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="76"/>
        <source>med barnet</source>
        <translation>with the child</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="77"/>
        <source>nätverksmöte</source>
        <translation>network meeting</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="78"/>
        <source>med hela familjen</source>
        <translation>with the whole family</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="79"/>
        <source>utan kod</source>
        <translation>no code</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="80"/>
        <source>antal familjer</source>
        <translation>number of families</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="81"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="82"/>
        <source>procent</source>
        <translation>per cent</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="83"/>
        <source>antal skattningar</source>
        <translation>number of ratings</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="84"/>
        <source>medel vid början</source>
        <translation>mean at start</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="85"/>
        <source>medel vid slut</source>
        <translation>mean at end</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="86"/>
        <source>medelförändring</source>
        <translation>mean change</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="87"/>
        <source>steg</source>
        <translation>rose</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="88"/>
        <source>oförändrat</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="89"/>
        <source>sjönk</source>
        <translation>fell</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="90"/>
        <source>missbruk eller beroende</source>
        <translation>substance misuse or addiction</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="91"/>
        <source>spelproblem</source>
        <translation>gambling problems</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="92"/>
        <source>psykisk ohälsa</source>
        <translation>mental illness</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="93"/>
        <source>allvarlig fysisk sjukdom</source>
        <translation>serious physical illness</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="94"/>
        <source>funktionsnedsättning</source>
        <translation>disability</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="95"/>
        <source>våld i familjen</source>
        <translation>violence in the family</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="96"/>
        <source>förälder har avlidit</source>
        <translation>a parent has died</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="107"/>
        <source>%1 – %2</source>
        <extracomment>An indicator and one of its categories, e.g. &quot;Barn som nåtts – 7–12 år&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="113"/>
        <source>&lt;%1</source>
        <extracomment>Shown instead of a number too small to show without risk of recognising someone</extracomment>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <location filename="../../src/followup/indicatortext.cpp" line="119"/>
        <source>dolt</source>
        <extracomment>A number of 5 or more hidden so that a smaller hidden one cannot be worked out</extracomment>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>KioskCardPage</name>
    <message>
        <location filename="../KioskCardPage.qml" line="62"/>
        <source>Kort i kiosken</source>
        <translation>Kiosk card</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="63"/>
        <source>Ändra kort</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="63"/>
        <source>Nytt kort</source>
        <translation>New card</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="71"/>
        <source>Bara personal med rollen Innehåll kan ändra och publicera kort.</source>
        <translation>Only staff with the Content role can edit and publish cards.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="84"/>
        <source>Lykta har skrivit kortet på ett språk som ingen i teamet har som modersmål. Be någon som har det att läsa kortet och rätta det som behövs (spara då). När det är granskat godkänner du det, och då publiceras det.</source>
        <translation>Lykta wrote this card in a language that no one in the team has as their mother tongue. Ask someone who has to read the card and correct what needs it (then save). Once it has been reviewed, approve it, and it is published.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="94"/>
        <source>Utkast: visas inte på kioskerna förrän det är godkänt.</source>
        <translation>Draft: not shown on the kiosks until it is approved.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="95"/>
        <source>Publicerat: visas på enhetens kiosker.</source>
        <translation>Published: shown on the unit&apos;s kiosks.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="96"/>
        <source>Inte publicerat: visas inte på kioskerna.</source>
        <translation>Not published: not shown on the kiosks.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="104"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="112"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="128"/>
        <source>Bild</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="200"/>
        <source>Åldersgrupp</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="209"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="218"/>
        <source>Plats i ordningen</source>
        <translation>Position in the order</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="229"/>
        <source>Kortet handlar om fara: visa ”Ring 112 om det är akut”</source>
        <translation>The card is about danger: show “Call 112 if it is urgent”</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="261"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="269"/>
        <source>Godkänn och publicera …</source>
        <translation>Approve and publish …</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="270"/>
        <source>Avpublicera …</source>
        <translation>Unpublish …</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="270"/>
        <source>Publicera …</source>
        <translation>Publish …</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="279"/>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="285"/>
        <source>Så här ser kortet ut på en kiosk med liggande skärm.</source>
        <translation>This is how the card looks on a kiosk with a landscape screen.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="304"/>
        <source>Förhandsvisning av kortet</source>
        <translation>Preview of the card</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="336"/>
        <source>Godkänna och publicera kortet?</source>
        <translation>Approve and publish the card?</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="337"/>
        <source>Avpublicera kortet?</source>
        <translation>Unpublish the card?</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="337"/>
        <source>Publicera kortet?</source>
        <translation>Publish the card?</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="342"/>
        <source>Godkänn bara om någon som har språket som modersmål har läst kortet och rättat det som behövdes. Kortet är då inte längre ett utkast, och det visas på enhetens kiosker efter nästa synkronisering. Spara först om du har ändrat något.</source>
        <translation>Approve only if someone whose mother tongue is the language has read the card and corrected what was needed. The card is then no longer a draft, and it is shown on the unit&apos;s kiosks after the next sync. Save first if you have changed anything.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="347"/>
        <source>Kortet tas bort från enhetens kiosker vid nästa synkronisering. Det finns kvar här och kan publiceras igen.</source>
        <translation>The card is taken off the unit&apos;s kiosks at the next sync. It stays here and can be published again.</translation>
    </message>
    <message>
        <location filename="../KioskCardPage.qml" line="349"/>
        <source>Kortet visas på enhetens kiosker efter nästa synkronisering, för barn som väljer det här språket och den här åldersgruppen. Spara först om du har ändrat något.</source>
        <translation>The card is shown on the unit&apos;s kiosks after the next sync, to children who choose this language and age group. Save first if you have changed anything.</translation>
    </message>
</context>
<context>
    <name>KioskContentLabels</name>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="12"/>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="14"/>
        <source>Lättläst svenska</source>
        <translation>Easy-to-read Swedish</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="16"/>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="18"/>
        <source>Arabiska</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="20"/>
        <source>Somaliska</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="22"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="24"/>
        <source>Tigrinska</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="26"/>
        <source>Ukrainska</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="28"/>
        <source>Finska</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="35"/>
        <source>3–6 år</source>
        <translation>Ages 3–6</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="37"/>
        <source>7–12 år</source>
        <translation>7–12 years</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskcontentlabels.cpp" line="39"/>
        <source>13–18 år</source>
        <translation>13–18 years</translation>
    </message>
</context>
<context>
    <name>KioskContentPage</name>
    <message>
        <location filename="../KioskContentPage.qml" line="73"/>
        <source>Kioskinnehåll</source>
        <translation>Kiosk content</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="82"/>
        <source>Du kan läsa kioskens innehåll. Bara personal med rollen Innehåll kan skapa, ändra och publicera kort och hjälplinjer.</source>
        <translation>You can read the kiosk&apos;s content. Only staff with the Content role can create, edit and publish cards and helplines.</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="90"/>
        <source>Kort</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="91"/>
        <source>Hjälplinjer</source>
        <translation>Helplines</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="93"/>
        <source>Väntetider</source>
        <translation>Idle times</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="119"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="120"/>
        <source>Alla språk</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="125"/>
        <source>Åldersgrupp</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="126"/>
        <source>Alla åldrar</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="136"/>
        <source>Nytt kort</source>
        <translation>New card</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="154"/>
        <source>Bara utkast att granska (%1)</source>
        <extracomment>a filter: only the cards that wait for review by a native speaker</extracomment>
        <translation>Only drafts to review (%1)</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="177"/>
        <source>Inga utkast att granska för det här språket och den här åldersgruppen.</source>
        <translation>No drafts to review for this language and age group.</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="178"/>
        <source>Inga kort för det här språket och den här åldersgruppen.</source>
        <translation>No cards for this language and age group.</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="226"/>
        <source>%1 · %2 · plats %3</source>
        <extracomment>language · age band · the card&apos;s place in the kiosk&apos;s order</extracomment>
        <translation>%1 · %2 · position %3</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="241"/>
        <source>Publicerat</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="241"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="258"/>
        <source>Ny hjälplinje</source>
        <translation>New helpline</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="283"/>
        <source>Inga hjälplinjer ännu.</source>
        <translation>No helplines yet.</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="321"/>
        <source>Öppet: %1</source>
        <extracomment>when a helpline answers</extracomment>
        <translation>Open: %1</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="327"/>
        <source>Språk: %1</source>
        <extracomment>the languages the helpline&apos;s texts are written in</extracomment>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="352"/>
        <source>%1: %2</source>
        <extracomment>how to reach a helpline (Telefon, Chatt, Webb) and its number or address</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="361"/>
        <source>Inte kontrollerad än: visas inte i kiosken förrän någon har kontrollerat den</source>
        <extracomment>the date someone last called the number (or opened the chat or web page) and it answered</extracomment>
        <translation>Not checked yet: the kiosk does not show it until someone has checked it</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="363"/>
        <source>Senast kontrollerad %1 – dags att kontrollera igen</source>
        <translation>Last checked %1 – time to check again</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="364"/>
        <source>Senast kontrollerad %1</source>
        <translation>Last checked %1</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="374"/>
        <source>Kontrollerad i dag</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="377"/>
        <source>%1, %2: kontrollerad i dag</source>
        <extracomment>e.g. &quot;Bris, Chatt: kontrollerad i dag&quot;</extracomment>
        <translation>%1, %2: checked today</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="389"/>
        <source>Texterna på de här språken behöver granskas av någon som har språket som modersmål. Läs och rätta dem under Ändra, och godkänn dem sedan:</source>
        <translation>The texts in these languages need review by a native speaker. Read and correct them under Edit, then approve them:</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="405"/>
        <source>Godkänn: %1 …</source>
        <extracomment>approve a helpline&apos;s texts in one language, after asking</extracomment>
        <translation>Approve: %1 …</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="407"/>
        <source>Godkänn texterna om %1 på %2</source>
        <translation>Approve the texts about %1 in %2</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="451"/>
        <source>Godkänn texterna: %1</source>
        <extracomment>e.g. &quot;Godkänn texterna: Arabiska&quot;</extracomment>
        <translation>Approve the texts: %1</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="455"/>
        <source>Namnet, öppettiderna och vem %1 är till för visas på det här språket på enhetens kiosker efter nästa synkronisering, i stället för på svenska. Godkänn bara om någon som har språket som modersmål har läst texterna och rättat det som behövdes.</source>
        <translation>The name, the opening hours and who %1 is for are shown in this language on the unit&apos;s kiosks after the next sync, instead of in Swedish. Approve only if someone whose mother tongue is the language has read the texts and corrected what was needed.</translation>
    </message>
    <message>
        <source>%1 är kontrollerad i dag</source>
        <translation type="vanished">%1 checked today</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="416"/>
        <source>Ändra</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../KioskContentPage.qml" line="419"/>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>KioskIdleTimes</name>
    <message>
        <location filename="../KioskIdleTimes.qml" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="26"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="58"/>
        <source>%1, sekunder</source>
        <translation>%1, seconds</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="64"/>
        <source>%1 (förvalt)</source>
        <extracomment>e.g. &quot;1 min 30 s · förvalt 1 min&quot;, or &quot;1 min (förvalt)&quot;</extracomment>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="65"/>
        <source>%1 · förvalt %2</source>
        <translation>%1 · default %2</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="89"/>
        <source>Väntetid innan kiosken börjar om</source>
        <translation>Idle time before the kiosk starts over</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="96"/>
        <source>Så länge väntar enhetens kiosker efter den senaste beröringen innan de går tillbaka till startsidan, så att nästa barn börjar från början. Skriv sekunder, från %1 sekunder till %2 minuter. Kioskerna får tiderna vid nästa synkronisering.</source>
        <translation>How long the unit&apos;s kiosks wait after the last touch before they go back to the start page, so that the next child starts from the beginning. Write seconds, from %1 seconds to %2 minutes. The kiosks get the times at their next sync.</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="112"/>
        <source>Startsidan</source>
        <translation>The start page</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="120"/>
        <source>Kortlistan</source>
        <translation>The card list</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="128"/>
        <source>Ett kort</source>
        <translation>A card</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="136"/>
        <source>Hjälplinjerna</source>
        <translation>The helplines</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="155"/>
        <source>Sparat. Kioskerna får tiderna vid nästa synkronisering.</source>
        <translation>Saved. The kiosks get the times at their next sync.</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="166"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../KioskIdleTimes.qml" line="173"/>
        <source>Använd förvalda tider</source>
        <translation>Use the default times</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Tillbaka</source>
        <extracomment>go back one page; the arrow points the way back in both reading directions</extracomment>
        <translation type="vanished">Back</translation>
    </message>
    <message>
        <source>Börja om</source>
        <translation type="vanished">Start again</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="vanished">Staff</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Lykta</source>
        <translation type="vanished">Lykta</translation>
    </message>
</context>
<context>
    <name>KvaCodesPage</name>
    <message>
        <location filename="../KvaCodesPage.qml" line="32"/>
        <source>KVÅ-koder</source>
        <translation>KVÅ codes</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="41"/>
        <source>Importera KVÅ-koder</source>
        <translation>Import KVÅ codes</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="52"/>
        <source>Importerade listor: %1</source>
        <translation>Imported lists: %1</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="53"/>
        <source>Ingen kodlista importerad än.</source>
        <translation>No code list imported yet.</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="60"/>
        <source>Koppla varje kod till den samtalsmall den hör till. Samtalsformuläret erbjuder sedan de kopplade koderna.</source>
        <translation>Map each code to the conversation template it belongs to. The conversation form then offers the mapped codes.</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="109"/>
        <source>Lista %1 · utgått, erbjuds inte längre</source>
        <translation>List %1 · retired, no longer offered</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="110"/>
        <source>Lista %1</source>
        <translation>List %1</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="125"/>
        <source>Samtalsmall för %1</source>
        <translation>Conversation template for %1</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="132"/>
        <source>Inga KVÅ-koder än. Importera organisationens kodlista som en CSV-fil.</source>
        <translation>No KVÅ codes yet. Import the organisation&apos;s code list as a CSV file.</translation>
    </message>
    <message>
        <location filename="../KvaCodesPage.qml" line="133"/>
        <source>Inga KVÅ-koder än. En chef importerar organisationens kodlista.</source>
        <translation>No KVÅ codes yet. A manager imports the organisation&apos;s code list.</translation>
    </message>
</context>
<context>
    <name>KvaImportPage</name>
    <message>
        <location filename="../KvaImportPage.qml" line="23"/>
        <source>Välj KVÅ-lista</source>
        <translation>Choose a KVÅ list</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="24"/>
        <source>CSV-filer (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="24"/>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="53"/>
        <source>Importera KVÅ-koder</source>
        <translation>Import KVÅ codes</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="61"/>
        <source>En rad per kod: kod;benämning, och samtalsmallens typ om filen har den. Koder som försvinner ur en lista utgår men finns kvar i samtal som redan har dem.</source>
        <translation>One line per code: code;title, and the conversation template&apos;s kind if the file has it. Codes that disappear from a list are retired but stay on conversations that already have them.</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="62"/>
        <source>Bara en chef kan importera KVÅ-koder.</source>
        <translation>Only a manager can import KVÅ codes.</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="70"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="71"/>
        <source>Sökväg till CSV-filen</source>
        <translation>Path to the CSV file</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="78"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="87"/>
        <source>Använd demons exempelfil</source>
        <translation>Use the demo&apos;s example file</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="94"/>
        <source>Listans version (till exempel KVÅ 2025)</source>
        <translation>The list&apos;s version (for example KVÅ 2025)</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="110"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="119"/>
        <source>Importen lägger till %1, ändrar %2 och låter %3 utgå. %4 är oförändrade.</source>
        <translation>The import adds %1, changes %2 and retires %3. %4 are unchanged.</translation>
    </message>
    <message>
        <location filename="../KvaImportPage.qml" line="146"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../LeaveDialog.qml" line="16"/>
        <source>Du har ändringar som inte är sparade</source>
        <translation>You have unsaved changes</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="41"/>
        <source>Spara det du skrivit som utkast på den här enheten, släng det, eller stanna kvar.</source>
        <translation>Keep what you wrote as a draft on this device, discard it, or stay.</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="49"/>
        <source>Spara som utkast</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="56"/>
        <source>Släng ändringarna …</source>
        <translation>Discard the changes …</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="63"/>
        <source>Stanna kvar</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="75"/>
        <source>Slänga det du skrivit?</source>
        <translation>Discard what you wrote?</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="81"/>
        <source>Det du skrivit sedan formuläret öppnades försvinner och kan inte tas tillbaka.</source>
        <translation>What you wrote since the form was opened will be gone and cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="88"/>
        <source>Ja, släng</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <location filename="../LeaveDialog.qml" line="95"/>
        <source>Nej, behåll</source>
        <translation>No, keep it</translation>
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
        <location filename="../Main.qml" line="14"/>
        <source>Lykta – demo med påhittade uppgifter</source>
        <translation>Lykta – demo with made-up data</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="221"/>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="221"/>
        <source>Dina öppna uppgifter, som orosanmälningar att registrera</source>
        <translation>Your open tasks, such as concern reports to record</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="222"/>
        <source>Status, konflikter och koppling till servern</source>
        <translation>Status, conflicts and the connection to the server</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="223"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="223"/>
        <source>Siffror och diagram för en period, som PDF eller CSV</source>
        <translation>Figures and charts for a period, as PDF or CSV</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="224"/>
        <source>Kioskinnehåll</source>
        <translation>Kiosk content</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="224"/>
        <source>Kort och hjälplinjer i väntrummets kiosk</source>
        <translation>Cards and helplines in the waiting-room kiosk</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="225"/>
        <source>Samtalsmallar</source>
        <translation>Conversation templates</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="225"/>
        <source>För chefer: enhetens samtalsmodeller, deras steg och versioner</source>
        <translation>For managers: the unit&apos;s conversation models, their steps and versions</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="226"/>
        <source>KVÅ-koder</source>
        <translation>KVÅ codes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="226"/>
        <source>För chefer: importera kodlistor och koppla koder till samtalsmallar</source>
        <translation>For managers: import code lists and map codes to conversation templates</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="227"/>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="227"/>
        <source>För chefer: enhetens personal med namn och titlar</source>
        <translation>For managers: the unit&apos;s staff with names and titles</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="228"/>
        <source>Surfplattor och personal</source>
        <translation>Tablets and staff</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="228"/>
        <source>För chefer: enhetens surfplattor, koder för nya, återkalla en surfplatta och avsluta den som slutar</source>
        <translation>For managers: the unit&apos;s tablets, codes for new ones, revoking a tablet and deactivating someone who leaves</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="229"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="229"/>
        <source>Språk, lås och synk på mobildata</source>
        <translation>Language, lock and sync on mobile data</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="230"/>
        <source>Prova som</source>
        <translation>Try as</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="230"/>
        <source>Demo: se Lykta som enhetens chef, kurator eller anhörigkonsulent</source>
        <translation>Demo: see Lykta as the unit&apos;s manager, school counsellor or family support worker</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="280"/>
        <source>Demo – påhittade uppgifter – som %1</source>
        <translation>Demo – fictional data – as %1</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="323"/>
        <source>Välj en familj i listan.</source>
        <translation>Choose a family in the list.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="334"/>
        <source>Välj en grupp i listan.</source>
        <translation>Choose a group in the list.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="345"/>
        <source>Välj en träff i listan.</source>
        <translation>Choose a hit in the list.</translation>
    </message>
    <message>
        <source>Språk och lås</source>
        <translation type="vanished">Language and lock</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="253"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="271"/>
        <source>Synkar …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="281"/>
        <location filename="../Main.qml" line="284"/>
        <source>Demo – påhittade uppgifter</source>
        <translation>Demo – made-up data</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="281"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="300"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="301"/>
        <source>Familjer</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="302"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="303"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="304"/>
        <source>Mer</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="222"/>
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>%1: %2 av 5</source>
        <translation type="vanished">%1: %2 of 5</translation>
    </message>
    <message>
        <location filename="../MoodPicker.qml" line="13"/>
        <source>Jättedåligt</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <location filename="../MoodPicker.qml" line="13"/>
        <source>Dåligt</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../MoodPicker.qml" line="13"/>
        <source>Sådär</source>
        <translation>So-so</translation>
    </message>
    <message>
        <location filename="../MoodPicker.qml" line="14"/>
        <source>Bra</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../MoodPicker.qml" line="14"/>
        <source>Jättebra</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../MoodPicker.qml" line="33"/>
        <source>%1: %2 (%3 av 5)</source>
        <translation>%1: %2 (%3 of 5)</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <location filename="../MorePage.qml" line="21"/>
        <source>Mer</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <location filename="../NoteSection.qml" line="50"/>
        <source>Anonym grupp: skriv inga personnummer, efternamn eller adresser.</source>
        <translation>Anonymous group: write no personal identity numbers, surnames or addresses.</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="79"/>
        <source>Skriven %1 av %2</source>
        <translation>Written %1 by %2</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="86"/>
        <source>Utkast, inte signerat</source>
        <translation>Draft, not signed</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="100"/>
        <source>Rättelse %1 av %2. Skäl: %3</source>
        <translation>Correction %1 by %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="115"/>
        <location filename="../NoteSection.qml" line="191"/>
        <source>Skriv rättelse</source>
        <translation>Write a correction</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="118"/>
        <source>Skriv rättelse: %1</source>
        <translation>Write a correction: %1</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="136"/>
        <source>Utkast (sparas när du lämnar fältet)</source>
        <translation>Draft (saved when you leave the field)</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="137"/>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="151"/>
        <source>Spara utkast</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="155"/>
        <source>Spara utkast: %1</source>
        <translation>Save draft: %1</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="159"/>
        <source>Signera …</source>
        <translation>Sign …</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="164"/>
        <source>Signera: %1</source>
        <translation>Sign: %1</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="175"/>
        <source>Signera anteckningen?</source>
        <translation>Sign the note?</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="178"/>
        <source>En signerad anteckning kan aldrig ändras. Fel rättas med en rättelse som visas bredvid.</source>
        <translation>A signed note can never be changed. Mistakes are put right with a correction shown beside it.</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="198"/>
        <source>Anteckningen står kvar som den är; rättelsen visas under den med ditt namn och tid.</source>
        <translation>The note stays as it is; the correction is shown under it with your name and the time.</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="205"/>
        <source>Skäl till rättelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../NoteSection.qml" line="210"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Fel kod.</source>
        <translation type="vanished">Wrong PIN.</translation>
    </message>
    <message>
        <source>Ingen kod är inställd för den här skärmen.</source>
        <translation type="vanished">No PIN has been set for this screen.</translation>
    </message>
    <message>
        <source>Personal: skriv koden för att lämna skärmen</source>
        <translation type="vanished">Staff: enter the PIN to leave this screen</translation>
    </message>
    <message numerus="yes">
        <source>Vänta %n sekunder.</source>
        <translation type="vanished">
            <numerusform>Wait %n second.</numerusform>
            <numerusform>Wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vänta %n minuter.</source>
        <translation type="vanished">
            <numerusform>Wait %n minute.</numerusform>
            <numerusform>Wait %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vänta en sekund.</source>
        <translation type="vanished">Wait one second.</translation>
    </message>
    <message>
        <source>Siffran %1</source>
        <extracomment>The name a screen reader gives a key of the PIN pad</extracomment>
        <translation type="vanished">Digit %1</translation>
    </message>
    <message>
        <source>Sudda</source>
        <translation type="vanished">Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="vanished">Close</translation>
    </message>
</context>
<context>
    <name>PlaceText</name>
    <message>
        <location filename="../../src/app/placetext.cpp" line="17"/>
        <source>Anteckning i samtal %1</source>
        <translation>Note in the conversation on %1</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="17"/>
        <source>Anteckning i ett samtal</source>
        <translation>Note in a conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="19"/>
        <source>Anteckning från gruppträff %1</source>
        <translation>Note from the group session on %1</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="20"/>
        <source>Anteckning från en gruppträff</source>
        <translation>Note from a group session</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="21"/>
        <source>Anteckning %1</source>
        <translation>Note, %1</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="21"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="25"/>
        <source>Vad vill barnet veta?</source>
        <translation>What does the child want to know?</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="26"/>
        <source>Information som gavs</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="27"/>
        <source>Barnets egen berättelse, med barnets ord</source>
        <translation>The child&apos;s own story, in the child&apos;s words</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="28"/>
        <source>Råd</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="29"/>
        <source>Stöd som vi kom överens om</source>
        <translation>Support we agreed on</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="30"/>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="31"/>
        <location filename="../../src/app/placetext.cpp" line="40"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="33"/>
        <source>%1 i ett samtal</source>
        <extracomment>%1 is a section of a conversation record, %2 the conversation&apos;s date</extracomment>
        <translation>%1 in a conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="34"/>
        <source>%1 i samtal %2</source>
        <translation>%1 in the conversation on %2</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="37"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../src/app/placetext.cpp" line="39"/>
        <source>Informationskort</source>
        <translation>Information card</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../QuestionnairePage.qml" line="34"/>
        <source>Skattningar: %1</source>
        <translation>Questionnaires: %1</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="42"/>
        <source>Inga skattningar planerade för gruppen än.</source>
        <translation>No questionnaires planned for the group yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../QuestionnairePage.qml" line="43"/>
        <source>%n att ta nu</source>
        <translation>
            <numerusform>%n due now</numerusform>
            <numerusform>%n due now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="48"/>
        <source>Planera skattning för gruppen</source>
        <translation>Plan a questionnaire for the group</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="83"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="100"/>
        <source>Poäng %1 · %2</source>
        <translation>Score %1 · %2</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="101"/>
        <source>Poäng %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="114"/>
        <source>Poäng (%1)</source>
        <translation>Score (%1)</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="114"/>
        <source>Poäng</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="116"/>
        <source>Poäng för %1, %2, %3</source>
        <translation>Score for %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="122"/>
        <source>Spara poäng</source>
        <translation>Save score</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="124"/>
        <source>Spara poäng för %1, %2, %3</source>
        <translation>Save score for %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="143"/>
        <source>Datum för %1, %2, %3</source>
        <translation>Date for %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="149"/>
        <source>Ändra datum</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="152"/>
        <source>Ändra datum för %1, %2, %3</source>
        <translation>Change date for %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="174"/>
        <source>Planera skattning</source>
        <translation>Plan a questionnaire</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="185"/>
        <source>Varje barn i gruppen får skattningen före, efter och sex månader efter. Lämna datumen tomma så får varje barn sina egna: före vid sin första träff, efter vid gruppens sista träff. Datumen kan ändras för varje barn efteråt.</source>
        <translation>Every child in the group gets the questionnaire before, after and six months after. Leave the dates empty and each child gets their own: before at their first session, after at the group&apos;s last session. The dates can be changed for each child afterwards.</translation>
    </message>
    <message>
        <source>Varje barn i gruppen får skattningen före, efter och sex månader efter.</source>
        <translation type="vanished">Every child in the group gets the questionnaire before, after and six months after.</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="194"/>
        <location filename="../QuestionnairePage.qml" line="203"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="208"/>
        <source>Före, datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Before, date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../QuestionnairePage.qml" line="214"/>
        <source>Efter, datum (ÅÅÅÅ-MM-DD)</source>
        <translation>After, date (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>RefusedPage</name>
    <message>
        <location filename="../RefusedPage.qml" line="33"/>
        <source>Ändringar som inte togs emot</source>
        <translation>Changes that were not accepted</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="41"/>
        <source>Servern tog inte emot de här ändringarna, och uppgiften visar nu det som gäller hos alla. Din text finns kvar här tills du har tagit hand om den.</source>
        <translation>The server did not accept these changes, and the record now shows what everyone else sees. Your text stays here until you have dealt with it.</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="56"/>
        <source>Inga ändringar väntar. Om servern inte tar emot en ändring visas din text här, så att inget går förlorat.</source>
        <translation>No changes are waiting. If the server does not accept a change, your text is shown here so that nothing is lost.</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="93"/>
        <source>Din text, skriven %1:</source>
        <translation>Your text, written %1:</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="108"/>
        <source>(ingen text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="119"/>
        <source>Kopiera texten</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="125"/>
        <source>Klar med den här …</source>
        <translation>Done with this one …</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="126"/>
        <source>Markera som klar: %1</source>
        <translation>Mark as done: %1</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="141"/>
        <source>Texten är kopierad.</source>
        <translation>The text has been copied.</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="153"/>
        <source>Har du tagit hand om texten?</source>
        <translation>Have you dealt with the text?</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="156"/>
        <source>Ändringen visas inte längre här. Texten raderas inte: den finns kvar sparad på enheten.</source>
        <translation>The change will no longer be shown here. The text is not deleted: it stays saved on the device.</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="161"/>
        <source>Ja, den är klar</source>
        <translation>Yes, it is done</translation>
    </message>
    <message>
        <location filename="../RefusedPage.qml" line="166"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewBadge</name>
    <message>
        <location filename="../ReviewBadge.qml" line="13"/>
        <source>Behöver granskas av någon som har språket som modersmål</source>
        <extracomment>a card Lykta wrote in a new language: a native speaker reads it before a kiosk shows it</extracomment>
        <translation>Needs review by a native speaker</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Sök i anteckningar</source>
        <translation type="vanished">Search notes</translation>
    </message>
    <message>
        <source>Skriv ett eller flera ord</source>
        <translation type="vanished">Type one or more words</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="61"/>
        <source>Sök i enheten</source>
        <translation>Search the unit</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="71"/>
        <source>Skriv ett eller flera ord, ett namn eller ett helt personnummer</source>
        <translation>Type one or more words, a name or a whole personal identity number</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="72"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="88"/>
        <source>Vad som söks</source>
        <translation>What to search</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="97"/>
        <source>Egna datum</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="100"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="112"/>
        <source>Bara mina</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="126"/>
        <source>Från ÅÅÅÅ-MM-DD</source>
        <translation>From YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="127"/>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="136"/>
        <source>Till ÅÅÅÅ-MM-DD</source>
        <translation>To YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="137"/>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="167"/>
        <source>De första %1 träffarna visas: namn först, sedan det nyaste. Välj typ eller period för att se äldre.</source>
        <translation>The first %1 hits are shown: names first, then the newest. Choose a kind or a period to see older ones.</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="168"/>
        <source>Antal träffar: %1. Namn först, sedan det nyaste.</source>
        <translation>Hits: %1. Names first, then the newest.</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="233"/>
        <source>Söker …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="237"/>
        <source>Sökningen gäller samtal, anteckningar, rättelser, familjer, barn och grupper i din enhet.</source>
        <translation>Search covers conversations, notes, corrections, families, children and groups in your unit.</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="239"/>
        <source>Inga träffar bland det som redan är sökbart.</source>
        <translation>No results among what can already be searched.</translation>
    </message>
    <message>
        <source>Sökningen gäller allt som skrivits på den här enheten.</source>
        <translation type="vanished">Search covers everything written on this device.</translation>
    </message>
    <message>
        <location filename="../SearchPage.qml" line="240"/>
        <source>Inga träffar.</source>
        <translation>No results.</translation>
    </message>
</context>
<context>
    <name>SearchTarget</name>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="62"/>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="81"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="91"/>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="91"/>
        <source>Familj</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="91"/>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="115"/>
        <source>Anteckning i ärendet: %1</source>
        <extracomment>A case note outside a conversation series; %1 is its kind (Telefonsamtal)</extracomment>
        <translation>Case note: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="134"/>
        <source>Anteckning från träffen</source>
        <translation>Note from the session</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="139"/>
        <source>Anteckning om ett barn i gruppen</source>
        <translation>Note about a child in the group</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="160"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/app/searchtarget.cpp" line="175"/>
        <source>Träff %1: %2</source>
        <extracomment>A session&apos;s title: its number and theme</extracomment>
        <translation>Session %1: %2</translation>
    </message>
</context>
<context>
    <name>SeriesClosePage</name>
    <message>
        <location filename="../SeriesClosePage.qml" line="34"/>
        <location filename="../SeriesClosePage.qml" line="123"/>
        <source>Avsluta serien</source>
        <translation>Close the series</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="41"/>
        <source>Hur slutade serien?</source>
        <translation>How did the series end?</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="60"/>
        <source>Vid vilket steg?</source>
        <translation>At which step?</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="68"/>
        <source>Stödgrupp (barnet blir medlem)</source>
        <translation>Support group (the child becomes a member)</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="76"/>
        <source>Enheten har ingen grupp än. Skapa den under Grupper först.</source>
        <translation>The unit has no group yet. Create it under Groups first.</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="92"/>
        <source>Vilket stöd?</source>
        <translation>Which support?</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="93"/>
        <source>Vart (frivilligt)</source>
        <translation>Where to (optional)</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="94"/>
        <source>Varför avslutas serien?</source>
        <translation>Why is the series closed?</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="102"/>
        <source>Barnet har rätt att tacka nej. En serie ersätter aldrig en orosanmälan.</source>
        <translation>The child has the right to say no. A series never replaces a report of concern.</translation>
    </message>
    <message>
        <location filename="../SeriesClosePage.qml" line="109"/>
        <source>Avslutad (ÅÅÅÅ-MM-DD)</source>
        <translation>Closed (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>SeriesPage</name>
    <message>
        <location filename="../SeriesPage.qml" line="98"/>
        <source>Avsluta serien…</source>
        <translation>Close the series…</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="104"/>
        <source>Öppna serien igen…</source>
        <translation>Reopen the series…</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="110"/>
        <source>Steg</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="110"/>
        <source>Serien är avslutad</source>
        <translation>The series has ended</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="134"/>
        <source>valfritt</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="137"/>
        <source>Signerat</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="137"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="138"/>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="146"/>
        <source>Boka om</source>
        <translation>Rebook</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="146"/>
        <source>Boka</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="148"/>
        <source>Boka om steget: %1</source>
        <translation>Rebook the step: %1</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="149"/>
        <source>Boka steget: %1</source>
        <translation>Book the step: %1</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="160"/>
        <source>Öppna serien igen?</source>
        <translation>Reopen the series?</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="170"/>
        <source>Serien blir pågående igen och syns i dag. Skälet sparas i serien tillsammans med vem som öppnade den och när.</source>
        <translation>The series becomes active again and shows on Today. The reason is kept on the series together with who reopened it and when.</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="175"/>
        <source>Varför öppnas serien igen?</source>
        <translation>Why is the series reopened?</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="189"/>
        <source>Öppna igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../SeriesPage.qml" line="196"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SeriesStepModel</name>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="18"/>
        <source>Föräldrar</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="20"/>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="22"/>
        <source>Föräldrar och barn</source>
        <translation>Parents and child</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="24"/>
        <source>Nätverket</source>
        <translation>The network</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="26"/>
        <source>Hela familjen</source>
        <translation>The whole family</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../SessionPage.qml" line="98"/>
        <source>Inställd: träffen tar ingen närvaro och räknas inte i närvaron.</source>
        <translation>Cancelled: the session takes no attendance and does not count in the attendance rate.</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="107"/>
        <location filename="../SessionPage.qml" line="249"/>
        <source>Flytta eller byt tema</source>
        <translation>Move or change theme</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="112"/>
        <source>Ställ in träffen</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="127"/>
        <source>%1 av %2 närvarande</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="144"/>
        <source>Anteckning om träffen</source>
        <translation>Note about the session</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="151"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message numerus="yes">
        <location filename="../SessionPage.qml" line="185"/>
        <source>%1, %n år</source>
        <translation>
            <numerusform>%1, %n year</numerusform>
            <numerusform>%1, %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="192"/>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="194"/>
        <source>%1 närvarande</source>
        <translation>%1 present</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="203"/>
        <source>Början</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="208"/>
        <source>Slutet</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="218"/>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="219"/>
        <source>signerad</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="220"/>
        <source>Dölj anteckning</source>
        <translation>Hide note</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="221"/>
        <source>Anteckning (%1)</source>
        <translation>Note (%1)</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="222"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="224"/>
        <source>Dölj anteckning om %1</source>
        <translation>Hide note about %1</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="226"/>
        <source>Anteckning om %1 (%2)</source>
        <translation>Note about %1 (%2)</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="227"/>
        <location filename="../SessionPage.qml" line="237"/>
        <source>Anteckning om %1</source>
        <translation>Note about %1</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="257"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="284"/>
        <source>Datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="290"/>
        <source>Tid (TT:MM)</source>
        <translation>Time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="296"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="304"/>
        <source>Ställ in träffen?</source>
        <translation>Cancel the session?</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="314"/>
        <source>Träffen står kvar i listan som inställd. Den tar ingen närvaro och räknas inte i närvaron.</source>
        <translation>The session stays in the list as cancelled. It takes no attendance and does not count in the attendance rate.</translation>
    </message>
    <message>
        <location filename="../SessionPage.qml" line="158"/>
        <source>Gruppen har inga deltagare än.</source>
        <translation>The group has no members yet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../SettingsPage.qml" line="26"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="35"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="41"/>
        <source>Appens texter byts direkt. Anteckningar och annat som skrivits ändras inte.</source>
        <translation>The app&apos;s words change at once. Notes and other things written stay as they are.</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="65"/>
        <source>Lås</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="71"/>
        <source>Lås efter så många minuter utan att någon rört skärmen</source>
        <translation>Lock after this many minutes without anyone touching the screen</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="80"/>
        <source>Minuter till låsning</source>
        <translation>Minutes until locking</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="84"/>
        <source>Lås nu</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="92"/>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="98"/>
        <source>Lykta synkar av sig själv när nätet kommer tillbaka, strax efter att du signerat och var 15:e minut. På mobildata bara om du tillåter det här; Synkronisera nu fungerar alltid.</source>
        <translation>Lykta syncs by itself when the network comes back, shortly after you sign and every 15 minutes. On mobile data only if you allow it here; Sync now always works.</translation>
    </message>
    <message>
        <location filename="../SettingsPage.qml" line="105"/>
        <source>Synka även på mobildata</source>
        <translation>Sync on mobile data too</translation>
    </message>
</context>
<context>
    <name>ShippedText</name>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="15"/>
        <source>Inledande samtal med förälder och barn</source>
        <translation>Opening conversation with parent and child</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="16"/>
        <source>Samtal med barnet</source>
        <translation>Conversation with the child</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="17"/>
        <source>Uppföljning med barn och förälder</source>
        <translation>Follow-up with child and parent</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="18"/>
        <source>Första samtalet med föräldern</source>
        <translation>First conversation with the parent</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="19"/>
        <source>Andra samtalet med föräldern</source>
        <translation>Second conversation with the parent</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="20"/>
        <source>Nätverksmöte</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="21"/>
        <source>Föräldrasamtal 1</source>
        <translation>Parent conversation 1</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="22"/>
        <source>Föräldrasamtal 2</source>
        <translation>Parent conversation 2</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="23"/>
        <source>Barnsamtal</source>
        <translation>Child conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="24"/>
        <source>Föräldrasamtal 3</source>
        <translation>Parent conversation 3</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="25"/>
        <source>Familjemöte</source>
        <translation>Family meeting</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="26"/>
        <source>Uppföljning 1</source>
        <translation>Follow-up 1</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="27"/>
        <source>Uppföljning 2</source>
        <translation>Follow-up 2</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="33"/>
        <source>Vi lär känna varandra</source>
        <extracomment>A starting list of themes for a support group for children of parents with addiction, mental illness or serious illness; the leader edits it before planning.</extracomment>
        <translation>Getting to know each other</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="34"/>
        <source>Känslor</source>
        <translation>Feelings</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="35"/>
        <source>Min familj</source>
        <translation>My family</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="36"/>
        <source>Vad är sjukdom och beroende?</source>
        <translation>What are illness and addiction?</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="37"/>
        <source>Hemligheter och skam</source>
        <translation>Secrets and shame</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="38"/>
        <source>Att prata med en vuxen</source>
        <translation>Talking to an adult</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="39"/>
        <source>Mina styrkor</source>
        <translation>My strengths</translation>
    </message>
    <message>
        <location filename="../../src/app/shippedtext.cpp" line="40"/>
        <source>Avslutning</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../StaffPage.qml" line="30"/>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="38"/>
        <source>Namn och titel syns vid allt som var och en skriver. Roller sätts av den som administrerar servern.</source>
        <translation>Name and title show with everything each person writes. Roles are set by whoever administers the server.</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="39"/>
        <source>Bara en chef kan ändra namn och titlar.</source>
        <translation>Only a manager can change names and titles.</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="56"/>
        <source>%1 (du)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="57"/>
        <source>Ingen titel</source>
        <translation>No title</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="69"/>
        <source>Ingen personal än. Personalen kommer från servern när surfplattan synkar.</source>
        <translation>No staff yet. The staff come from the server when the tablet syncs.</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="78"/>
        <source>Namn och titel</source>
        <translation>Name and title</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="91"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="96"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="100"/>
        <source>Roll: %1 (sätts på servern)</source>
        <translation>Role: %1 (set on the server)</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="118"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../StaffPage.qml" line="129"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Hej!</source>
        <translation type="vanished">Hello!</translation>
    </message>
    <message>
        <source>Här finns kort för dig som har någon i familjen som är sjuk, har ett beroende eller mår dåligt.</source>
        <translation type="vanished">Here are cards for you if someone in your family is ill, has an addiction or is not feeling well.</translation>
    </message>
    <message>
        <source>Välj språk</source>
        <translation type="vanished">Choose a language</translation>
    </message>
    <message>
        <source>Hur gammal är du?</source>
        <translation type="vanished">How old are you?</translation>
    </message>
    <message>
        <source>Jag är 3–6 år</source>
        <translation type="vanished">I am 3–6</translation>
    </message>
    <message>
        <source>Jag är 7–12 år</source>
        <translation type="vanished">I am 7–12</translation>
    </message>
    <message>
        <source>Jag är 13–18 år</source>
        <translation type="vanished">I am 13–18</translation>
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
    <name>SwitchedOffScreen</name>
    <message>
        <source>Den här skärmen är avstängd.</source>
        <translation type="vanished">This screen is switched off.</translation>
    </message>
    <message>
        <source>Personalen har fått besked.</source>
        <translation type="vanished">The staff have been told.</translation>
    </message>
    <message>
        <source>Till personalen: skärmen är anmäld som förlorad och har tömts och kopplats bort från servern.</source>
        <extracomment>for staff only, in small print at the foot of a kiosk that a manager reported lost</extracomment>
        <translation type="vanished">For staff: this screen was reported lost; it has been emptied and disconnected from the server.</translation>
    </message>
    <message>
        <source>En fil gick inte att ta bort; kontakta support.</source>
        <translation type="vanished">One file could not be removed; contact support.</translation>
    </message>
    <message>
        <source>Servern har fått besked.</source>
        <translation type="vanished">The server has been told.</translation>
    </message>
    <message>
        <source>Servern har ännu inte fått besked.</source>
        <translation type="vanished">The server has not been told yet.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../SyncPage.qml" line="32"/>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="89"/>
        <source>Synkronisera nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="96"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="105"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="116"/>
        <source>Behöver din uppmärksamhet</source>
        <translation>Needs your attention</translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncPage.qml" line="123"/>
        <source>Texter som ändrades på två ställen samtidigt: %n. Båda versionerna finns kvar tills du väljer.</source>
        <translation>
            <numerusform>%n text was changed in two places at the same time. Both versions are kept until you choose.</numerusform>
            <numerusform>%n texts were changed in two places at the same time. Both versions are kept until you choose.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="128"/>
        <source>Visa konflikterna</source>
        <translation>Show the conflicts</translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncPage.qml" line="136"/>
        <source>Ändringar som servern inte tog emot (till exempel i en anteckning som redan signerats): %n. Texten finns kvar på enheten.</source>
        <translation>
            <numerusform>%n change was not accepted by the server (for example in a note that had already been signed). The text is kept on the device.</numerusform>
            <numerusform>%n changes were not accepted by the server (for example in a note that had already been signed). The text is kept on the device.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="141"/>
        <source>Visa ändringarna</source>
        <translation>Show the changes</translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="152"/>
        <source>Koppla enheten till en annan person</source>
        <translation>Connect the device to another person</translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="161"/>
        <source>Med en engångskod för en annan person arbetar enheten som den personen från och med nu.</source>
        <translation>With a one-time code for another person, the device works as that person from now on.</translation>
    </message>
    <message>
        <source>Med en engångskod för en annan person arbetar enheten som den personen från och med nu. Det som inte har skickats måste synkroniseras först.</source>
        <translation type="vanished">With a one-time code for another person, the device works as that person from now on. Anything not yet sent must be synced first.</translation>
    </message>
    <message numerus="yes">
        <source>%n texter ändrades på två ställen samtidigt. Båda versionerna finns kvar.</source>
        <translation type="vanished">
            <numerusform>%n text was changed in two places at once. Both versions are kept.</numerusform>
            <numerusform>%n texts were changed in two places at once. Both versions are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar togs inte emot av servern (till exempel i en anteckning som redan signerats). Texten finns kvar på enheten.</source>
        <translation type="vanished">
            <numerusform>%n change was not accepted by the server (in a note that was already signed, for example). The text is kept on the device.</numerusform>
            <numerusform>%n changes were not accepted by the server (in a note that was already signed, for example). The text is kept on the device.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SyncPage.qml" line="162"/>
        <source>Koppla enheten till servern med den engångskod du fått av din administratör.</source>
        <translation>Connect this device to the server with the one-time code your administrator gave you.</translation>
    </message>
    <message>
        <source>Serveradress</source>
        <translation type="vanished">Server address</translation>
    </message>
    <message>
        <source>Engångskod</source>
        <translation type="vanished">One-time code</translation>
    </message>
    <message>
        <source>Koppla</source>
        <translation type="vanished">Connect</translation>
    </message>
    <message>
        <source>Lås</source>
        <translation type="vanished">Lock</translation>
    </message>
    <message>
        <source>Lås efter så många minuter utan att någon rört skärmen</source>
        <translation type="vanished">Lock after this many minutes without anyone touching the screen</translation>
    </message>
    <message>
        <source>Minuter till låsning</source>
        <translation type="vanished">Minutes until locking</translation>
    </message>
    <message>
        <source>Lås nu</source>
        <translation type="vanished">Lock now</translation>
    </message>
</context>
<context>
    <name>TabletsPage</name>
    <message>
        <location filename="../TabletsPage.qml" line="28"/>
        <source>Surfplattor och personal</source>
        <translation>Tablets and staff</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="37"/>
        <source>Enhetens surfplattor och väntrumskiosker som servern känner dem. Ge en engångskod för att ansluta en ny, återkalla en surfplatta som inte ska användas mer och avsluta den som slutar.</source>
        <translation>The unit&apos;s tablets and waiting-room kiosks as the server knows them. Give a one-time code to enroll a new one, revoke a tablet that is no longer to be used, and deactivate someone who leaves.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="38"/>
        <source>Bara enhetens chef hanterar surfplattor och personal.</source>
        <translation>Only the unit&apos;s manager handles tablets and staff.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="49"/>
        <source>Hämtar …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="49"/>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="56"/>
        <source>Kod för väntrumskiosk</source>
        <translation>Code for a waiting-room kiosk</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="60"/>
        <source>Skapar en engångskod som ansluter en kiosk i enhetens väntrum</source>
        <translation>Creates a one-time code that enrolls a kiosk in the unit&apos;s waiting room</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="86"/>
        <source>Surfplattor (%1)</source>
        <translation>Tablets (%1)</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="91"/>
        <source>Personal (%1)</source>
        <translation>Staff (%1)</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="112"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="114"/>
        <source>%1 (den här surfplattan)</source>
        <extracomment>The manager&apos;s own tablet in the list of the unit&apos;s tablets</extracomment>
        <translation>%1 (this tablet)</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="117"/>
        <source>Ansluten %1</source>
        <translation>Enrolled %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="118"/>
        <source>Senast synkad %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="119"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="120"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="128"/>
        <location filename="../TabletsPage.qml" line="258"/>
        <location filename="../TabletsPage.qml" line="289"/>
        <source>Återkalla</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="131"/>
        <location filename="../TabletsPage.qml" line="240"/>
        <source>Återkalla %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="141"/>
        <source>Förlorad eller stulen</source>
        <extracomment>On a revoked tablet&apos;s row: report it lost or stolen so it erases itself</extracomment>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="144"/>
        <source>%1 är förlorad eller stulen – radera</source>
        <translation>%1 is lost or stolen – erase</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="153"/>
        <source>Inga surfplattor är anslutna till enheten än. Ge en kod till den som ska använda en.</source>
        <translation>No tablets are enrolled in the unit yet. Give a code to the person who is to use one.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="167"/>
        <source>%1 (du)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="168"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="168"/>
        <source>Avslutad</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="179"/>
        <source>Ny kod</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="182"/>
        <source>Ny kod för %1</source>
        <translation>New code for %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="189"/>
        <location filename="../TabletsPage.qml" line="339"/>
        <source>Avsluta</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="192"/>
        <location filename="../TabletsPage.qml" line="319"/>
        <source>Avsluta %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="198"/>
        <location filename="../TabletsPage.qml" line="339"/>
        <source>Återaktivera</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="201"/>
        <location filename="../TabletsPage.qml" line="319"/>
        <source>Återaktivera %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="211"/>
        <source>Servern känner ingen personal i enheten.</source>
        <translation>The server knows no staff in the unit.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="240"/>
        <source>Radera %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="250"/>
        <source>Surfplattan är redan återkallad och kan inte synka. Är den förlorad eller stulen kan den också raderas.</source>
        <translation>The tablet is already revoked and cannot sync. If it is lost or stolen, it can also be erased.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="265"/>
        <source>Surfplattan kan inte längre synka. Det som inte hann skickas finns kvar på den och kan läsas och skickas om den ansluts på nytt.</source>
        <translation>The tablet can no longer sync. What it had not yet sent stays on it and can be read and sent if it is enrolled again.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="274"/>
        <source>Förlorad eller stulen – radera</source>
        <translation>Lost or stolen – erase</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="279"/>
        <source>Nästa gång surfplattan kontaktar servern raderar den allt Lykta har sparat på den: uppgifterna, nyckeln och utkasten. Det som inte hann skickas går förlorat.</source>
        <translation>The next time the tablet contacts the server it erases everything Lykta has saved on it: the records, the key and the drafts. What it had not yet sent is lost.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="289"/>
        <source>Återkalla och radera</source>
        <translation>Revoke and erase</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="289"/>
        <source>Radera</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="298"/>
        <location filename="../TabletsPage.qml" line="348"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="330"/>
        <source>%1 kan åter få en kod och ansluta en surfplatta. Surfplattor som återkallades när hen avslutades förblir återkallade.</source>
        <translation>%1 can again be given a code and enroll a tablet. Tablets revoked when they were deactivated stay revoked.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="331"/>
        <source>Alla %1s surfplattor återkallas och koder som inte har använts slutar gälla. Hen står kvar som författare till allt hen har skrivit. Hen kan inte anslutas igen förrän hen återaktiveras.</source>
        <translation>All of %1&apos;s tablets are revoked and codes not yet used stop working. They remain the author of everything they wrote. They cannot be enrolled again until they are reactivated.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="368"/>
        <source>Kod för %1</source>
        <translation>Code for %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="369"/>
        <source>Kod för en väntrumskiosk</source>
        <translation>Code for a waiting-room kiosk</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="384"/>
        <source>Skanna QR-koden med den nya surfplattan, eller skriv in serveradressen och koden. Koden visas bara nu och kan användas en gång.</source>
        <translation>Scan the QR code with the new tablet, or type in the server address and the code. The code is shown only now and can be used once.</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="395"/>
        <source>QR-kod som ansluter en surfplatta med koden %1</source>
        <translation>QR code that enrolls a tablet with the code %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="413"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="420"/>
        <source>Gäller till %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../TabletsPage.qml" line="428"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <location filename="../TaskPage.qml" line="49"/>
        <source>Öppna samtalet</source>
        <translation>Open the conversation</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="58"/>
        <source>Själva anmälan görs till socialtjänsten utanför Lykta. Här registrerar du vad som gjordes; först då stängs uppgiften.</source>
        <translation>The report itself is made to social services outside Lykta. Record here what was done; only then is the task closed.</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="72"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="84"/>
        <source>Orosanmälan är gjord</source>
        <translation>The concern has been reported</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="90"/>
        <source>Beslut att inte göra en orosanmälan</source>
        <translation>Decided not to report the concern</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="95"/>
        <source>Datum då anmälan gjordes (ÅÅÅÅ-MM-DD)</source>
        <translation>Date the report was made (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="96"/>
        <source>Datum för beslutet (ÅÅÅÅ-MM-DD)</source>
        <translation>Date of the decision (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="105"/>
        <source>Till vilken socialtjänst</source>
        <translation>To which social services</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="106"/>
        <source>t.ex. Socialtjänsten i kommunen, barn och unga</source>
        <translation>e.g. the municipality&apos;s social services, children and young people</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="114"/>
        <source>Anmälan gjord av</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="129"/>
        <source>Socialtjänstens referens (om det finns)</source>
        <translation>Social services&apos; reference (if any)</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="136"/>
        <source>Skäl att inte göra en anmälan</source>
        <translation>Reason for not reporting</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="149"/>
        <source>Spara och stäng uppgiften</source>
        <translation>Save and close the task</translation>
    </message>
    <message>
        <location filename="../TaskPage.qml" line="159"/>
        <source>Markera som klar</source>
        <translation>Mark as done</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../src/app/tasktext.cpp" line="10"/>
        <source>Orosanmälan</source>
        <translation>Concern report</translation>
    </message>
    <message>
        <location filename="../../src/app/tasktext.cpp" line="12"/>
        <source>Orosanmälan: %1</source>
        <extracomment>A task to report a concern to social services; %1 is the child and the conversation</extracomment>
        <translation>Concern report: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/tasktext.cpp" line="18"/>
        <source>Öppen sedan i dag</source>
        <translation>Open since today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/tasktext.cpp" line="19"/>
        <source>Öppen i %n dagar</source>
        <translation>
            <numerusform>Open for %n day</numerusform>
            <numerusform>Open for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../TasksPage.qml" line="32"/>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../TasksPage.qml" line="41"/>
        <source>Enhetens öppna orosanmälningar</source>
        <translation>The unit&apos;s open concern reports</translation>
    </message>
    <message>
        <location filename="../TasksPage.qml" line="42"/>
        <source>För chefer: alla på enheten, den äldsta först</source>
        <translation>For managers: everyone in the unit, oldest first</translation>
    </message>
    <message>
        <location filename="../TasksPage.qml" line="66"/>
        <source>Du har inga öppna uppgifter.</source>
        <translation>You have no open tasks.</translation>
    </message>
</context>
<context>
    <name>TemplateEditPage</name>
    <message>
        <location filename="../TemplateEditPage.qml" line="35"/>
        <source>Ändra samtalsmall</source>
        <translation>Edit conversation template</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="35"/>
        <source>Ny samtalsmall</source>
        <translation>New conversation template</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="45"/>
        <source>Version %1. Sparar du blir det version %2; pågående serier behåller sin version.</source>
        <translation>Version %1. Saving makes it version %2; running series keep their version.</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="46"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="54"/>
        <source>Bara en chef kan ändra enhetens samtalsmallar.</source>
        <translation>Only a manager can change the unit&apos;s conversation templates.</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="61"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="71"/>
        <location filename="../TemplateEditPage.qml" line="80"/>
        <source>Från ålder</source>
        <translation>From age</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="84"/>
        <location filename="../TemplateEditPage.qml" line="93"/>
        <source>Till ålder</source>
        <translation>To age</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="108"/>
        <source>Steg i ordning</source>
        <translation>Steps in order</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="135"/>
        <source>Steg %1: namn</source>
        <translation>Step %1: name</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="148"/>
        <source>Vilka deltar</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="156"/>
        <source>Vilka deltar i steg %1</source>
        <translation>Who takes part in step %1</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="161"/>
        <source>Dagar efter förra steget</source>
        <translation>Days after the previous step</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="168"/>
        <source>Dagar efter förra steget, steg %1</source>
        <translation>Days after the previous step, step %1</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="174"/>
        <source>Valfritt steg</source>
        <translation>Optional step</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="194"/>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="197"/>
        <source>Flytta upp steg %1</source>
        <translation>Move step %1 up</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="202"/>
        <source>Flytta ner</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="205"/>
        <source>Flytta ner steg %1</source>
        <translation>Move step %1 down</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="210"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="212"/>
        <source>Ta bort steg %1</source>
        <translation>Remove step %1</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="222"/>
        <source>Lägg till steg</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../TemplateEditPage.qml" line="237"/>
        <source>Spara ny version</source>
        <translation>Save new version</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../TemplatesPage.qml" line="37"/>
        <source>Samtalsmallar</source>
        <translation>Conversation templates</translation>
    </message>
    <message>
        <location filename="../TemplatesPage.qml" line="45"/>
        <source>Ny mall</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../TemplatesPage.qml" line="54"/>
        <source>En ändrad mall sparas som en ny version. Serier som redan pågår fortsätter med den version de startade med.</source>
        <translation>A changed template is saved as a new version. Series already running keep the version they started with.</translation>
    </message>
    <message numerus="yes">
        <location filename="../TemplatesPage.qml" line="76"/>
        <source>%n steg</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TemplatesPage.qml" line="76"/>
        <source>enhetens egen</source>
        <translation>the unit&apos;s own</translation>
    </message>
    <message>
        <location filename="../TemplatesPage.qml" line="76"/>
        <source>följer med Lykta</source>
        <translation>comes with Lykta</translation>
    </message>
    <message>
        <location filename="../TemplatesPage.qml" line="77"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../TemplatesPage.qml" line="82"/>
        <source>Inga samtalsmallar än. Skapa enhetens första med Ny mall.</source>
        <translation>No conversation templates yet. Create the unit&apos;s first with New template.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../TodayPage.qml" line="25"/>
        <source>I dag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../TodayPage.qml" line="71"/>
        <source>Försenat, %1</source>
        <translation>Overdue, %1</translation>
    </message>
    <message>
        <location filename="../TodayPage.qml" line="85"/>
        <source>Hämtar dagens samtal och träffar …</source>
        <translation>Fetching today's conversations and meetings …</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation type="vanished">Done</translation>
    </message>
    <message>
        <source>Markera som klar: %1</source>
        <translation type="vanished">Mark as done: %1</translation>
    </message>
    <message>
        <location filename="../TodayPage.qml" line="90"/>
        <source>Inget inplanerat de närmaste två veckorna.</source>
        <translation>Nothing planned for the next two weeks.</translation>
    </message>
</context>
<context>
    <name>TodayTasks</name>
    <message>
        <location filename="../TodayTasks.qml" line="28"/>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../TodayTasks.qml" line="28"/>
        <source>Öppna uppgifter</source>
        <translation>Open tasks</translation>
    </message>
</context>
<context>
    <name>UnitConcernsPage</name>
    <message>
        <location filename="../UnitConcernsPage.qml" line="29"/>
        <source>Enhetens öppna orosanmälningar</source>
        <translation>The unit&apos;s open concern reports</translation>
    </message>
    <message>
        <location filename="../UnitConcernsPage.qml" line="36"/>
        <source>Den äldsta först. En orosanmälan ska göras genast.</source>
        <translation>Oldest first. A concern must be reported at once.</translation>
    </message>
    <message>
        <location filename="../UnitConcernsPage.qml" line="62"/>
        <source>Inga öppna orosanmälningar på enheten.</source>
        <translation>No open concern reports in the unit.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../Unlock.qml" line="13"/>
        <source>Lykta</source>
        <translation>Lykta</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../UnlockForm.qml" line="22"/>
        <source>Välj en lösenfras</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="22"/>
        <source>Lykta är låst</source>
        <translation>Lykta is locked</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="30"/>
        <source>Lösenfrasen skyddar allt som sparas på enheten. Den kan inte återställas, så välj en du minns.</source>
        <translation>The passphrase protects everything saved on this device. It cannot be recovered, so choose one you will remember.</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="31"/>
        <source>Skriv din lösenfras för att fortsätta.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="47"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="47"/>
        <source>Din lösenfras</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="58"/>
        <source>Samma lösenfras igen</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="70"/>
        <source>Skapa och öppna</source>
        <translation>Create and open</translation>
    </message>
    <message>
        <location filename="../UnlockForm.qml" line="70"/>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>lykta::app::AuditReviewController</name>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="97"/>
        <source>Familj: %1</source>
        <translation>Family: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="111"/>
        <source>Barn: %1</source>
        <extracomment>A child in the list of people whose access log can be taken out</extracomment>
        <translation>Child: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="254"/>
        <source>Inga stickprov är registrerade på den här enheten ännu.</source>
        <translation>No spot checks have been recorded on this device yet.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="256"/>
        <source>Stickprov i loggen: %1. Det senaste gjordes %2.</source>
        <translation>Spot checks in the log: %1. The latest was made %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="280"/>
        <source>Loggutdrag och stickprov görs av enhetens chef.</source>
        <translation>Log extracts and spot checks are made by the unit&apos;s manager.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="283"/>
        <source>Välj ett barn eller en familj först.</source>
        <translation>Choose a child or a family first.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="311"/>
        <source>Sparad som %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="347"/>
        <source>Stickprovet för %1 är registrerat i loggen.</source>
        <translation>The spot check for %1 is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="147"/>
        <source>Kollegornas läsningar kunde inte hämtas: surfplattan är inte ansluten till någon server. Loggutdraget visar bara den här surfplattans poster.</source>
        <translation>Colleagues&apos; reads could not be fetched: the tablet is not connected to a server. The log extract shows only this tablet&apos;s entries.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="154"/>
        <source>Hämtar kollegornas läsningar från servern …</source>
        <translation>Fetching colleagues&apos; reads from the server …</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="174"/>
        <source>Loggutdraget visar bara den här surfplattans poster.</source>
        <extracomment>Said when the server&apos;s part of an access-log extract could not be had</extracomment>
        <translation>The log extract shows only this tablet&apos;s entries.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="178"/>
        <source>Kollegornas läsningar kunde inte hämtas: surfplattan är inte ansluten till någon server.</source>
        <translation>Colleagues&apos; reads could not be fetched: the tablet is not connected to a server.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="185"/>
        <source>servern lämnar loggen bara till chefen för barnets eller familjens enhet.</source>
        <translation>the server gives the log only to the manager of the child&apos;s or family&apos;s unit.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="187"/>
        <source>servern känner inte längre igen surfplattan. Anslut den på nytt.</source>
        <translation>the server no longer recognises the tablet. Connect it again.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="190"/>
        <source>servern gick inte att nå. Försök igen när surfplattan är uppkopplad.</source>
        <translation>the server could not be reached. Try again when the tablet is online.</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="192"/>
        <source>servern svarade med ett fel (%1).</source>
        <translation>the server answered with an error (%1).</translation>
    </message>
    <message>
        <location filename="../../src/app/auditreviewcontroller.cpp" line="194"/>
        <source>Kollegornas läsningar kunde inte hämtas: %1</source>
        <translation>Colleagues&apos; reads could not be fetched: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/auditreviewcontroller.cpp" line="199"/>
        <source>Med serverns logg: %n poster från servern.</source>
        <translation>
            <numerusform>With the server&apos;s log: %n entry from the server.</numerusform>
            <numerusform>With the server&apos;s log: %n entries from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/auditreviewcontroller.cpp" line="202"/>
        <source>De %n äldsta posterna på servern kom inte med.</source>
        <translation>
            <numerusform>The oldest entry on the server was left out.</numerusform>
            <numerusform>The %n oldest entries on the server were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lykta::app::BookingEditor</name>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="19"/>
        <source>%1 (barnet)</source>
        <translation>%1 (the child)</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="21"/>
        <source>%1 (vårdnadshavare)</source>
        <translation>%1 (guardian)</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="23"/>
        <source>Föräldrar eller vårdnadshavare</source>
        <translation>Parents or guardians</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="25"/>
        <source>%1 (personal)</source>
        <translation>%1 (staff)</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="27"/>
        <source>Nätverket (skola, vård eller andra)</source>
        <translation>The network (school, health care or others)</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="124"/>
        <source>Dagen har redan varit. Välj i dag eller senare.</source>
        <translation>That day has passed. Choose today or later.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="125"/>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD.</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="128"/>
        <source>Tiden har redan varit. Välj en senare tid.</source>
        <translation>That time has passed. Choose a later time.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="129"/>
        <source>Skriv tiden som TT:MM, till exempel 14:30.</source>
        <translation>Write the time as HH:MM, for example 14:30.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="131"/>
        <source>Längden ska vara 1–%1 minuter.</source>
        <translation>The length must be 1–%1 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="133"/>
        <source>Skriv var ni ses.</source>
        <translation>Write where you will meet.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="135"/>
        <source>Välj minst en som är med.</source>
        <translation>Choose at least one person who takes part.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="137"/>
        <source>Steget är redan bokat. Boka om det i stället.</source>
        <translation>The step is already booked. Rebook it instead.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="139"/>
        <source>Serien är avslutad. Öppna den igen för att boka.</source>
        <translation>The series is closed. Reopen it to book.</translation>
    </message>
    <message>
        <location filename="../../src/app/bookingeditor.cpp" line="141"/>
        <source>Bokningen är redan avbokad.</source>
        <translation>The booking is already cancelled.</translation>
    </message>
</context>
<context>
    <name>lykta::app::CaseNoteEditor</name>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="36"/>
        <source>Familjen</source>
        <translation>The family</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="47"/>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="66"/>
        <source>%1 · %2</source>
        <extracomment>%1 is the kind of contact (Telefonsamtal), %2 whom the note is about</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="68"/>
        <source>Skriven %1 av %2</source>
        <extracomment>%1 is when, %2 the name, title and unit of the staff member who wrote the note</extracomment>
        <translation>Written %1 by %2</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="73"/>
        <source>Signerad %1 av %2</source>
        <translation>Signed %1 by %2</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="95"/>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD, i dag eller tidigare.</source>
        <translation>Write the date as YYYY-MM-DD, today or earlier.</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="97"/>
        <source>Skriv vad som hände innan du sparar.</source>
        <translation>Write what happened before saving.</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="99"/>
        <source>Välj vad anteckningen gäller.</source>
        <translation>Choose what the note is about.</translation>
    </message>
    <message>
        <location filename="../../src/app/casenoteeditor.cpp" line="101"/>
        <source>Utkastet är en kollegas. Bara den som skrev det kan ändra eller signera det.</source>
        <translation>The draft is a colleague&apos;s. Only its author can change or sign it.</translation>
    </message>
</context>
<context>
    <name>lykta::app::CaseNoteModel</name>
    <message>
        <location filename="../../src/app/casenotemodel.cpp" line="59"/>
        <source>Familjen</source>
        <translation>The family</translation>
    </message>
</context>
<context>
    <name>lykta::app::ChildEditor</name>
    <message>
        <location filename="../../src/app/childeditor.cpp" line="17"/>
        <source>Flicka</source>
        <translation>Girl</translation>
    </message>
    <message>
        <location filename="../../src/app/childeditor.cpp" line="17"/>
        <source>Pojke</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../../src/app/childeditor.cpp" line="17"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/app/childeditor.cpp" line="18"/>
        <source>Vill inte ange</source>
        <translation>Prefers not to say</translation>
    </message>
</context>
<context>
    <name>lykta::app::ConflictListModel</name>
    <message>
        <location filename="../../src/app/conflictlistmodel.cpp" line="27"/>
        <source>okänd medarbetare</source>
        <translation>unknown staff member</translation>
    </message>
    <message>
        <location filename="../../src/app/conflictlistmodel.cpp" line="72"/>
        <location filename="../../src/app/conflictlistmodel.cpp" line="85"/>
        <source>Konflikten är redan löst, här eller på en annan enhet.</source>
        <translation>The conflict has already been resolved, here or on another device.</translation>
    </message>
    <message>
        <location filename="../../src/app/conflictlistmodel.cpp" line="82"/>
        <source>Texten får inte vara tom. Behåll en av versionerna om ingen text ska bort.</source>
        <translation>The text cannot be empty. Keep one of the versions if no text should go.</translation>
    </message>
    <message>
        <location filename="../../src/app/conflictlistmodel.cpp" line="88"/>
        <source>Texten har ändrats sedan du öppnade konflikten. Läs igenom den igen.</source>
        <translation>The text has changed since you opened the conflict. Please read it through again.</translation>
    </message>
    <message>
        <location filename="../../src/app/conflictlistmodel.cpp" line="91"/>
        <source>Anteckningen är signerad och kan inte ändras. Båda versionerna finns kvar; skriv en rättelse om något behöver läggas till.</source>
        <translation>The note is signed and cannot be changed. Both versions are kept; write a correction if something needs to be added.</translation>
    </message>
</context>
<context>
    <name>lykta::app::ConversationEditor</name>
    <message>
        <source>Signerad %1</source>
        <translation type="vanished">Signed %1</translation>
    </message>
    <message>
        <location filename="../../src/app/conversationeditor.cpp" line="18"/>
        <source>okänd personal</source>
        <translation>unknown staff member</translation>
    </message>
    <message>
        <location filename="../../src/app/conversationeditor.cpp" line="73"/>
        <source>Signerad %1 av %2</source>
        <extracomment>%1 is when, %2 the name of the staff member who signed</extracomment>
        <translation>Signed %1 by %2</translation>
    </message>
</context>
<context>
    <name>lykta::app::EnrollmentForm</name>
    <message>
        <source>Skickar först det som inte har skickats …</source>
        <translation type="vanished">First sending what has not been sent …</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="84"/>
        <source>Söker servern …</source>
        <translation>Looking for the server …</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="86"/>
        <source>Kopplar enheten …</source>
        <translation>Connecting the device …</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="88"/>
        <source>Hämtar enhetens uppgifter …</source>
        <translation>Fetching the unit&apos;s data …</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="90"/>
        <source>Klart. Enheten är kopplad och synkroniserad.</source>
        <translation>Done. The device is connected and synced.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="149"/>
        <source>Det inklistrade är inte innehållet i en Lykta-kod. Det ska börja med lykta://enroll. Skriv annars in adressen och koden var för sig.</source>
        <translation>What you pasted is not the contents of a Lykta code. It should start with lykta://enroll. Otherwise type the address and the code separately.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="165"/>
        <source>Skriv serverns adress, till exempel lykta.kommun.se. Den finns på lappen med engångskoden.</source>
        <translation>Type the server&apos;s address, for example lykta.kommun.se. It is on the note with the one-time code.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="171"/>
        <source>Adressen innehåller mellanslag. Skriv den i ett ord, till exempel lykta.kommun.se:8443.</source>
        <translation>The address contains spaces. Type it as one word, for example lykta.kommun.se:8443.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="186"/>
        <source>Porten efter kolonet ska vara ett tal från 1 till 65535, till exempel lykta.kommun.se:8443. Skriv adressen utan kolon om du inte fått någon port.</source>
        <translation>The port after the colon must be a number from 1 to 65535, for example lykta.kommun.se:8443. Type the address without a colon if you were not given a port.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="209"/>
        <source>Skriv engångskoden du har fått, till exempel ABCD2345-EFGH6789.</source>
        <translation>Type the one-time code you were given, for example ABCD2345-EFGH6789.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="301"/>
        <source>Servern känner redan den här enheten som en annan persons. Det som väntar på att skickas här kan bara skickas med en kod för den som skrev det; be om en sådan. Inget har tagits bort och koden är inte använd.</source>
        <translation>The server already knows this device as another person&apos;s. What is waiting to be sent here can only be sent with a code for the person who wrote it; ask for one. Nothing has been removed and the code has not been used.</translation>
    </message>
    <message>
        <source>Det som väntar på att skickas kunde inte skickas, så enheten kopplas inte om än och arbetar vidare som förut. %1</source>
        <translation type="vanished">What is waiting to be sent could not be sent, so the device is not re-enrolled yet and works as before. %1</translation>
    </message>
    <message>
        <source>Enheten har ändringar som inte har skickats än. Synkronisera först (Mer → Synk → Synkronisera nu) och koppla sedan om enheten; då blandas inget ihop.</source>
        <translation type="vanished">The device has changes that have not been sent yet. Sync first (More → Sync → Sync now), then connect the device again; that way nothing gets mixed up.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="243"/>
        <source>Det där är ingen serveradress. Skriv den som till exempel https://lykta.kommun.se eller lykta.kommun.se:8443.</source>
        <translation>That is not a server address. Type it like https://lykta.kommun.se or lykta.kommun.se:8443.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="245"/>
        <source>Adressen börjar med http:// och skulle skicka koden okrypterad. Skriv adressen med https:// eller utan början.</source>
        <translation>The address starts with http:// and would send the code unencrypted. Type the address with https:// or without the beginning.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="249"/>
        <source>Ingen server svarar på %1. Kontrollera adressen och porten, och att enheten har nät (wifi eller mobildata). Koden är inte använd.</source>
        <translation>No server answers at %1. Check the address and the port, and that the device has a network (Wi-Fi or mobile data). The code has not been used.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="253"/>
        <source>Servern på %1 svarade inte i tid. Försök igen om en stund; koden är inte använd.</source>
        <translation>The server at %1 did not answer in time. Try again in a moment; the code has not been used.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="258"/>
        <source>Det som svarar på %1 är ingen Lykta-server, eller dess certifikat går inte att lita på. Kontrollera adressen och porten med den som gav dig koden. Koden är inte använd.</source>
        <translation>What answers at %1 is not a Lykta server, or its certificate cannot be trusted. Check the address and the port with whoever gave you the code. The code has not been used.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="267"/>
        <source>Enhetens klocka visar %1 men servern %2. Ställ in rätt datum och tid (helst automatiskt) i enhetens inställningar och försök igen. Koden är inte använd.</source>
        <translation>The device&apos;s clock shows %1 but the server&apos;s %2. Set the right date and time (preferably automatic) in the device&apos;s settings and try again. The code has not been used.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="288"/>
        <source>Koden stämmer inte. Jämför den tecken för tecken med lappen, eller be om en ny.</source>
        <translation>The code is not right. Compare it character by character with the note, or ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="292"/>
        <source>Koden är redan använd: en kod kopplar en enhet en gång. Be den som delar ut koder om en ny.</source>
        <translation>The code has already been used: a code connects a device once. Ask whoever hands out codes for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/app/enrollmentform.cpp" line="296"/>
        <source>Koden har gått ut. Be den som delar ut koder om en ny och använd den samma dag.</source>
        <translation>The code has expired. Ask whoever hands out codes for a new one and use it the same day.</translation>
    </message>
    <message>
        <source>Servern känner redan den här enheten och kopplar den inte en gång till. Enheten arbetar vidare som förut. Be den som administrerar Lykta att ta bort enheten hos servern, eller använd en annan enhet.</source>
        <translation type="vanished">The server already knows this device and will not connect it a second time. The device goes on working as before. Ask whoever administers Lykta to remove the device on the server, or use another device.</translation>
    </message>
</context>
<context>
    <name>lykta::app::FamilyCloser</name>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="21"/>
        <source>Insatsen är genomförd</source>
        <translation>The support is completed</translation>
    </message>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="23"/>
        <source>Familjen tackade nej</source>
        <translation>The family declined</translation>
    </message>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="25"/>
        <source>Hänvisad till annat stöd</source>
        <translation>Referred to other support</translation>
    </message>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="27"/>
        <source>Familjen har flyttat</source>
        <translation>The family has moved</translation>
    </message>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="29"/>
        <source>Ingen kontakt längre</source>
        <translation>No contact any more</translation>
    </message>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="30"/>
        <source>Annat skäl</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location filename="../../src/app/familycloser.cpp" line="37"/>
        <source>Ärendet avslutat %1: %2</source>
        <translation>Case closed %1: %2</translation>
    </message>
</context>
<context>
    <name>lykta::app::FamilyEditor</name>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="15"/>
        <source>Psykisk ohälsa eller sjukdom</source>
        <translation>Mental ill health or illness</translation>
    </message>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="16"/>
        <source>Missbruk eller beroende</source>
        <translation>Substance misuse or addiction</translation>
    </message>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="17"/>
        <source>Allvarlig fysisk sjukdom eller skada</source>
        <translation>Serious physical illness or injury</translation>
    </message>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="18"/>
        <source>Funktionsnedsättning</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="19"/>
        <source>Våld i familjen</source>
        <translation>Violence in the family</translation>
    </message>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="20"/>
        <source>En förälder har dött</source>
        <translation>A parent has died</translation>
    </message>
    <message>
        <location filename="../../src/app/familyeditor.cpp" line="21"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>lykta::app::FollowupController</name>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="101"/>
        <source>Denna tertial</source>
        <translation>This four-month period</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="104"/>
        <source>Förra tertialen</source>
        <translation>The previous four-month period</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="107"/>
        <source>De senaste tre månaderna</source>
        <translation>The last three months</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="110"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="113"/>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="116"/>
        <source>Egna datum</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="166"/>
        <source>%1 – %2</source>
        <extracomment>A follow-up period, e.g. &quot;1 jan 2026 – 30 apr 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="182"/>
        <source>färre än %1</source>
        <extracomment>Shown instead of a number from 1 to 4, so no one can be recognised from it</extracomment>
        <translation>fewer than %1</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="218"/>
        <source>Skriv ett datum.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="224"/>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel %1.</source>
        <translation>Write the date as YYYY-MM-DD, for example %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="235"/>
        <source>Slutdatumet ligger före startdatumet. Välj ett senare datum.</source>
        <translation>The end date is before the start date. Choose a later date.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="306"/>
        <source>Uppföljningen kunde inte räknas fram.</source>
        <translation>The follow-up could not be worked out.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="320"/>
        <source>bygger på färre än %1</source>
        <extracomment>A mean or rate not shown because it rests on fewer than 5 persons</extracomment>
        <translation>based on fewer than %1</translation>
    </message>
    <message>
        <source>dolt</source>
        <extracomment>A number of 5 or more hidden so that a smaller hidden one cannot be worked out</extracomment>
        <translation type="vanished">hidden</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="326"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="359"/>
        <source>Barn som haft ett samtal i en samtalsserie eller varit med på en gruppträff under perioden. Varje barn räknas en gång.</source>
        <translation>Children who had a conversation in a conversation series or came to a group session during the period. Each child is counted once.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="363"/>
        <source>Familjerna till de barn som nåtts genom samtal eller en grupp där barnen är registrerade.</source>
        <translation>The families of the children reached through conversations or a group in which the children are registered.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="367"/>
        <source>Samtalsserier med startdatum under perioden.</source>
        <translation>Conversation series with a start date in the period.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="370"/>
        <source>Samtal daterade under perioden, både utkast och signerade.</source>
        <translation>Conversations dated in the period, drafts and signed alike.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="372"/>
        <source>Dagar från första kontakt till första samtal</source>
        <translation>Days from first contact to first conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="373"/>
        <source>Mittvärdet för familjer vars första samtal var under perioden: hälften väntade kortare, hälften längre.</source>
        <translation>The median for families whose first conversation was in the period: half waited less, half waited longer.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="375"/>
        <source>%1 dagar</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="377"/>
        <source>Grupper som haft minst en träff med närvaro under perioden.</source>
        <translation>Groups with at least one session with attendance recorded in the period.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="379"/>
        <source>Gruppträffar under perioden där närvaron förts.</source>
        <translation>Group sessions in the period where attendance was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="382"/>
        <source>Barn som varit med på minst en gruppträff under perioden.</source>
        <translation>Children who came to at least one group session in the period.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="385"/>
        <source>Hur stor del av de inbjudna barnen som var med på träffarna.</source>
        <translation>How many of the children expected at the sessions came, as a share.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="385"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="386"/>
        <location filename="../../src/app/followupcontroller.cpp" line="425"/>
        <source>Måendet under träffarna</source>
        <translation>Mood during the sessions</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="387"/>
        <source>Genomsnittlig förändring från träffens början till slut, på en skala 1–5. Ett positivt tal betyder att barnen mådde bättre efteråt.</source>
        <translation>Average change from the start to the end of a session, on a scale of 1–5. A positive number means the children felt better afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="411"/>
        <source>Barn efter ålder</source>
        <translation>Children by age</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="412"/>
        <source>Barnets ålder första gången det nåddes under perioden.</source>
        <translation>The child&apos;s age the first time they were reached in the period.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="413"/>
        <source>Barn efter kön</source>
        <translation>Children by gender</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="414"/>
        <source>Som det registrerats. Barn i anonyma grupper räknas som okänt.</source>
        <translation>As recorded. Children in anonymous groups count as unknown.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="415"/>
        <source>Påbörjade samtalsserier, läge nu</source>
        <translation>Conversation series started, status now</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="416"/>
        <source>Serierna som startade under perioden: hur många som avslutats, avböjts, avbrutits (flytt eller annat skäl) eller pågår.</source>
        <translation>The series started in the period: how many were completed, declined, ended (moved or another reason) or are active.</translation>
    </message>
    <message>
        <source>Serierna som startade under perioden: hur många som avslutats, avböjts eller pågår.</source>
        <translation type="vanished">The series that started in the period: how many have been completed, declined or are ongoing.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="418"/>
        <source>Påbörjade samtalsserier, vidare till</source>
        <translation>Conversation series started, referred on to</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="419"/>
        <source>Serier där barnet fått fortsatt stöd i en grupp eller på annat sätt.</source>
        <translation>Series after which the child got further support in a group or in another way.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="420"/>
        <source>Samtal efter slag</source>
        <translation>Conversations by kind</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="421"/>
        <source>Vem samtalen var med. Samtal räknas alltid, även när de är få.</source>
        <translation>Who the conversations were with. Conversations are always shown, even when there are few.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="422"/>
        <source>Samtal efter KVÅ-kod</source>
        <translation>Conversations by KVÅ code</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="423"/>
        <source>Koden som samtalet registrerats med. Socialtjänsten använder ofta inga koder.</source>
        <translation>The code the conversation was recorded with. Social services often use no codes.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="426"/>
        <source>Hur måendet ändrades från början till slut av träffen, för de barn som skattat båda gångerna.</source>
        <translation>How mood changed from the start to the end of the session, for children who rated both times.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="429"/>
        <source>Skattningar, förändring efter − före</source>
        <translation>Questionnaires, change after − before</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="430"/>
        <source>Medelförändring per formulär för dem som svarat både före och efter. Om ett högre värde är bättre beror på formuläret.</source>
        <translation>Mean change per questionnaire for those who answered both before and after. Whether a higher score is better depends on the questionnaire.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="432"/>
        <source>Familjer efter förälderns situation</source>
        <translation>Families by the parent&apos;s situation</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="433"/>
        <source>Familjerna till de barn som nåtts, efter vad föräldern lever med.</source>
        <translation>The families of the children reached, by what the parent is living with.</translation>
    </message>
    <message>
        <source>Mappen %1 kunde inte skapas.</source>
        <translation type="vanished">The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas i %1.</source>
        <translation type="vanished">The file could not be saved in %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="456"/>
        <source>Sparad som %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcontroller.cpp" line="464"/>
        <location filename="../../src/app/followupcontroller.cpp" line="475"/>
        <source>Vänta tills siffrorna är framräknade.</source>
        <translation>Wait until the figures have been worked out.</translation>
    </message>
</context>
<context>
    <name>lykta::app::FormDraft</name>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="97"/>
        <source>Återställt utkast från kl. %1. Spara det, eller släng det.</source>
        <translation>Draft restored from %1. Save it, or discard it.</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="99"/>
        <source>Återställt utkast från %1. Spara det, eller släng det.</source>
        <translation>Draft restored from %1. Save it, or discard it.</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="107"/>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="109"/>
        <source>samtal</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="111"/>
        <source>sessionsanteckning</source>
        <translation>session note</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="113"/>
        <source>familj</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="115"/>
        <source>barn</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="117"/>
        <source>vårdnadshavare</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="119"/>
        <source>stödlinje</source>
        <translation>helpline</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="121"/>
        <source>infokort</source>
        <translation>info card</translation>
    </message>
    <message>
        <location filename="../../src/app/formdraft.cpp" line="122"/>
        <source>formulär</source>
        <translation>form</translation>
    </message>
</context>
<context>
    <name>lykta::app::GroupEditor</name>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="42"/>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="44"/>
        <source>Pågår</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="46"/>
        <source>Avslutad</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="81"/>
        <source>%1, %2</source>
        <comment>staff name, title</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="180"/>
        <source>Ge gruppen ett namn.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="182"/>
        <source>Skriv en ålder från 0 till %1.</source>
        <translation>Enter an age from 0 to %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="184"/>
        <source>Skriv en ålder upp till %1, minst lika hög som den lägsta.</source>
        <translation>Enter an age up to %1, at least as high as the lowest.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="187"/>
        <source>Gruppen har fler deltagare än så. Låt någon sluta först, eller behåll fler platser.</source>
        <translation>The group has more members than that. Let someone leave first, or keep more places.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="190"/>
        <source>Skriv ett antal platser från 1 till %1.</source>
        <translation>Enter a number of places from 1 to %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="192"/>
        <source>Skriv startdatum som ÅÅÅÅ-MM-DD.</source>
        <translation>Enter the start date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="194"/>
        <source>Skriv slutdatum som ÅÅÅÅ-MM-DD, tidigast startdatum, eller lämna tomt.</source>
        <translation>Enter the end date as YYYY-MM-DD, no earlier than the start date, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="196"/>
        <source>Gruppen har deltagare, så anonym eller identifierad kan inte ändras.</source>
        <translation>The group has members, so anonymous or identified cannot change.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="198"/>
        <source>Ledarna ska vara personal i enheten.</source>
        <translation>Leaders must be staff of the unit.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupeditor.cpp" line="200"/>
        <source>Välj planerad, pågår eller avslutad.</source>
        <translation>Choose planned, running or finished.</translation>
    </message>
</context>
<context>
    <name>lykta::app::GroupMemberModel</name>
    <message numerus="yes">
        <location filename="../../src/app/groupmembermodel.cpp" line="86"/>
        <source>Gruppen är full: alla %n platser är tagna. Ändra antalet platser i gruppens uppgifter, eller låt någon sluta först.</source>
        <translation>
            <numerusform>The group is full: its %n place is taken. Change the number of places in the group&apos;s details, or let someone leave first.</numerusform>
            <numerusform>The group is full: all %n places are taken. Change the number of places in the group&apos;s details, or let someone leave first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/groupmembermodel.cpp" line="90"/>
        <source>Det liknar ett personnummer. I en anonym grupp skrivs bara en kod eller ett förnamn.</source>
        <translation>That looks like a personal identity number. An anonymous group takes only a code or a first name.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupmembermodel.cpp" line="93"/>
        <source>Skriv en kod eller ett förnamn.</source>
        <translation>Enter a code or a first name.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupmembermodel.cpp" line="95"/>
        <source>Gruppen är för barn som är %1–%2 år.</source>
        <translation>The group is for children aged %1–%2.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupmembermodel.cpp" line="97"/>
        <source>Välj ett barn.</source>
        <translation>Choose a child.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupmembermodel.cpp" line="99"/>
        <source>Barnet har redan slutat i gruppen.</source>
        <translation>The child has already left the group.</translation>
    </message>
    <message>
        <location filename="../../src/app/groupmembermodel.cpp" line="101"/>
        <source>Skriv dagen barnet slutade som ÅÅÅÅ-MM-DD, tidigast gruppens startdag.</source>
        <translation>Enter the day the child left as YYYY-MM-DD, no earlier than the group&apos;s start.</translation>
    </message>
</context>
<context>
    <name>lykta::app::GuardianCopy</name>
    <message>
        <location filename="../../src/app/guardiancopy.cpp" line="29"/>
        <source>Bara samtal och anteckningar kan kopieras.</source>
        <translation>Only conversations and notes can be copied.</translation>
    </message>
    <message>
        <location filename="../../src/app/guardiancopy.cpp" line="31"/>
        <source>Spara först, sedan kan en kopia göras.</source>
        <translation>Save first, then a copy can be made.</translation>
    </message>
    <message>
        <location filename="../../src/app/guardiancopy.cpp" line="48"/>
        <source>Sparad som %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>lykta::app::GuardianEditor</name>
    <message>
        <location filename="../../src/app/guardianeditor.cpp" line="19"/>
        <source>Mamma</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../src/app/guardianeditor.cpp" line="21"/>
        <source>Pappa</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../src/app/guardianeditor.cpp" line="23"/>
        <source>Bonusförälder</source>
        <translation>Step-parent</translation>
    </message>
    <message>
        <location filename="../../src/app/guardianeditor.cpp" line="25"/>
        <source>Familjehemsförälder</source>
        <translation>Foster parent</translation>
    </message>
    <message>
        <location filename="../../src/app/guardianeditor.cpp" line="27"/>
        <source>Annan vuxen</source>
        <extracomment>A guardian&apos;s relation to the children that is none of the others.</extracomment>
        <translation>Other adult</translation>
    </message>
</context>
<context>
    <name>lykta::app::GuardianListModel</name>
    <message>
        <location filename="../../src/app/guardianlistmodel.cpp" line="27"/>
        <source>Inte längre i familjen sedan %1</source>
        <translation>No longer in the family since %1</translation>
    </message>
    <message>
        <location filename="../../src/app/guardianlistmodel.cpp" line="29"/>
        <source>Vårdnadshavare</source>
        <translation>Guardian with custody</translation>
    </message>
    <message>
        <location filename="../../src/app/guardianlistmodel.cpp" line="33"/>
        <source>Behöver tolk</source>
        <translation>Needs an interpreter</translation>
    </message>
</context>
<context>
    <name>lykta::app::HelplineEditor</name>
    <message>
        <location filename="../../src/app/helplineeditor.cpp" line="36"/>
        <source>%1 (utkast)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <location filename="../../src/app/helplineeditor.cpp" line="137"/>
        <source>Skriv ett telefonnummer, eller adressen till en chatt eller en webbsida.</source>
        <translation>Write a phone number, or the address of a chat or a web page.</translation>
    </message>
</context>
<context>
    <name>lykta::app::InfoCardEditor</name>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="15"/>
        <source>Inte ditt fel</source>
        <translation>Not your fault</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="17"/>
        <source>Inte ensam</source>
        <translation>Not alone</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="19"/>
        <source>Känslor</source>
        <translation>Feelings</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="21"/>
        <source>Sjukdom</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="23"/>
        <source>Växa upp</source>
        <translation>Growing up</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="25"/>
        <source>Prata</source>
        <translation>Talking</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="27"/>
        <source>Tryggt hem</source>
        <translation>Safe at home</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="29"/>
        <source>Hjälplinje</source>
        <translation>Helpline</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="31"/>
        <source>Lyktan</source>
        <translation>The lantern</translation>
    </message>
    <message>
        <location filename="../../src/app/infocardeditor.cpp" line="52"/>
        <source>Ingen bild</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>lykta::app::KioskHelplineModel</name>
    <message>
        <location filename="../../src/app/kioskhelplinemodel.cpp" line="96"/>
        <source>%1 (utkast)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskhelplinemodel.cpp" line="104"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskhelplinemodel.cpp" line="106"/>
        <source>Chatt</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../src/app/kioskhelplinemodel.cpp" line="108"/>
        <source>Webb</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>lykta::app::KvaCodeModel</name>
    <message>
        <location filename="../../src/app/kvacodemodel.cpp" line="29"/>
        <source>Inte kopplad</source>
        <translation>Not mapped</translation>
    </message>
</context>
<context>
    <name>lykta::app::KvaImportController</name>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="78"/>
        <source>Läggs till</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="79"/>
        <source>Ändras</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="80"/>
        <source>Utgår</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="89"/>
        <source>Välj en CSV-fil med koder.</source>
        <translation>Choose a CSV file with codes.</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="93"/>
        <source>Filen gick inte att öppna. Kontrollera var den ligger.</source>
        <translation>The file could not be opened. Check where it is.</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="95"/>
        <source>Filen är för stor för att vara en kodlista.</source>
        <translation>The file is too large to be a code list.</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="105"/>
        <source>Rad %1: %2</source>
        <extracomment>%1 is a line number of the imported file, %2 what is wrong with it</extracomment>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="110"/>
        <source>Filen innehåller inga koder.</source>
        <translation>The file holds no codes.</translation>
    </message>
    <message>
        <location filename="../../src/app/kvaimportcontroller.cpp" line="142"/>
        <source>Förhandsgranska importen först.</source>
        <translation>Preview the import first.</translation>
    </message>
</context>
<context>
    <name>lykta::app::LockSession</name>
    <message>
        <location filename="../../src/app/locksession.cpp" line="83"/>
        <source>Det finns redan en lösenfras för den här enheten.</source>
        <translation>This device already has a passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/app/locksession.cpp" line="85"/>
        <source>Här finns redan en databas utan nyckel (från en äldre version). Den öppnas inte och ändras inte; flytta den eller välj en annan plats.</source>
        <translation>There is already a database without a key here (from an older version). It is neither opened nor changed; move it or choose another place.</translation>
    </message>
    <message>
        <location filename="../../src/app/locksession.cpp" line="88"/>
        <source>Lösenfraserna är inte likadana. Skriv samma två gånger.</source>
        <translation>The passphrases are not the same. Type the same one twice.</translation>
    </message>
    <message>
        <location filename="../../src/app/locksession.cpp" line="100"/>
        <source>Nyckeln kunde inte skapas: %1</source>
        <translation>The key could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/locksession.cpp" line="121"/>
        <source>Nyckelfilen kunde inte läsas: %1</source>
        <translation>The key file could not be read: %1</translation>
    </message>
</context>
<context>
    <name>lykta::app::ProgrammePlanner</name>
    <message>
        <location filename="../../src/app/programmeplanner.cpp" line="62"/>
        <source>Skriv temat först.</source>
        <translation>Type the theme first.</translation>
    </message>
    <message>
        <location filename="../../src/app/programmeplanner.cpp" line="82"/>
        <source>Ett tema kan inte vara tomt. Ta bort det i stället.</source>
        <translation>A theme cannot be empty. Remove it instead.</translation>
    </message>
    <message>
        <source>Vi lär känna varandra</source>
        <extracomment>A starting list of themes for a support group for children of parents with addiction, mental illness or serious illness; the leader edits it before planning.</extracomment>
        <translation type="vanished">Getting to know each other</translation>
    </message>
    <message>
        <source>Känslor</source>
        <translation type="vanished">Feelings</translation>
    </message>
    <message>
        <source>Min familj</source>
        <translation type="vanished">My family</translation>
    </message>
    <message>
        <source>Vad är sjukdom och beroende?</source>
        <translation type="vanished">What are illness and addiction?</translation>
    </message>
    <message>
        <source>Hemligheter och skam</source>
        <translation type="vanished">Secrets and shame</translation>
    </message>
    <message>
        <source>Att prata med en vuxen</source>
        <translation type="vanished">Talking to an adult</translation>
    </message>
    <message>
        <source>Mina styrkor</source>
        <translation type="vanished">My strengths</translation>
    </message>
    <message>
        <source>Avslutning</source>
        <translation type="vanished">Closing</translation>
    </message>
    <message>
        <location filename="../../src/app/programmeplanner.cpp" line="135"/>
        <source>Skriv första datum som ÅÅÅÅ-MM-DD.</source>
        <translation>Write the first date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/app/programmeplanner.cpp" line="140"/>
        <source>Skriv tiden som TT:MM, till exempel 16:30.</source>
        <translation>Write the time as HH:MM, for example 16:30.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/programmeplanner.cpp" line="149"/>
        <source>Listan har %n teman men du planerar %1 träffar: lägg till teman eller planera färre träffar.</source>
        <translation>
            <numerusform>The list has %n theme but you are planning %1 sessions: add themes or plan fewer sessions.</numerusform>
            <numerusform>The list has %n themes but you are planning %1 sessions: add themes or plan fewer sessions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/programmeplanner.cpp" line="172"/>
        <source>Träff %1 · %2 %3 · %4</source>
        <translation>Session %1 · %2 %3 · %4</translation>
    </message>
</context>
<context>
    <name>lykta::app::QuestionnaireModel</name>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="126"/>
        <source>Skriv poängen.</source>
        <translation>Enter the score.</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="134"/>
        <source>Poängen ska vara ett tal.</source>
        <translation>The score must be a number.</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="137"/>
        <source>Poängen för %1 ska vara mellan %2 och %3.</source>
        <translation>The score for %1 must be between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="215"/>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="217"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="219"/>
        <source>Uppföljning efter 6 månader</source>
        <translation>Follow-up after 6 months</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="227"/>
        <source>Tagen %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="229"/>
        <source>Dags att ta (planerad %1)</source>
        <translation>Due now (planned %1)</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="230"/>
        <source>Planerad %1</source>
        <translation>Planned %1</translation>
    </message>
    <message>
        <location filename="../../src/app/questionnairemodel.cpp" line="237"/>
        <source>%1 jämfört med före</source>
        <translation>%1 compared with before</translation>
    </message>
</context>
<context>
    <name>lykta::app::RejectionListModel</name>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="20"/>
        <source>Det finns redan så många olösta versioner av den här texten att servern inte tar emot fler. Lös konflikterna först och skriv sedan in texten igen.</source>
        <translation>There are already so many unresolved versions of this text that the server accepts no more. Resolve the conflicts first, then enter the text again.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="24"/>
        <source>Anteckningen hade redan signerats när ändringen kom fram till servern. Behövs texten, skriv en rättelse.</source>
        <translation>The note had already been signed when the change reached the server. If the text is needed, write a correction.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="27"/>
        <source>Ändringen gäller uppgifter utanför de enheter du arbetar i.</source>
        <translation>The change concerns records outside the units you work in.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="29"/>
        <source>Enhetens klocka gick fel när ändringen gjordes. Kontrollera datum och tid och skriv in texten igen.</source>
        <translation>The device&apos;s clock was wrong when the change was made. Check the date and time and enter the text again.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="32"/>
        <source>Servern kunde inte ta emot ändringen i den här formen. Skriv in texten igen, eller kontakta den som ansvarar för Lykta.</source>
        <translation>The server could not accept the change in this form. Enter the text again, or contact the person responsible for Lykta.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="38"/>
        <source>Servern tog inte emot ändringen.</source>
        <translation>The server did not accept the change.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="70"/>
        <source>Ändringen finns inte längre i listan.</source>
        <translation>The change is no longer in the list.</translation>
    </message>
    <message>
        <location filename="../../src/app/rejectionlistmodel.cpp" line="82"/>
        <source>Det finns ingen text att kopiera.</source>
        <translation>There is no text to copy.</translation>
    </message>
</context>
<context>
    <name>lykta::app::SearchModel</name>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="53"/>
        <source>Allt</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="55"/>
        <source>Anteckningar i ärenden</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="56"/>
        <source>Anteckningar från träffar</source>
        <translation>Session notes</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="57"/>
        <source>Anteckningar om barn i grupper</source>
        <translation>Notes about children in groups</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="58"/>
        <source>Rättelser</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="59"/>
        <source>Familjer</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="60"/>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="61"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="70"/>
        <source>När som helst</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="70"/>
        <source>Senaste 30 dagarna</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="71"/>
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="71"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="117"/>
        <source>Sökningen är för lång. Skriv högst %1 tecken.</source>
        <translation>The search is too long. Type at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="120"/>
        <source>Skriv minst en bokstav eller siffra för att söka.</source>
        <translation>Type at least one letter or digit to search.</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="124"/>
        <source>Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.</source>
        <translation>Write dates as YYYY-MM-DD, for example 2026-03-01.</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="126"/>
        <source>Från-datumet är efter till-datumet.</source>
        <translation>The from date is after the to date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/searchmodel.cpp" line="212"/>
        <source>Sökningen hittar inte allt ännu: %n poster från den senaste synkroniseringen läggs in i sökregistret. Det tar en liten stund.</source>
        <translation>
            <numerusform>Search does not find everything yet: %n record from the latest sync is being added to the search index. It takes a little while.</numerusform>
            <numerusform>Search does not find everything yet: %n records from the latest sync are being added to the search index. It takes a little while.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anteckning i ärendet: %1</source>
        <extracomment>A case note outside a conversation series; %1 is its kind (Telefonsamtal)</extracomment>
        <translation type="vanished">Case note: %1</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <location filename="../../src/app/searchmodel.cpp" line="54"/>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Rättelse</source>
        <translation type="vanished">Correction</translation>
    </message>
</context>
<context>
    <name>lykta::app::SeriesListModel</name>
    <message>
        <location filename="../../src/app/serieslistmodel.cpp" line="32"/>
        <source>Pågår</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../src/app/serieslistmodel.cpp" line="35"/>
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../src/app/serieslistmodel.cpp" line="38"/>
        <source>Avböjd</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../src/app/serieslistmodel.cpp" line="41"/>
        <source>Avbruten</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/app/serieslistmodel.cpp" line="49"/>
        <source>Nästa: %1, senast %2</source>
        <translation>Next: %1, by %2</translation>
    </message>
    <message>
        <location filename="../../src/app/serieslistmodel.cpp" line="52"/>
        <source>Nästa: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>lykta::app::SeriesOutcomeEditor</name>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="34"/>
        <source>Genomförd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="36"/>
        <source>Barnet eller familjen tackade nej</source>
        <translation>The child or family declined</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="38"/>
        <source>Vidare till en stödgrupp</source>
        <translation>Referred to a support group</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="40"/>
        <source>Vidare till annat stöd</source>
        <translation>Referred to other support</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="42"/>
        <source>Familjen har flyttat</source>
        <translation>The family has moved</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="44"/>
        <source>Avslutad av annat skäl</source>
        <translation>Ended for another reason</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="73"/>
        <source>okänd personal</source>
        <translation>unknown staff member</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="118"/>
        <source>anonym</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="118"/>
        <source>med personuppgifter</source>
        <translation>identified</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="122"/>
        <source>%1 (%2 av %3 platser, %4)</source>
        <extracomment>A support group to refer to: %1 its name, %2 places taken, %3 places in all, %4 anonymous or not</extracomment>
        <translation>%1 (%2 of %3 places, %4)</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="139"/>
        <source>Barnet eller familjen tackade nej vid steg %1, %2</source>
        <extracomment>%1 is the step&apos;s number, %2 its name</extracomment>
        <translation>The child or family declined at step %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="143"/>
        <source>Vidare till stödgruppen %1</source>
        <translation>Referred to the support group %1</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="150"/>
        <source>%1. Avslutad %2.</source>
        <translation>%1. Closed %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="148"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="154"/>
        <source>%1. Avslutad %2 av %3.</source>
        <extracomment>%1 the outcome, %2 the day, %3 who closed the series</extracomment>
        <translation>%1. Closed %2 by %3.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="158"/>
        <source>Öppnades igen %1 av %2: %3</source>
        <extracomment>%1 when, %2 who reopened the series, %3 why</extracomment>
        <translation>Reopened %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="170"/>
        <source>Skriv ett datum som ÅÅÅÅ-MM-DD, från seriens start till i dag.</source>
        <translation>Write a date as YYYY-MM-DD, from the series&apos; start up to today.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="172"/>
        <source>Välj ett av seriens steg.</source>
        <translation>Choose one of the series&apos; steps.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="174"/>
        <source>Skriv varför serien avslutas.</source>
        <translation>Write why the series is closed.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="175"/>
        <source>Skriv vilket stöd barnet får i stället.</source>
        <translation>Write what support the child gets instead.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="179"/>
        <source>Välj en grupp. Finns ingen, skapa den under Grupper först.</source>
        <translation>Choose a group. If there is none, create it under Groups first.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="182"/>
        <source>Gruppen är full. Välj en annan grupp eller ge plats i gruppen först.</source>
        <translation>The group is full. Choose another group or free a place in the group first.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="185"/>
        <source>Barnets ålder passar inte gruppens åldrar.</source>
        <translation>The child&apos;s age does not fit the group&apos;s ages.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="188"/>
        <source>Gruppen är anonym, och barnets förnamn ser ut som en personuppgift. Lägg till barnet i gruppen med en kod i stället.</source>
        <translation>The group is anonymous, and the child&apos;s first name looks like personal data. Add the child to the group with a code instead.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="195"/>
        <source>Skriv varför serien öppnas igen.</source>
        <translation>Write why the series is reopened.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="197"/>
        <source>Barnet har redan en pågående serie med samma modell. Avsluta den först.</source>
        <translation>The child already has an active series of the same model. Close it first.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="223"/>
        <source>Serien är redan avslutad.</source>
        <translation>The series is already closed.</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesoutcomeeditor.cpp" line="239"/>
        <source>Serien pågår redan.</source>
        <translation>The series is already active.</translation>
    </message>
</context>
<context>
    <name>lykta::app::SeriesStepModel</name>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="70"/>
        <source>Senast %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="76"/>
        <source>Bokat %1 kl. %2, %3</source>
        <extracomment>A booked step: %1 the day, %2 the time, %3 the place</extracomment>
        <translation>Booked %1 at %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/app/seriesstepmodel.cpp" line="98"/>
        <source>Mall: %1, version %2</source>
        <extracomment>The conversation model a series follows: %1 its name, %2 the version it started with</extracomment>
        <translation>Template: %1, version %2</translation>
    </message>
</context>
<context>
    <name>lykta::app::SessionEditor</name>
    <message>
        <location filename="../../src/app/sessioneditor.cpp" line="38"/>
        <source>Träff %1: %2 (inställd)</source>
        <translation>Session %1: %2 (cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/app/sessioneditor.cpp" line="41"/>
        <source>Träff %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/sessioneditor.cpp" line="69"/>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD.</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/app/sessioneditor.cpp" line="74"/>
        <source>Skriv tiden som TT:MM, till exempel 16:30.</source>
        <translation>Write the time as HH:MM, for example 16:30.</translation>
    </message>
</context>
<context>
    <name>lykta::app::SessionNoteModel</name>
    <message>
        <location filename="../../src/app/sessionnotemodel.cpp" line="70"/>
        <source>Signerad %1 av %2</source>
        <translation>Signed %1 by %2</translation>
    </message>
</context>
<context>
    <name>lykta::app::StaffListModel</name>
    <message>
        <location filename="../../src/app/stafflistmodel.cpp" line="34"/>
        <source>Namnet får inte vara tomt.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../src/app/stafflistmodel.cpp" line="42"/>
        <source>Chef</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../src/app/stafflistmodel.cpp" line="44"/>
        <source>Kioskinnehåll</source>
        <translation>Kiosk content</translation>
    </message>
    <message>
        <location filename="../../src/app/stafflistmodel.cpp" line="46"/>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>lykta::app::SyncController</name>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="85"/>
        <source>Inte kopplad till någon server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="88"/>
        <source>Synkroniseringen stoppades</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="88"/>
        <source>Redo att synkronisera</source>
        <translation>Ready to sync</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="90"/>
        <source>Ingen kontakt med servern</source>
        <translation>No contact with the server</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="92"/>
        <source>Ansluter …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="94"/>
        <source>Allt är synkroniserat</source>
        <translation>Everything is synced</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="96"/>
        <source>Försöker igen om en stund …</source>
        <translation>Trying again in a moment …</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="96"/>
        <source>Synkroniserar …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="107"/>
        <source>Skickar</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="108"/>
        <source>Hämtar</source>
        <translation>Fetching</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="110"/>
        <source>%1 ändringar skickade, %2 hämtade</source>
        <translation>%1 changes sent, %2 fetched</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="119"/>
        <source>Aldrig synkroniserad</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="120"/>
        <source>Senast synkroniserad %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="143"/>
        <source>Servern går inte att nå just nu. Allt du skriver sparas på enheten och skickas vid nästa synkronisering.</source>
        <translation>The server cannot be reached right now. Everything you write is saved on the device and sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="146"/>
        <source>Servern svarade inte som den skulle. Försök igen om en stund; inget har gått förlorat.</source>
        <translation>The server did not answer as it should. Try again in a moment; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="149"/>
        <source>Enheten är inte längre godkänd hos servern. Koppla den igen med en ny engångskod nedan; allt som inte hunnit skickas finns kvar på enheten.</source>
        <translation>The server no longer accepts this device. Connect it again with a new one-time code below; everything not yet sent is still on the device.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="152"/>
        <source>Enheten har anmälts förlorad eller stulen. Allt på den raderas.</source>
        <translation>The device has been reported lost or stolen. Everything on it is being erased.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="154"/>
        <source>Servern tog inte emot vissa ändringar. De finns kvar här med förklaring.</source>
        <translation>The server did not accept some changes. They are kept here with an explanation.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="156"/>
        <source>Synkroniseringen stoppades eftersom servern inte kunde verifieras eller förstås. Kontakta support; inget har gått förlorat.</source>
        <translation>Sync stopped because the server could not be verified or understood. Contact support; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="220"/>
        <source>Det som inte har skickats än skickas först. När koden har godtagits tas allt bort från enheten, och det som hör till den som koden gäller hämtas.</source>
        <translation>What has not been sent yet is sent first. Once the code has been accepted, everything is removed from the device, and what belongs to the person the code is for is fetched.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="239"/>
        <source>Allt på enheten är redan skickat till servern. När koden har godtagits tas det bort från enheten, och det som hör till den som koden gäller hämtas.</source>
        <translation>Everything on the device has already been sent to the server. Once the code has been accepted, it is removed from the device, and what belongs to the person the code is for is fetched.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="338"/>
        <source>En chef har anmält surfplattan som förlorad eller stulen. Allt som fanns på den har raderats: anteckningar, utkast, nyckeln och kopplingen till servern. Lämna tillbaka den till din chef.</source>
        <translation>A manager reported this tablet lost or stolen. Everything on it has been erased: notes, drafts, the key and the connection to the server. Please return it to your manager.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="342"/>
        <source>En fil gick inte att ta bort; kontakta support.</source>
        <translation>One file could not be removed; contact support.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="345"/>
        <source>Servern får besked …</source>
        <translation>Telling the server …</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="347"/>
        <source>Servern har fått besked om raderingen.</source>
        <translation>The server has been told of the erasure.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="351"/>
        <source>Servern kunde inte få besked, men raderingen är gjord.</source>
        <translation>The server could not be told, but the tablet has been erased.</translation>
    </message>
    <message>
        <source>Enheten har ändringar som inte har skickats än. Synkronisera först och koppla sedan om enheten; då blandas inget ihop.</source>
        <translation type="vanished">The device has changes that have not been sent yet. Sync first and then re-enroll the device; that way nothing is mixed up.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="227"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="230"/>
        <source>Det finns utkast som inte har sparats: %1. Öppna samma formulär igen, så kommer texten tillbaka; spara eller släng den där. Sedan kan enheten kopplas om.</source>
        <translation>There are drafts that have not been saved: %1. Open the same form again and the text comes back; save or discard it there. Then the device can be re-enrolled.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="236"/>
        <source>Servern har inte tagit emot vissa ändringar. Gå igenom dem under Mer → Synk först; sedan kan enheten kopplas om.</source>
        <translation>The server did not accept some changes. Go through them under More → Sync first; then the device can be re-enrolled.</translation>
    </message>
    <message>
        <source>Det som finns på enheten nu tas bort när koden har godtagits; allt är redan skickat till servern. Sedan hämtas det som hör till den som koden gäller.</source>
        <translation type="vanished">What is on the device now is removed once the code has been accepted; all of it has already been sent to the server. Then what belongs to the person the code is for is fetched.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="366"/>
        <source>Enheten är låst. Lås upp den med lösenfrasen för att synkronisera; ingenting har skickats.</source>
        <translation>The device is locked. Unlock it with the passphrase to sync; nothing has been sent.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="370"/>
        <source>Kopplingen till servern går inte att öppna med den här enhetens nyckel. Koppla enheten igen med en ny engångskod; inget som skrivits här har gått förlorat.</source>
        <translation>The connection to the server cannot be opened with this device&apos;s key. Connect the device again with a new one-time code; nothing written here has been lost.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="408"/>
        <source>Engångskoden gäller inte (fel, redan använd eller för gammal).</source>
        <translation>The one-time code is not valid (wrong, already used or too old).</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="410"/>
        <source>Det som väntar på att skickas kunde inte skickas, så enheten kopplas inte om än och arbetar vidare som förut. %1</source>
        <translation>What is waiting to be sent could not be sent, so the device is not re-enrolled yet and works as before. %1</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="418"/>
        <source>Enheten kunde inte tömmas inför den nya kopplingen. Allt var redan skickat till servern. Starta om appen och koppla enheten med en ny engångskod.</source>
        <translation>The device could not be emptied for the new enrollment. Everything had already been sent to the server. Restart the app and enroll the device with a new one-time code.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="422"/>
        <source>Koden gäller en annan person än den vars ändringar ännu inte har skickats. Synkronisera dem först, eller be om en kod för samma person.</source>
        <translation>The code is for another person than the one whose changes have not been sent yet. Sync them first, or ask for a code for the same person.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="425"/>
        <source>Koden är spärrad efter för många försök. Be om en ny engångskod.</source>
        <translation>The code is locked after too many attempts. Ask for a new one-time code.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="427"/>
        <source>Adressen börjar med http:// och skulle skicka koden okrypterad över nätet. Skriv adressen med https:// (eller utan början, så används https). Ingenting har skickats.</source>
        <translation>The address starts with http:// and would send the code unencrypted over the network. Write the address with https:// (or without a scheme, then https is used). Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../src/app/synccontroller.cpp" line="431"/>
        <source>Det där är ingen serveradress. Skriv den som till exempel https://lykta.kommun.se eller lykta.kommun.se:8443. Ingenting har skickats.</source>
        <translation>That is not a server address. Write it as, for example, https://lykta.kommun.se or lykta.kommun.se:8443. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>lykta::app::SyncScheduler</name>
    <message numerus="yes">
        <location filename="../../src/app/syncscheduler.cpp" line="27"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/syncscheduler.cpp" line="28"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/syncscheduler.cpp" line="71"/>
        <source>Väntar på nätverk</source>
        <translation>Waiting for a network</translation>
    </message>
    <message>
        <location filename="../../src/app/syncscheduler.cpp" line="73"/>
        <source>Mobildata: synk av (ändra i Inställningar)</source>
        <translation>Mobile data: sync off (change in Settings)</translation>
    </message>
    <message>
        <location filename="../../src/app/syncscheduler.cpp" line="77"/>
        <source>Nästa försök %1 (efter fel, väntar %2)</source>
        <translation>Next attempt %1 (after an error, waiting %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/syncscheduler.cpp" line="79"/>
        <source>Nästa försök %1 (strax efter signering)</source>
        <translation>Next attempt %1 (shortly after signing)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/syncscheduler.cpp" line="84"/>
        <source>Nästa försök %1 (var %n:e minut)</source>
        <translation>
            <numerusform>Next attempt %1 (every minute)</numerusform>
            <numerusform>Next attempt %1 (every %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/syncscheduler.cpp" line="90"/>
        <source>Enheten visar inte om nätverket är uppe. Lykta synkar ändå på tid och när du trycker på Synkronisera nu.</source>
        <translation>This device does not tell whether the network is up. Lykta still syncs on schedule and when you press Sync now.</translation>
    </message>
    <message>
        <location filename="../../src/app/syncscheduler.cpp" line="93"/>
        <source>Mobildata: synkar ändå, enligt Inställningar.</source>
        <translation>Mobile data: syncing anyway, as set in Settings.</translation>
    </message>
</context>
<context>
    <name>lykta::app::TabletsController</name>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="73"/>
        <source>Surfplattor och personal hanteras av enhetens chef.</source>
        <translation>Tablets and staff are handled by the unit&apos;s manager.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="76"/>
        <location filename="../../src/app/tabletscontroller.cpp" line="232"/>
        <source>Surfplattan är inte ansluten till någon server. Surfplattor och personal hanteras på servern.</source>
        <translation>The tablet is not connected to a server. Tablets and staff are handled on the server.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="79"/>
        <source>Vänta tills servern har svarat på det förra.</source>
        <translation>Wait until the server has answered the previous request.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="101"/>
        <location filename="../../src/app/tabletscontroller.cpp" line="151"/>
        <source>Välj en person i enhetens personal.</source>
        <translation>Choose a person among the unit&apos;s staff.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="135"/>
        <source>Surfplattan finns inte i enhetens lista.</source>
        <translation>The tablet is not in the unit&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="147"/>
        <source>Du kan inte avsluta dig själv. Be en annan chef eller den som administrerar servern.</source>
        <translation>You cannot deactivate yourself. Ask another manager or whoever administers the server.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="254"/>
        <source>Servern svarar att bara enhetens chef får hantera surfplattor och personal. Har din roll ändrats, synka surfplattan.</source>
        <translation>The server answers that only the unit&apos;s manager may handle tablets and staff. If your role has changed, sync the tablet.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="257"/>
        <source>%1 är avslutad. Återaktivera personen först, sedan kan du ge en kod.</source>
        <translation>%1 is deactivated. Reactivate them first, then you can give a code.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="260"/>
        <source>Servern känner inte längre igen den här surfplattan. Anslut den på nytt.</source>
        <translation>The server no longer recognises this tablet. Enroll it again.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="262"/>
        <source>Servern gick inte att nå. Försök igen när surfplattan är uppkopplad.</source>
        <translation>The server could not be reached. Try again when the tablet is online.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="265"/>
        <source>%1 är redan återkallad eller finns inte längre på servern. Uppdatera listan.</source>
        <translation>%1 is already revoked or no longer on the server. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="269"/>
        <source>%1 ska redan raderas eller finns inte längre på servern. Uppdatera listan.</source>
        <translation>%1 is already to be erased or is no longer on the server. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="273"/>
        <source>Servern känner inte till %1 i enheten.</source>
        <translation>The server does not know %1 in the unit.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="275"/>
        <source>Servern kan inte hantera surfplattor härifrån. Den behöver uppdateras.</source>
        <translation>The server cannot handle tablets from here. It needs to be updated.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="277"/>
        <source>Servern svarade med ett fel (%1).</source>
        <translation>The server answered with an error (%1).</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="286"/>
        <source>En kod för en väntrumskiosk är skapad.</source>
        <translation>A code for a waiting-room kiosk has been created.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="287"/>
        <source>En kod för %1 är skapad.</source>
        <translation>A code for %1 has been created.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="289"/>
        <source>%1 är återkallad. Det som inte hann skickas finns kvar på den.</source>
        <translation>%1 is revoked. What it had not yet sent stays on it.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="291"/>
        <source>%1 är återkallad och raderas nästa gång den kontaktar servern.</source>
        <translation>%1 is revoked and will be erased the next time it contacts the server.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="293"/>
        <source>%1 är avslutad och hens surfplattor är återkallade.</source>
        <translation>%1 is deactivated and their tablets are revoked.</translation>
    </message>
    <message>
        <location filename="../../src/app/tabletscontroller.cpp" line="295"/>
        <source>%1 är återaktiverad och kan få en ny kod.</source>
        <translation>%1 is reactivated and can be given a new code.</translation>
    </message>
</context>
<context>
    <name>lykta::app::TaskEditor</name>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="79"/>
        <source>Uppgift för %1</source>
        <extracomment>%1 is the staff member the task is for, %2 the date of the conversation</extracomment>
        <translation>Task for %1</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="80"/>
        <source>Uppgift för %1 · samtalet hölls %2</source>
        <translation>Task for %1 · the conversation was held %2</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="86"/>
        <source>Orosanmälan gjord %1 till %2 av %3.</source>
        <extracomment>%1 the date, %2 which social services, %3 the staff member who filed it</extracomment>
        <translation>Concern reported %1 to %2 by %3.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="89"/>
        <source>Referens: %1.</source>
        <translation>Reference: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="93"/>
        <source>Beslut %1 att inte göra en orosanmälan. Skäl: %2</source>
        <extracomment>%1 the date of the decision, %2 the reason written down</extracomment>
        <translation>Decided %1 not to report the concern. Reason: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="98"/>
        <source>Registrerat av %1, %2</source>
        <extracomment>%1 the staff member who recorded what was done, %2 when</extracomment>
        <translation>Recorded by %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="111"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="124"/>
        <source>Skriv ett datum som ÅÅÅÅ-MM-DD, i dag eller tidigare.</source>
        <translation>Enter a date as YYYY-MM-DD, today or earlier.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="126"/>
        <source>Datumet kan inte vara före samtalet (%1).</source>
        <translation>The date cannot be before the conversation (%1).</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="129"/>
        <source>Skriv vilken socialtjänst anmälan gjordes till.</source>
        <translation>Enter which social services the report was made to.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="131"/>
        <source>Välj vem som gjorde anmälan.</source>
        <translation>Choose who made the report.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="133"/>
        <source>Den som gjorde anmälan måste vara personal på enheten.</source>
        <translation>The person who made the report must be staff of the unit.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="135"/>
        <source>Skriv varför ingen orosanmälan görs.</source>
        <translation>Write why no report is made.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="137"/>
        <source>Bara den som har uppgiften eller en chef på enheten kan stänga den.</source>
        <translation>Only the person the task is for, or a manager of the unit, can close it.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="139"/>
        <source>En orosanmälan stängs genom att registrera vad som gjordes.</source>
        <translation>A concern report is closed by recording what was done.</translation>
    </message>
    <message>
        <location filename="../../src/app/taskeditor.cpp" line="141"/>
        <source>Uppgiften är redan stängd.</source>
        <translation>The task is already closed.</translation>
    </message>
</context>
<context>
    <name>lykta::app::TaskListModel</name>
    <message>
        <location filename="../../src/app/tasklistmodel.cpp" line="55"/>
        <source>Samtal %1 · anmälan ska göras genast</source>
        <extracomment>%1 is the date of the conversation that raised the concern</extracomment>
        <translation>Conversation %1 · report at once</translation>
    </message>
    <message>
        <location filename="../../src/app/tasklistmodel.cpp" line="57"/>
        <source>Anmälan ska göras genast</source>
        <translation>Report at once</translation>
    </message>
    <message>
        <location filename="../../src/app/tasklistmodel.cpp" line="64"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>lykta::app::TemplateEditor</name>
    <message>
        <location filename="../../src/app/templateeditor.cpp" line="23"/>
        <source>Föräldrar</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../src/app/templateeditor.cpp" line="23"/>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../src/app/templateeditor.cpp" line="23"/>
        <source>Föräldrar och barn</source>
        <translation>Parents and child</translation>
    </message>
    <message>
        <location filename="../../src/app/templateeditor.cpp" line="23"/>
        <source>Nätverket</source>
        <translation>The network</translation>
    </message>
    <message>
        <location filename="../../src/app/templateeditor.cpp" line="24"/>
        <source>Hela familjen</source>
        <translation>The whole family</translation>
    </message>
</context>
<context>
    <name>lykta::app::TemplateListModel</name>
    <message>
        <location filename="../../src/app/templatelistmodel.cpp" line="29"/>
        <source>%1–%2 år</source>
        <translation>Ages %1–%2</translation>
    </message>
</context>
<context>
    <name>lykta::app::TodayModel</name>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="67"/>
        <source>Samtal att hålla</source>
        <translation>Conversations due</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="69"/>
        <source>Gruppträffar</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation type="vanished">Tasks</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="71"/>
        <source>Bokade samtal</source>
        <translation>Booked conversations</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="76"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="78"/>
        <source>%1, träff %2</source>
        <translation>%1, session %2</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="83"/>
        <source>%1 · %2</source>
        <extracomment>%1 is the model and family, %2 where the meeting is booked</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="89"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/app/todaymodel.cpp" line="93"/>
        <source>%1 kl. %2</source>
        <extracomment>A booked meeting: %1 the day, %2 the time</extracomment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>lykta::app::UnitConcernModel</name>
    <message>
        <location filename="../../src/app/unitconcernmodel.cpp" line="23"/>
        <source>Bara chefer ser enhetens öppna orosanmälningar.</source>
        <translation>Only managers see the unit&apos;s open concern reports.</translation>
    </message>
    <message>
        <location filename="../../src/app/unitconcernmodel.cpp" line="51"/>
        <source>%1 · samtal %2</source>
        <extracomment>%1 is the staff member the task is for, %2 the date of the conversation</extracomment>
        <translation>%1 · conversation %2</translation>
    </message>
</context>
<context>
    <name>lykta::app::UnitDeviceModel</name>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="39"/>
        <source>Aktiv</source>
        <extracomment>A tablet that may sync</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="42"/>
        <source>Återkallad</source>
        <extracomment>A tablet that may no longer sync; its unsent work stays on it</extracomment>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="45"/>
        <source>Förlorad eller stulen – väntar på radering</source>
        <extracomment>A tablet reported lost or stolen that has not yet contacted the server to erase itself</extracomment>
        <translation>Lost or stolen – erase pending</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="48"/>
        <source>Raderad</source>
        <extracomment>A tablet reported lost or stolen that has erased everything on it</extracomment>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="70"/>
        <source>Namnlös surfplatta</source>
        <translation>Unnamed tablet</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="74"/>
        <source>Väntrumskiosk</source>
        <translation>Waiting-room kiosk</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="76"/>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="79"/>
        <source>aldrig</source>
        <extracomment>Last sync of a tablet that has never synced</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/app/unitdevicemodel.cpp" line="81"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Min enhet</source>
        <translation type="vanished">My unit</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="vanished">Staff member</translation>
    </message>
</context>
</TS>
