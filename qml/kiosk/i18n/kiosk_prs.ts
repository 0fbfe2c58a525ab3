<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="sv_SE">
<context>
    <name>CardListPage</name>
    <message>
        <location filename="../CardListPage.qml" line="18"/>
        <source>För dig som är 3–6 år</source>
        <translation>برای تو که 3–6 ساله هستی</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="19"/>
        <source>För dig som är 7–12 år</source>
        <translation>برای تو که 7–12 ساله هستی</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="20"/>
        <source>För dig som är 13–18 år</source>
        <translation>برای تو که 13–18 ساله هستی</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="66"/>
        <source>Hjälplinjer – här kan du ringa</source>
        <translation>خط‌های کمک – اینجا می‌توانی زنگ بزنی</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="77"/>
        <source>Här finns inga kort ännu. Välj ett annat språk eller fråga någon som jobbar här.</source>
        <translation>اینجا هنوز کارتی نیست. زبان دیگری انتخاب کن یا از کسی که اینجا کار می‌کند بپرس.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../CardPage.qml" line="66"/>
        <source>Förra kortet</source>
        <translation>کارت قبلی</translation>
    </message>
    <message>
        <location filename="../CardPage.qml" line="73"/>
        <source>Nästa kort</source>
        <translation>کارت بعدی</translation>
    </message>
</context>
<context>
    <name>EmergencyLine</name>
    <message>
        <location filename="../EmergencyLine.qml" line="27"/>
        <source>Ring 112 om det är akut</source>
        <extracomment>Sweden&apos;s emergency number; shown large with cards about danger at home</extracomment>
        <translation>اگر عاجل است، به 112 زنگ بزن</translation>
    </message>
</context>
<context>
    <name>HelplineContact</name>
    <message>
        <location filename="../HelplineContact.qml" line="41"/>
        <source>Senast kontrollerat %1</source>
        <extracomment>the date someone last checked that the number or address answers</extracomment>
        <translation>آخرین بار بررسی شد: %1</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../HelplinesPage.qml" line="30"/>
        <location filename="../HelplinesPage.qml" line="146"/>
        <source>Ring</source>
        <extracomment>the label before a helpline&apos;s phone number</extracomment>
        <translation>زنگ بزن</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="34"/>
        <location filename="../HelplinesPage.qml" line="183"/>
        <source>Skanna koden med din mobil</source>
        <translation>کود را با موبایل خود سکن کن</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="57"/>
        <source>Hjälplinjer</source>
        <translation>خط‌های کمک</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="150"/>
        <source>Telefonnummer %1</source>
        <translation>شماره تیلفون %1</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="156"/>
        <source>Chatta</source>
        <extracomment>the label before a helpline&apos;s chat address</extracomment>
        <translation>چت</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="164"/>
        <source>Webb</source>
        <extracomment>the label before a helpline&apos;s web address</extracomment>
        <translation>ویب‌سایت</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="32"/>
        <location filename="../HelplinesPage.qml" line="137"/>
        <source>Öppet: %1</source>
        <extracomment>when a helpline answers, e.g. &quot;Öppet: dygnet runt&quot;</extracomment>
        <translation>باز است: %1</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../KioskView.qml" line="93"/>
        <source>Tillbaka</source>
        <extracomment>go back one page; the arrow points the way back in both reading directions</extracomment>
        <translation>برگشت</translation>
    </message>
    <message>
        <location filename="../KioskView.qml" line="102"/>
        <source>Börja om</source>
        <translation>از سر شروع کن</translation>
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
        <translation>بعد از %1 دوباره کوشش کنید</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Fel kod.</source>
        <translation>رمز غلط است.</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Ingen kod är inställd för den här skärmen.</source>
        <translation>برای این صفحه هیچ رمزی تنظیم نشده است.</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="50"/>
        <source>Personal: skriv koden för att lämna skärmen</source>
        <translation>کارمندان: برای خارج شدن از صفحه، رمز را بنویسید</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="89"/>
        <location filename="../PinPad.qml" line="106"/>
        <source>Siffran %1</source>
        <extracomment>The name a screen reader gives a key of the PIN pad</extracomment>
        <translation>رقم %1</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="98"/>
        <source>Sudda</source>
        <translation>پاک کن</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="112"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="121"/>
        <source>Stäng</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ReadAloudBar.qml" line="23"/>
        <source>Läs upp</source>
        <extracomment>the kiosk&apos;s button that reads the card on screen aloud</extracomment>
        <translation>بلند بخوان</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Fortsätt</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Pausa</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="38"/>
        <source>Sluta läsa</source>
        <translation>خواندن را بس کن</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="44"/>
        <source>Läs långsammare</source>
        <extracomment>a switch: the voice reads more slowly while it is on</extracomment>
        <translation>آهسته‌تر بخوان</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../StartPage.qml" line="42"/>
        <source>Hej!</source>
        <translation>سلام!</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="49"/>
        <source>Här finns kort för dig som har någon i familjen som är sjuk, har ett beroende eller mår dåligt.</source>
        <translation>اینجا کارت‌هایی برای تو هست، اگر کسی در فامیلت مریض است، اعتیاد دارد یا حالش خوب نیست.</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="60"/>
        <source>Välj språk</source>
        <translation>زبان را انتخاب کن</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="87"/>
        <source>Hur gammal är du?</source>
        <translation>چند سال داری؟</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="100"/>
        <source>Jag är 3–6 år</source>
        <translation>من 3–6 ساله هستم</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="101"/>
        <source>Jag är 7–12 år</source>
        <translation>من 7–12 ساله هستم</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="102"/>
        <source>Jag är 13–18 år</source>
        <translation>من 13–18 ساله هستم</translation>
    </message>
</context>
<context>
    <name>SwitchedOffScreen</name>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="31"/>
        <source>Den här skärmen är avstängd.</source>
        <translation>این صفحه خاموش است.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="41"/>
        <source>Personalen har fått besked.</source>
        <translation>به کارمندان خبر داده شد.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="61"/>
        <source>Till personalen: skärmen är anmäld som förlorad och har tömts och kopplats bort från servern.</source>
        <extracomment>for staff only, in small print at the foot of a kiosk that a manager reported lost</extracomment>
        <translation>برای کارمندان: این صفحه به عنوان گم‌شده راپور داده شده، همه معلومات آن پاک شده و از سرور جدا شده است.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="63"/>
        <source>En fil gick inte att ta bort; kontakta support.</source>
        <translation>یک فایل پاک نشد؛ با بخش حمایت تخنیکی تماس بگیرید.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="64"/>
        <source>Servern har fått besked.</source>
        <translation>به سرور خبر داده شد.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="65"/>
        <source>Servern har ännu inte fått besked.</source>
        <translation>هنوز به سرور خبر داده نشده است.</translation>
    </message>
</context>
</TS>
