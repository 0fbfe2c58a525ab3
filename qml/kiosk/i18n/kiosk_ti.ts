<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="sv_SE">
<context>
    <name>CardListPage</name>
    <message>
        <location filename="../CardListPage.qml" line="18"/>
        <source>För dig som är 3–6 år</source>
        <translation>ዕድሜኹም 3–6 ዓመት እንተ ኾይኑ</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="19"/>
        <source>För dig som är 7–12 år</source>
        <translation>ዕድሜኹም 7–12 ዓመት እንተ ኾይኑ</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="20"/>
        <source>För dig som är 13–18 år</source>
        <translation>ዕድሜኹም 13–18 ዓመት እንተ ኾይኑ</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="66"/>
        <source>Hjälplinjer – här kan du ringa</source>
        <translation>መስመራት ሓገዝ – ናብኦም ክትድውሉ ትኽእሉ ኢኹም</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="77"/>
        <source>Här finns inga kort ännu. Välj ett annat språk eller fråga någon som jobbar här.</source>
        <translation>ኣብዚ ገና ካርድታት የለዉን። ካልእ ቋንቋ ምረጹ ወይ ኣብዚ ዝሰርሕ ሰብ ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../CardPage.qml" line="66"/>
        <source>Förra kortet</source>
        <translation>ዝሓለፈ ካርድ</translation>
    </message>
    <message>
        <location filename="../CardPage.qml" line="73"/>
        <source>Nästa kort</source>
        <translation>ዝቕጽል ካርድ</translation>
    </message>
</context>
<context>
    <name>EmergencyLine</name>
    <message>
        <location filename="../EmergencyLine.qml" line="27"/>
        <source>Ring 112 om det är akut</source>
        <extracomment>Sweden&apos;s emergency number; shown large with cards about danger at home</extracomment>
        <translation>ህጹጽ እንተ ኾይኑ ናብ 112 ደውሉ</translation>
    </message>
