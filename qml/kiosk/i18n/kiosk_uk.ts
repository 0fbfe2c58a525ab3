<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="sv_SE">
<context>
    <name>CardListPage</name>
    <message>
        <location filename="../CardListPage.qml" line="18"/>
        <source>För dig som är 3–6 år</source>
        <translation>Для тебе, якщо тобі 3–6 років</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="19"/>
        <source>För dig som är 7–12 år</source>
        <translation>Для тебе, якщо тобі 7–12 років</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="20"/>
        <source>För dig som är 13–18 år</source>
        <translation>Для тебе, якщо тобі 13–18 років</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="66"/>
        <source>Hjälplinjer – här kan du ringa</source>
        <translation>Лінії допомоги — сюди можна подзвонити</translation>
    </message>
    <message>
        <location filename="../CardListPage.qml" line="77"/>
        <source>Här finns inga kort ännu. Välj ett annat språk eller fråga någon som jobbar här.</source>
        <translation>Тут ще немає карток. Обери іншу мову або спитай когось, хто тут працює.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../CardPage.qml" line="66"/>
        <source>Förra kortet</source>
        <translation>Попередня картка</translation>
    </message>
    <message>
        <location filename="../CardPage.qml" line="73"/>
        <source>Nästa kort</source>
        <translation>Наступна картка</translation>
    </message>
</context>
<context>
    <name>EmergencyLine</name>
    <message>
        <location filename="../EmergencyLine.qml" line="27"/>
        <source>Ring 112 om det är akut</source>
        <extracomment>Sweden&apos;s emergency number; shown large with cards about danger at home</extracomment>
        <translation>Якщо це терміново, дзвони 112</translation>
    </message>
</context>
<context>
    <name>HelplineContact</name>
    <message>
        <location filename="../HelplineContact.qml" line="41"/>
        <source>Senast kontrollerat %1</source>
        <extracomment>the date someone last checked that the number or address answers</extracomment>
        <translation>Востаннє перевірено %1</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../HelplinesPage.qml" line="30"/>
        <location filename="../HelplinesPage.qml" line="146"/>
        <source>Ring</source>
        <extracomment>the label before a helpline&apos;s phone number</extracomment>
        <translation>Дзвони</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="34"/>
        <location filename="../HelplinesPage.qml" line="183"/>
        <source>Skanna koden med din mobil</source>
        <translation>Зіскануй код своїм телефоном</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="57"/>
        <source>Hjälplinjer</source>
        <translation>Лінії допомоги</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="150"/>
        <source>Telefonnummer %1</source>
        <translation>Номер телефону %1</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="156"/>
        <source>Chatta</source>
        <extracomment>the label before a helpline&apos;s chat address</extracomment>
        <translation>Пиши в чат</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="164"/>
        <source>Webb</source>
        <extracomment>the label before a helpline&apos;s web address</extracomment>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../HelplinesPage.qml" line="32"/>
        <location filename="../HelplinesPage.qml" line="137"/>
        <source>Öppet: %1</source>
        <extracomment>when a helpline answers, e.g. &quot;Öppet: dygnet runt&quot;</extracomment>
        <translation>Працює: %1</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../KioskView.qml" line="93"/>
        <source>Tillbaka</source>
        <extracomment>go back one page; the arrow points the way back in both reading directions</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../KioskView.qml" line="102"/>
        <source>Börja om</source>
        <translation>Почати спочатку</translation>
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
        <translation>Спробуйте ще раз через %1</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Fel kod.</source>
        <translation>Неправильний код.</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="39"/>
        <source>Ingen kod är inställd för den här skärmen.</source>
        <translation>Для цього екрана код не встановлено.</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="50"/>
        <source>Personal: skriv koden för att lämna skärmen</source>
        <translation>Для персоналу: введіть код, щоб вийти з цього екрана</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="89"/>
        <location filename="../PinPad.qml" line="106"/>
        <source>Siffran %1</source>
        <extracomment>The name a screen reader gives a key of the PIN pad</extracomment>
        <translation>Цифра %1</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="98"/>
        <source>Sudda</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="112"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../PinPad.qml" line="121"/>
        <source>Stäng</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ReadAloudBar.qml" line="23"/>
        <source>Läs upp</source>
        <extracomment>the kiosk&apos;s button that reads the card on screen aloud</extracomment>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Fortsätt</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="31"/>
        <source>Pausa</source>
        <translation>Призупинити</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="38"/>
        <source>Sluta läsa</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <location filename="../ReadAloudBar.qml" line="44"/>
        <source>Läs långsammare</source>
        <extracomment>a switch: the voice reads more slowly while it is on</extracomment>
        <translation>Читати повільніше</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../StartPage.qml" line="42"/>
        <source>Hej!</source>
        <translation>Привіт!</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="49"/>
        <source>Här finns kort för dig som har någon i familjen som är sjuk, har ett beroende eller mår dåligt.</source>
        <translation>Тут є картки для тебе, якщо хтось у твоїй родині хворіє, має залежність або погано почувається.</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="60"/>
        <source>Välj språk</source>
        <translation>Обери мову</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="87"/>
        <source>Hur gammal är du?</source>
        <translation>Скільки тобі років?</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="100"/>
        <source>Jag är 3–6 år</source>
        <translation>Мені 3–6 років</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="101"/>
        <source>Jag är 7–12 år</source>
        <translation>Мені 7–12 років</translation>
    </message>
    <message>
        <location filename="../StartPage.qml" line="102"/>
        <source>Jag är 13–18 år</source>
        <translation>Мені 13–18 років</translation>
    </message>
</context>
<context>
    <name>SwitchedOffScreen</name>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="31"/>
        <source>Den här skärmen är avstängd.</source>
        <translation>Цей екран вимкнено.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="41"/>
        <source>Personalen har fått besked.</source>
        <translation>Персонал уже повідомлено.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="61"/>
        <source>Till personalen: skärmen är anmäld som förlorad och har tömts och kopplats bort från servern.</source>
        <extracomment>for staff only, in small print at the foot of a kiosk that a manager reported lost</extracomment>
        <translation>Для персоналу: про втрату цього екрана повідомлено, його очищено й від’єднано від сервера.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="63"/>
        <source>En fil gick inte att ta bort; kontakta support.</source>
        <translation>Не вдалося видалити один файл; зверніться до служби підтримки.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="64"/>
        <source>Servern har fått besked.</source>
        <translation>Сервер уже повідомлено.</translation>
    </message>
    <message>
        <location filename="../SwitchedOffScreen.qml" line="65"/>
        <source>Servern har ännu inte fått besked.</source>
        <translation>Сервер ще не повідомлено.</translation>
    </message>
</context>
</TS>
