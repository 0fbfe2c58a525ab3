<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="sv_SE">
<context>
    <name>CardListPage</name>
    <message>
        <location filename="../CardListPage.qml" line="18"/>
        <source>För dig som är 3–6 år</source>
        <translation>لك إذا كان عمرك 3–6 سنوات</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="19"/>
        <source>För dig som är 7–12 år</source>
        <translation>لك إذا كان عمرك 7–12 سنة</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="20"/>
        <source>För dig som är 13–18 år</source>
        <translation>لك إذا كان عمرك 13–18 سنة</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="66"/>
        <source>Hjälplinjer – här kan du ringa</source>
        <translation>خطوط المساعدة – هنا يمكنك أن تتصل</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="77"/>
        <source>Här finns inga kort ännu. Välj ett annat språk eller fråga någon som jobbar här.</source>
        <translation>لا توجد بطاقات هنا بعد. اختر لغة أخرى، أو اسأل أحد العاملين هنا.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../CardPage.qml" line="66"/>
        <source>Förra kortet</source>
        <translation>البطاقة السابقة</translation>
    </message>
    <message>
        <location filename="../CardPage.qml" line="73"/>
        <source>Nästa kort</source>
        <translation>البطاقة التالية</translation>
    </message>
</context>
<context>
    <name>EmergencyLine</name>
    <message>
        <location filename="../EmergencyLine.qml" line="27"/>
        <source>Ring 112 om det är akut</source>
        <extracomment>Sweden&apos;s emergency number; shown large with cards about danger at home</extracomment>
        <translation>اتصل بالرقم 112 إذا كان الأمر طارئًا</translation>
    </message>
</context>
<context>
    <name>HelplineContact</name>
    <message>
        <location filename="../HelplineContact.qml" line="41"/>
        <source>Senast kontrollerat %1</source>
        <extracomment>the date someone last checked that the number or address answers</extracomment>
        <translation>آخر تحقق: %1</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../HelplinesPage.qml" line="30"/>
        <location filename="../HelplinesPage.qml" line="146"/>
        <source>Ring</source>
        <extracomment>the label before a helpline&apos;s phone number</extracomment>
        <translation>اتصل</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="34"/>
        <location filename="../HelplinesPage.qml" line="183"/>
        <source>Skanna koden med din mobil</source>
        <translation>امسح الرمز بهاتفك</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="57"/>
        <source>Hjälplinjer</source>
        <translation>خطوط المساعدة</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="150"/>
        <source>Telefonnummer %1</source>
        <translation>رقم الهاتف %1</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="156"/>
        <source>Chatta</source>
        <extracomment>the label before a helpline&apos;s chat address</extracomment>
        <translation>دردشة</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="164"/>
        <source>Webb</source>
        <extracomment>the label before a helpline&apos;s web address</extracomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="32"/>
        <location filename="../HelplinesPage.qml" line="137"/>
        <source>Öppet: %1</source>
        <extracomment>when a helpline answers, e.g. &quot;Öppet: dygnet runt&quot;</extracomment>
        <translation>مفتوح: %1</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../KioskView.qml" line="93"/>
        <source>Tillbaka</source>
        <extracomment>go back one page; the arrow points the way back in both reading directions</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../KioskView.qml" line="102"/>
        <source>Börja om</source>
        <translation>ابدأ من جديد</translation>
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
        <translation>حاول مرة أخرى بعد %1</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Fel kod.</source>
        <translation>الرمز غير صحيح.</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Ingen kod är inställd för den här skärmen.</source>
        <translation>لا يوجد رمز محدد لهذه الشاشة.</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="50"/>
        <source>Personal: skriv koden för att lämna skärmen</source>
        <translation>للموظفين: أدخلوا الرمز للخروج من الشاشة</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="89"/>
        <location filename="../PinPad.qml" line="106"/>
        <source>Siffran %1</source>
        <extracomment>The name a screen reader gives a key of the PIN pad</extracomment>
        <translation>الرقم %1</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="98"/>
        <source>Sudda</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="112"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="121"/>
        <source>Stäng</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ReadAloudBar.qml" line="23"/>
        <source>Läs upp</source>
        <extracomment>the kiosk&apos;s button that reads the card on screen aloud</extracomment>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Fortsätt</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Pausa</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="38"/>
        <source>Sluta läsa</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="44"/>
        <source>Läs långsammare</source>
        <extracomment>a switch: the voice reads more slowly while it is on</extracomment>
        <translation>قراءة أبطأ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../StartPage.qml" line="42"/>
        <source>Hej!</source>
        <translation>مرحبًا!</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="49"/>
        <source>Här finns kort för dig som har någon i familjen som är sjuk, har ett beroende eller mår dåligt.</source>
        <translation>هنا بطاقات لك إذا كان في عائلتك شخص مريض، أو عنده إدمان، أو ليس بخير.</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="60"/>
        <source>Välj språk</source>
        <translation>اختر اللغة</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="87"/>
        <source>Hur gammal är du?</source>
        <translation>كم عمرك؟</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="100"/>
        <source>Jag är 3–6 år</source>
        <translation>عمري 3–6 سنوات</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="101"/>
        <source>Jag är 7–12 år</source>
        <translation>عمري 7–12 سنة</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="102"/>
        <source>Jag är 13–18 år</source>
        <translation>عمري 13–18 سنة</translation>
    </message>
</context>
<context>
    <name>SwitchedOffScreen</name>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="31"/>
        <source>Den här skärmen är avstängd.</source>
        <translation>هذه الشاشة مُطفأة.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="41"/>
        <source>Personalen har fått besked.</source>
        <translation>تم إبلاغ الموظفين.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="61"/>
        <source>Till personalen: skärmen är anmäld som förlorad och har tömts och kopplats bort från servern.</source>
        <extracomment>for staff only, in small print at the foot of a kiosk that a manager reported lost</extracomment>
        <translation>إلى الموظفين: تم الإبلاغ عن هذه الشاشة على أنها مفقودة، وتم مسح محتواها وفصلها عن الخادم.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="63"/>
        <source>En fil gick inte att ta bort; kontakta support.</source>
        <translation>تعذّر حذف أحد الملفات؛ تواصلوا مع الدعم الفني.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="64"/>
        <source>Servern har fått besked.</source>
        <translation>تم إبلاغ الخادم.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="65"/>
        <source>Servern har ännu inte fått besked.</source>
        <translation>لم يتم إبلاغ الخادم بعد.</translation>
    </message>
</context>
</TS>