</context>
<context>
    <name>HelplineContact</name>
    <message>
        <location filename="../HelplineContact.qml" line="41"/>
        <source>Senast kontrollerat %1</source>
        <extracomment>the date someone last checked that the number or address answers</extracomment>
        <translation>ንመወዳእታ ግዜ ዝተረጋገጸ፦ %1</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../HelplinesPage.qml" line="30"/>
        <location filename="../HelplinesPage.qml" line="146"/>
        <source>Ring</source>
        <extracomment>the label before a helpline&apos;s phone number</extracomment>
        <translation>ደውሉ</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="34"/>
        <location filename="../HelplinesPage.qml" line="183"/>
        <source>Skanna koden med din mobil</source>
        <translation>ነቲ ኮድ ብሞባይልኩም ኣንብብዎ</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="57"/>
        <source>Hjälplinjer</source>
        <translation>መስመራት ሓገዝ</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="150"/>
        <source>Telefonnummer %1</source>
        <translation>ቁጽሪ ተሌፎን %1</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="156"/>
        <source>Chatta</source>
        <extracomment>the label before a helpline&apos;s chat address</extracomment>
        <translation>ብጽሑፍ ተዘራረቡ</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="164"/>
        <source>Webb</source>
        <extracomment>the label before a helpline&apos;s web address</extracomment>
        <translation>መርበብ ሓበሬታ</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="32"/>
        <location filename="../HelplinesPage.qml" line="137"/>
        <source>Öppet: %1</source>
        <extracomment>when a helpline answers, e.g. &quot;Öppet: dygnet runt&quot;</extracomment>
        <translation>ክፉት፦ %1</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../KioskView.qml" line="93"/>
        <source>Tillbaka</source>
        <extracomment>go back one page; the arrow points the way back in both reading directions</extracomment>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <location filename="../KioskView.qml" line="102"/>
        <source>Börja om</source>
        <translation>ካብ መጀመርታ ጀምሩ</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../KioskWindow.qml" line="14"/>
        <source>Lykta</source>
        <translation>Lykta</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../PinPad.qml" line="32"/>
        <source>Försök igen om %1</source>
        <extracomment>%1 is the time left, minutes:seconds, e.g. 0:45</extracomment>
        <translation>ድሕሪ %1 እንደገና ፈትኑ</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Fel kod.</source>
        <translation>ጌጋ ኮድ።</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Ingen kod är inställd för den här skärmen.</source>
        <translation>ነዚ መርኣዪ ዝኾነ ኮድ ኣይተዳለወሉን።</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="50"/>
        <source>Personal: skriv koden för att lämna skärmen</source>
        <translation>ሰራሕተኛታት፦ ካብዚ መርኣዪ ንምውጻእ ኮድ ኣእትዉ</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="89"/>
        <location filename="../PinPad.qml" line="106"/>
        <source>Siffran %1</source>
        <extracomment>The name a screen reader gives a key of the PIN pad</extracomment>
        <translation>ቁጽሪ %1</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="98"/>
        <source>Sudda</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="112"/>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="121"/>
        <source>Stäng</source>
        <translation>ዕጸው</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ReadAloudBar.qml" line="23"/>
        <source>Läs upp</source>
        <extracomment>the kiosk&apos;s button that reads the card on screen aloud</extracomment>
        <translation>ብድምጺ ኣንብብ</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Fortsätt</source>
        <translation>ቀጽል</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Pausa</source>
        <translation>ደው ኣብል</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="38"/>
        <source>Sluta läsa</source>
        <translation>ምንባብ ኣቋርጽ</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="44"/>
        <source>Läs långsammare</source>
        <extracomment>a switch: the voice reads more slowly while it is on</extracomment>
        <translation>ቀስ ኢልካ ኣንብብ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../StartPage.qml" line="42"/>
        <source>Hej!</source>
        <translation>ሰላም!</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="49"/>
        <source>Här finns kort för dig som har någon i familjen som är sjuk, har ett beroende eller mår dåligt.</source>
        <translation>ኣብ ስድራኹም ዝሓመመ፣ ሱስ ዘለዎ ወይ ጽቡቕ ዘይስምዖ ሰብ እንተሎ፣ እዞም ካርድታት ንዓኹም እዮም።</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="60"/>
        <source>Välj språk</source>
        <translation>ቋንቋ ምረጹ</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="87"/>
        <source>Hur gammal är du?</source>
        <translation>ዕድሜኹም ክንደይ እዩ?</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="100"/>
        <source>Jag är 3–6 år</source>
        <translation>ዕድመይ 3–6 ዓመት እዩ</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="101"/>
        <source>Jag är 7–12 år</source>
        <translation>ዕድመይ 7–12 ዓመት እዩ</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="102"/>
        <source>Jag är 13–18 år</source>
        <translation>ዕድመይ 13–18 ዓመት እዩ</translation>
    </message>
</context>
<context>
    <name>SwitchedOffScreen</name>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="31"/>
        <source>Den här skärmen är avstängd.</source>
        <translation>እዚ መርኣዪ ተዓጽዩ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="41"/>
        <source>Personalen har fått besked.</source>
        <translation>ሰራሕተኛታት ተሓቢሮም ኣለዉ።</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="61"/>
        <source>Till personalen: skärmen är anmäld som förlorad och har tömts och kopplats bort från servern.</source>
        <extracomment>for staff only, in small print at the foot of a kiosk that a manager reported lost</extracomment>
        <translation>ንሰራሕተኛታት፦ እዚ መርኣዪ ከም ዝጠፍአ ተሓቢሩ ኣሎ፤ ትሕዝቶኡ ተደምሲሱ፣ ካብ ሰርቨር ድማ ተፈልዩ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="63"/>
        <source>En fil gick inte att ta bort; kontakta support.</source>
        <translation>ሓደ ፋይል ክድምሰስ ኣይከኣለን፤ ምስ ክፍሊ ደገፍ ተራኸቡ።</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="64"/>
        <source>Servern har fått besked.</source>
        <translation>ሰርቨር ተሓቢሩ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="65"/>
        <source>Servern har ännu inte fått besked.</source>
        <translation>ሰርቨር ገና ኣይተሓበረን።</translation>
    </message>
</context>
</TS>
