<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="33" />
        <source>add agenda point</source>
        <translation>dodanie punktu porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="125" />
        <source>edit meeting details</source>
        <translation>zmianę danych spotkania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="158" />
        <source>move agenda point</source>
        <translation>przesunięcie punktu porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="165" />
        <source>delete agenda point</source>
        <translation>usunięcie punktu porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="183" />
        <source>edit notes</source>
        <translation>edycję notatek</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="66" />
        <source>&amp;Number:</source>
        <translation>&amp;Numer:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="66" />
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="67" />
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="76" />
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="115" />
        <source>Agenda</source>
        <translation>Porządek obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="79" />
        <source>New agenda point, then Enter</source>
        <translation>Nowy punkt porządku obrad, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="80" />
        <source>New agenda point</source>
        <translation>Nowy punkt porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="85" />
        <source>Notes of the selected point</source>
        <translation>Notatki do zaznaczonego punktu</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../cwd_desktop/gui/app.py" line="32" />
        <location filename="../../cwd_desktop/gui/app.py" line="38" />
        <source>Damaged database</source>
        <translation>Uszkodzona baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/app.py" line="33" />
        <source>No sound backup was found.</source>
        <translation>Nie znaleziono sprawnej kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/app.py" line="35" />
        <source>%1

Restore the backup of %2? The damaged file is kept beside it, renamed.</source>
        <translation>%1

Przywrócić kopię zapasową z %2? Uszkodzony plik zostanie zachowany obok, pod zmienioną nazwą.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/app.py" line="64" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="35" />
        <source>check in</source>
        <translation>rejestrację obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="36" />
        <source>mark absent</source>
        <translation>oznaczenie nieobecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="64" />
        <source>add person</source>
        <translation>dodanie osoby</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="24" />
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="24" />
        <source>Represents</source>
        <translation>Reprezentuje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="24" />
        <source>Present</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="24" />
        <source>Checked in</source>
        <translation>Godzina przybycia</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="87" />
        <source>Type part of a name and press Enter</source>
        <translation>Wpisz część nazwiska i naciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="88" />
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="132" />
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="143" />
        <source>Check in</source>
        <translation>Rejestracja obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="98" />
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="103" />
        <source>Chec&amp;k in:</source>
        <translation>&amp;Obecność:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="117" />
        <source>Present: %1 people; %2 of %3 members represented</source>
        <translation>Obecnych osób: %1; reprezentowani członkowie: %2 z %3</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="133" />
        <source>Several people match: %1. Type more of the name.</source>
        <translation>Pasuje kilka osób: %1. Wpisz więcej liter.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="150" />
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="151" />
        <source>%1 is not on the list. Whom does this person represent?</source>
        <translation>Osoby %1 nie ma na liście. Kogo reprezentuje?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="152" />
        <source>(nobody / a resident)</source>
        <translation>(nikogo / mieszkaniec)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="73" />
        <source>Create a partnership CA</source>
        <translation>Utwórz urząd certyfikacji partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="73" />
        <source>Create a signing key</source>
        <translation>Utwórz klucz do podpisu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="77" />
        <source>Issued by the partnership CA</source>
        <translation>Wydany przez urząd certyfikacji partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="85" />
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerstwo:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="87" />
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="88" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="89" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="90" />
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="91" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="92" />
        <source>&amp;Save as:</source>
        <translation>&amp;Zapisz jako:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="95" />
        <source>CA &amp;file:</source>
        <translation>Plik &amp;urzędu:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="96" />
        <source>CA pa&amp;ssphrase:</source>
        <translation>Hasło u&amp;rzędu:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="107" />
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="109" />
        <source>Choose where to save the key file.</source>
        <translation>Wskaż, gdzie zapisać plik klucza.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="111" />
        <source>Add a partnership first.</source>
        <translation>Najpierw dodaj partnerstwo.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="113" />
        <source>Choose the partnership CA's key file.</source>
        <translation>Wskaż plik klucza urzędu certyfikacji partnerstwa.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="149" />
        <source>Creating the key…</source>
        <translation>Tworzenie klucza…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="153" />
        <source>Created %1 in %2.</source>
        <translation>Utworzono %1 w pliku %2.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="90" />
        <source>Conflicts and duplicates</source>
        <translation>Konflikty i duplikaty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="96" />
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="102" />
        <source>&amp;Take the other value</source>
        <translation>&amp;Przyjmij drugą wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="103" />
        <source>&amp;Keep the current value</source>
        <translation>Z&amp;achowaj obecną wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="108" />
        <source>When two laptops changed the same field, the later change was kept. Taking the other value is a new change that later packages carry.</source>
        <translation>Gdy dwa laptopy zmieniły to samo pole, zachowano późniejszą zmianę. Przyjęcie drugiej wartości jest nową zmianą, którą przeniosą kolejne paczki.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="118" />
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="123" />
        <source>&amp;Merge the selected people</source>
        <translation>P&amp;ołącz zaznaczone osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="127" />
        <source>The same person entered on two laptops. Merging keeps the first and moves attendance and roles of the second to it.</source>
        <translation>Ta sama osoba wpisana na dwóch laptopach. Połączenie zachowuje pierwszy wpis i przenosi na niego obecności i role drugiego.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="133" />
        <source>Conflicts (%1)</source>
        <translation>Konflikty (%1)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="134" />
        <source>Likely duplicates (%1)</source>
        <translation>Prawdopodobne duplikaty (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="31" />
        <source>What</source>
        <translation>Czego dotyczy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="31" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="31" />
        <source>Kept value</source>
        <translation>Zachowana wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="31" />
        <source>Kept from</source>
        <translation>Źródło zachowanej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="32" />
        <source>Other value</source>
        <translation>Druga wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="32" />
        <source>Other from</source>
        <translation>Źródło drugiej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="32" />
        <source>Detected</source>
        <translation>Wykryto</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="185" />
        <source>add motion</source>
        <translation>dodanie wniosku</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="198" />
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="205" />
        <source>change vote</source>
        <translation>zmianę głosowania</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="59" />
        <source>New motion, then Enter</source>
        <translation>Nowy wniosek, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="60" />
        <source>New motion</source>
        <translation>Nowy wniosek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="64" />
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="177" />
        <source>Decisions</source>
        <translation>Uchwały i decyzje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="76" />
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="76" />
        <source>Vote</source>
        <translation>Głos</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="81" />
        <source>&amp;Voting:</source>
        <translation>&amp;Głosowanie:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="82" />
        <source>&amp;Majority:</source>
        <translation>&amp;Większość:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="83" />
        <source>For:</source>
        <translation>Za:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="84" />
        <source>Against:</source>
        <translation>Przeciw:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="85" />
        <source>Abstaining:</source>
        <translation>Wstrzymało się:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="134" />
        <source>no quorum</source>
        <translation>brak kworum</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="136" />
        <source>adopted</source>
        <translation>przyjęto</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="136" />
        <source>rejected</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="137" />
        <source>%1 (for %2, against %3, abstaining %4; %5 of %6 members present)</source>
        <translation>%1 (za: %2, przeciw: %3, wstrzymało się: %4; obecni członkowie: %5 z %6)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="149" />
        <source>Add a motion to record its vote.</source>
        <translation>Dodaj wniosek, aby zapisać głosowanie.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="169" />
        <source>Result: %1</source>
        <translation>Wynik: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="55" />
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="57" />
        <source>Leading organisation</source>
        <translation>Lider partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="61" />
        <source>Thematic areas</source>
        <translation>Obszary tematyczne</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="62" />
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="64" />
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="77" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="78" />
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="79" />
        <source>Chair</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="79" />
        <source>Minute-taker</source>
        <translation>Protokolant</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="82" />
        <source>{present} people present, {represented} of {total} members represented</source>
        <translation>obecnych osób: {present}, reprezentowani członkowie: {represented} z {total}</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="83" />
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="88" />
        <source>Strategic goals</source>
        <translation>Cele strategiczne</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="92" />
        <source>Key projects</source>
        <translation>Projekty kluczowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="96" />
        <source>Decisions</source>
        <translation>Uchwały i decyzje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="115" />
        <source>adopted</source>
        <translation>przyjęto</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="117" />
        <source>rejected</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="119" />
        <source>no quorum</source>
        <translation>brak kworum</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="38" />
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="42" />
        <source>Import report</source>
        <translation>Raport importu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="43" />
        <source>&amp;Restore the rows edited after deletion</source>
        <translation>P&amp;rzywróć pozycje edytowane po usunięciu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="59" />
        <source>%1: imported before, nothing to do.</source>
        <translation>%1: zaimportowano wcześniej, nic do zrobienia.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="61" />
        <source>%1 from %2: %3 new rows, %4 fields updated, %5 signed files, %6 conflicts.</source>
        <translation>%1 od %2: nowe wiersze: %3, zmienione pola: %4, podpisane pliki: %5, konflikty: %6.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="66" />
        <source>conflict in %1 (%2): kept %3, the other value %4 is in the conflict log</source>
        <translation>konflikt w %1 (%2): zachowano %3, druga wartość %4 jest w dzienniku konfliktów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="69" />
        <source>refused: %1</source>
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="70" />
        <source>edited after deletion: %1 %2 (it stays deleted unless you restore it)</source>
        <translation>edycja po usunięciu: %1 %2 (pozostaje usunięte, chyba że je przywrócisz)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="72" />
        <source>clock anomaly: %1</source>
        <translation>nieprawidłowy zegar: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="73" />
        <source>likely duplicate: %1</source>
        <translation>prawdopodobny duplikat: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="80" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="91" />
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="96" />
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="105" />
        <source>Empty database</source>
        <translation>Pusta baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="106" />
        <source>This database has no partnerships yet. Load the two demo partnerships (Aglomeracja Beskidzka and Ziemia Wysokomazowiecka) to look around?</source>
        <translation>W tej bazie nie ma jeszcze partnerstw. Wczytać dwa partnerstwa demonstracyjne (Aglomeracja Beskidzka i Ziemia Wysokomazowiecka), aby zapoznać się z programem?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="116" />
        <source>Cannot load the demo</source>
        <translation>Nie można wczytać danych demonstracyjnych</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cwd_desktop/gui/main_window.py" line="119" />
        <source>Added %n demo partnership(s).</source>
        <translation>
            <numerusform>Dodano %n partnerstwo demonstracyjne.</numerusform><numerusform>Dodano %n partnerstwa demonstracyjne.</numerusform><numerusform>Dodano %n partnerstw demonstracyjnych.</numerusform></translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="131" />
        <source>CWD Desktop %1 — %2</source>
        <translation>CWD Desktop %1 — %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="133" />
        <source>Database: %1 · device: %2</source>
        <translation>Baza danych: %1 · urządzenie: %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="139" />
        <source>&lt;p&gt;No partnerships yet. Use &lt;b&gt;File → Load demo partnerships&lt;/b&gt; to add the two demo partnerships.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nie ma jeszcze partnerstw. Wybierz &lt;b&gt;Plik → Wczytaj partnerstwa demonstracyjne&lt;/b&gt;, aby dodać dwa partnerstwa demonstracyjne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="187" />
        <source>Export for the coordinator</source>
        <translation>Eksport dla koordynatora</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="198" />
        <source>Writing the package…</source>
        <translation>Zapisywanie paczki…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="199" />
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="203" />
        <source>Import packages</source>
        <translation>Import paczek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="208" />
        <source>Import every new package of a folder</source>
        <translation>Import wszystkich nowych paczek z folderu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="224" />
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="233" />
        <source>This computer's name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="234" />
        <source>The name shown to the coordinator in import reports, e.g. "Laptop moderatora — Rajcza":</source>
        <translation>Nazwa widoczna dla koordynatora w raportach importu, np. „Laptop moderatora — Rajcza”:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="253" />
        <source>Backup saved: %1</source>
        <translation>Zapisano kopię zapasową: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="257" />
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="264" />
        <source>Saved a copy as %1.</source>
        <translation>Zapisano kopię jako %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="277" />
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="281" />
        <source>Restored from %1.</source>
        <translation>Przywrócono z %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="289" />
        <source>About CWD Desktop</source>
        <translation>O programie CWD Desktop</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="290" />
        <source>&lt;p&gt;&lt;b&gt;CWD Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Workshops, SWOT analysis, goals and minutes for partnerships of local governments (Centrum Wsparcia Doradczego). Works offline; your data stays in the database file on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CWD Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Warsztaty, analiza SWOT, cele i protokoły dla partnerstw jednostek samorządu terytorialnego (Centrum Wsparcia Doradczego). Działa bez internetu; dane pozostają w pliku bazy danych na tym komputerze.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9" />
        <source>CWD Desktop</source>
        <translation>CWD Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20" />
        <source>Partnerships and meetings</source>
        <translation>Partnerstwa i spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31" />
        <source>Details of the selected item</source>
        <translation>Szczegóły zaznaczonej pozycji</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="58" />
        <source>&amp;Meeting</source>
        <translation>&amp;Spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65" />
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96" />
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104" />
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112" />
        <source>Load &amp;demo partnerships</source>
        <translation>Wczytaj partnerstwa &amp;demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="120" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="125" />
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="128" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133" />
        <source>&amp;Open the meeting's workspace</source>
        <translation>&amp;Otwórz obszar roboczy spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141" />
        <source>&amp;Minutes (protokół)…</source>
        <translation>&amp;Protokół…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="149" />
        <source>Create a &amp;signing key…</source>
        <translation>Utwórz &amp;klucz do podpisu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="154" />
        <source>Create a partnership &amp;CA…</source>
        <translation>Utwórz &amp;urząd certyfikacji partnerstwa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="159" />
        <source>&amp;Verify signed minutes…</source>
        <translation>&amp;Sprawdź podpisany protokół…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="164" />
        <source>&amp;Export for the coordinator…</source>
        <translation>&amp;Eksport dla koordynatora…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169" />
        <source>&amp;Import packages…</source>
        <translation>&amp;Importuj paczki…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="174" />
        <source>Import a &amp;folder of packages…</source>
        <translation>Importuj &amp;folder z paczkami…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179" />
        <source>&amp;Conflicts and duplicates…</source>
        <translation>&amp;Konflikty i duplikaty…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184" />
        <source>This computer's &amp;name…</source>
        <translation>&amp;Nazwa tego komputera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189" />
        <source>Save a &amp;copy…</source>
        <translation>Zapisz &amp;kopię…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="194" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199" />
        <source>&amp;About CWD Desktop</source>
        <translation>&amp;O programie CWD Desktop</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="27" />
        <source>Meeting %1</source>
        <translation>Spotkanie %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="29" />
        <source>signed, read-only</source>
        <translation>podpisane, tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="39" />
        <source>&amp;Details and agenda</source>
        <translation>&amp;Dane i porządek obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="40" />
        <source>&amp;Attendance</source>
        <translation>&amp;Obecność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="41" />
        <source>&amp;SWOT</source>
        <translation>&amp;SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="43" />
        <source>D&amp;ecisions</source>
        <translation>&amp;Głosowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="45" />
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="46" />
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="48" />
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="52" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="53" />
        <source>&amp;Projector view</source>
        <translation>Widok dla &amp;projektora</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="51" />
        <source>Language of the minutes</source>
        <translation>Język protokołu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="53" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="54" />
        <source>&amp;Sign and export…</source>
        <translation>&amp;Podpisz i eksportuj…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="55" />
        <source>&amp;Attendance sheet…</source>
        <translation>&amp;Lista obecności…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="56" />
        <source>&amp;Reopen as a new revision</source>
        <translation>&amp;Otwórz ponownie jako nową wersję</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="62" />
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="89" />
        <source>Minutes %1</source>
        <translation>Protokół %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="94" />
        <source>Signed by %1 on %2. The meeting is read-only; reopen it as a new revision to change anything.</source>
        <translation>Podpisał(a): %1, %2. Spotkanie jest tylko do odczytu; aby coś zmienić, otwórz je ponownie jako nową wersję.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="98" />
        <source>Not signed yet. Signing closes the meeting: it becomes read-only.</source>
        <translation>Protokół nie jest jeszcze podpisany. Podpisanie zamyka spotkanie: stanie się ono tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="121" />
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="125" />
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="137" />
        <source>Choose your signing key</source>
        <translation>Wybierz swój klucz do podpisu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="141" />
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="142" />
        <source>Passphrase of %1:</source>
        <translation>Hasło do %1:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="159" />
        <source>Export the minutes</source>
        <translation>Eksport protokołu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="162" />
        <source>Exporting the minutes…</source>
        <translation>Eksportowanie protokołu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="170" />
        <source>Save the signed minutes</source>
        <translation>Zapisz podpisany protokół</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="173" />
        <source>Signing the minutes…</source>
        <translation>Podpisywanie protokołu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="178" />
        <source>Export the attendance sheet</source>
        <translation>Eksport listy obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="181" />
        <source>Exporting the attendance sheet…</source>
        <translation>Eksportowanie listy obecności…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="190" />
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="193" />
        <source>Reopen the meeting</source>
        <translation>Ponowne otwarcie spotkania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="194" />
        <source>Make a new draft revision of this meeting with all its content? The signed minutes stay as they are.</source>
        <translation>Utworzyć nową, roboczą wersję spotkania z całą jego treścią? Podpisany protokół pozostanie bez zmian.</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="27" />
        <source>Partnership / meeting</source>
        <translation>Partnerstwo / spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="27" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="47" />
        <source>draft</source>
        <translation>roboczy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="48" />
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="49" />
        <source>signed</source>
        <translation>podpisany</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../cwd_desktop/gui/preview.py" line="34" />
        <source>Page preview</source>
        <translation>Podgląd stron</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="43" />
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="24" />
        <source>SWOT — projector</source>
        <translation>SWOT — projektor</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/restore_dialog.py" line="16" />
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/restore_dialog.py" line="20" />
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/restore_dialog.py" line="31" />
        <source>The current state is backed up before the chosen backup replaces it.</source>
        <translation>Zanim wybrana kopia zastąpi obecny stan, zostanie on zapisany jako kopia zapasowa.</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="93" />
        <source>New card</source>
        <translation>Nowa karta</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="115" />
        <source>Add to %1:</source>
        <translation>Dodaj do: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="135" />
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="157" />
        <source>delete cards</source>
        <translation>usunięcie kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="180" />
        <location filename="../../cwd_desktop/gui/swot_board.py" line="185" />
        <source>Merge cards</source>
        <translation>Łączenie kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="180" />
        <source>Select two or more cards to merge.</source>
        <translation>Zaznacz co najmniej dwie karty do połączenia.</translation>
    </message>
</context>
<context>
    <name>SwotCommands</name>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="48" />
        <source>add card</source>
        <translation>dodanie karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="91" />
        <source>edit card</source>
        <translation>edycję karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="96" />
        <source>delete card</source>
        <translation>usunięcie karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="101" />
        <source>vote</source>
        <translation>głos</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="107" />
        <source>merge cards</source>
        <translation>połączenie kart</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="163" />
        <source>Verify signed minutes</source>
        <translation>Sprawdzanie podpisanego protokołu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="166" />
        <source>&amp;Verify</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="169" />
        <source>Verification report</source>
        <translation>Wynik sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="188" />
        <source>Verifying…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="193" />
        <source>trusted (a known partnership CA)</source>
        <translation>zaufany (znany urząd certyfikacji partnerstwa)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="193" />
        <source>self-signed</source>
        <translation>certyfikat z własnym podpisem</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="194" />
        <source>unknown issuer</source>
        <translation>nieznany wystawca</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="195" />
        <source>Every signature is intact and covers the document.</source>
        <translation>Wszystkie podpisy są nienaruszone i obejmują dokument.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="196" />
        <source>This document does NOT pass verification.</source>
        <translation>Ten dokument NIE przeszedł weryfikacji.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="199" />
        <source>The file has no signature.</source>
        <translation>Plik nie zawiera podpisu.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="202" />
        <source>the whole file</source>
        <translation>cały plik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="203" />
        <source>its revision; later changes only add signatures</source>
        <translation>swoją wersję pliku; późniejsze zmiany dodają tylko podpisy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="204" />
        <source>NOT the whole file: the document was changed after signing</source>
        <translation>NIE cały plik: dokument zmieniono po podpisaniu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="206" />
        <source>intact</source>
        <translation>nienaruszony</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="206" />
        <source>BROKEN</source>
        <translation>NARUSZONY</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="207" />
        <source>Signer</source>
        <translation>Podpisujący</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="207" />
        <source>Claimed time</source>
        <translation>Deklarowany czas</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="208" />
        <source>Integrity</source>
        <translation>Integralność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="208" />
        <source>Covers</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="209" />
        <source>Trust</source>
        <translation>Zaufanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="212" />
        <source>Empty signature field: %1</source>
        <translation>Puste pole podpisu: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="215" />
        <source>An advanced electronic signature, not a qualified one.</source>
        <translation>Zaawansowany podpis elektroniczny, nie kwalifikowany.</translation>
    </message>
</context>
</TS>