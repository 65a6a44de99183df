<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="125"/>
        <source>add agenda point</source>
        <translation>dodanie punktu porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="71"/>
        <source>edit meeting details</source>
        <translation>zmianę danych spotkania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="143"/>
        <source>move agenda point</source>
        <translation>przesunięcie punktu porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="150"/>
        <source>delete agenda point</source>
        <translation>usunięcie punktu porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="168"/>
        <source>edit notes</source>
        <translation>edycję notatek</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="61"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numer:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="62"/>
        <source>Tit&amp;le:</source>
        <translation>T&amp;ytuł:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="63"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="64"/>
        <source>Da&amp;y (31.12.2026):</source>
        <translation>Dat&amp;a (31.12.2026):</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="65"/>
        <source>&amp;From (9:30):</source>
        <translation>&amp;Początek (9:30):</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="66"/>
        <source>&amp;Until (15:00):</source>
        <translation>&amp;Koniec (15:00):</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="67"/>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="68"/>
        <source>C&amp;hair:</source>
        <translation>Prowadzą&amp;cy:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="69"/>
        <source>&amp;Minutes taken by:</source>
        <translation>Protoko&amp;lant:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="77"/>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="116"/>
        <source>Agenda</source>
        <translation>Porządek obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="80"/>
        <source>New agenda point, then Enter</source>
        <translation>Nowy punkt porządku obrad, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="81"/>
        <source>New agenda point</source>
        <translation>Nowy punkt porządku obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="86"/>
        <source>Notes of the selected point</source>
        <translation>Notatki do zaznaczonego punktu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="109"/>
        <source>Agenda: move the point up</source>
        <translation>Porządek obrad: przesuń punkt w górę</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="110"/>
        <source>Agenda: move the point down</source>
        <translation>Porządek obrad: przesuń punkt w dół</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/agenda_tab.py" line="113"/>
        <source>Agenda: delete the point</source>
        <translation>Porządek obrad: usuń punkt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../cwd_desktop/gui/app.py" line="42"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="37"/>
        <source>check in</source>
        <translation>rejestrację obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="39"/>
        <source>mark absent</source>
        <translation>oznaczenie nieobecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="206"/>
        <source>add person</source>
        <translation>dodanie osoby</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="25"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="25"/>
        <source>Represents</source>
        <translation>Reprezentuje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="25"/>
        <source>Present</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/attendance.py" line="25"/>
        <source>Checked in</source>
        <translation>Godzina przybycia</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="89"/>
        <source>Type part of a name and press Enter</source>
        <translation>Wpisz część nazwiska i naciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="90"/>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="148"/>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="164"/>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="173"/>
        <source>Check in</source>
        <translation>Rejestracja obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="103"/>
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="108"/>
        <source>Chec&amp;k in:</source>
        <translation>&amp;Rejestracja:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="123"/>
        <source>Present: %1 people; %2 of %3 members represented</source>
        <translation>Obecnych osób: %1; reprezentowani członkowie: %2 z %3</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="149"/>
        <source>Several people match: %1. Type more of the name.</source>
        <translation>Pasuje kilka osób: %1. Wpisz więcej liter.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="174"/>
        <source>%1 is not on the list, but %2 is. Check in %2?

(No: add %1 as a new person.)</source>
        <translation>Osoby %1 nie ma na liście, ale jest %2. Zarejestrować obecność osoby %2?

(Nie: dodaj %1 jako nową osobę.)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="186"/>
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="187"/>
        <source>%1 is not on the list. Whom does this person represent?</source>
        <translation>Osoby %1 nie ma na liście. Kogo reprezentuje?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/attendance_tab.py" line="188"/>
        <source>(nobody / a resident)</source>
        <translation>(nikogo / mieszkaniec)</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="109"/>
        <source>SWOT board</source>
        <translation>Tablica SWOT</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="76"/>
        <source>Create a partnership CA</source>
        <translation>Utwórz urząd certyfikacji partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="76"/>
        <source>Create a signing key</source>
        <translation>Utwórz klucz do podpisu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="80"/>
        <source>Issued by the partnership CA</source>
        <translation>Wydany przez urząd certyfikacji partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="88"/>
        <source>Partners&amp;hip:</source>
        <translation>P&amp;artnerstwo:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="91"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="92"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="93"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="94"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="95"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Zapisz jako:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="98"/>
        <source>CA &amp;file:</source>
        <translation>Plik &amp;urzędu:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="99"/>
        <source>CA passp&amp;hrase:</source>
        <translation>Hasło u&amp;rzędu:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="110"/>
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="112"/>
        <source>Choose where to save the key file.</source>
        <translation>Wskaż, gdzie zapisać plik klucza.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="114"/>
        <source>Add a partnership first.</source>
        <translation>Najpierw dodaj partnerstwo.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="116"/>
        <source>Choose the partnership CA&apos;s key file.</source>
        <translation>Wskaż plik klucza urzędu certyfikacji partnerstwa.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="157"/>
        <source>Creating the key…</source>
        <translation>Tworzenie klucza…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="167"/>
        <source>Created %1 in %2.</source>
        <translation>Utworzono %1 w pliku %2.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="85"/>
        <source>Conflicts and duplicates</source>
        <translation>Konflikty i duplikaty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="91"/>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="97"/>
        <source>&amp;Take the other value</source>
        <translation>&amp;Przyjmij drugą wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="98"/>
        <source>&amp;Keep the current value</source>
        <translation>Z&amp;achowaj obecną wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="106"/>
        <source>When two laptops changed the same field, the later change was kept. Taking the other value is a new change that later packages carry.</source>
        <translation>Gdy dwa laptopy zmieniły to samo pole, zachowano późniejszą zmianę. Przyjęcie drugiej wartości jest nową zmianą, którą przeniosą kolejne paczki.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="121"/>
        <source>Changes to signed meetings, not applied</source>
        <translation>Zmiany w podpisanych spotkaniach, niezastosowane</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="126"/>
        <source>arrived for a meeting signed here</source>
        <translation>przyszła do spotkania podpisanego na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="127"/>
        <source>a second, different signed protokół; the first one stays</source>
        <translation>drugi, inny podpisany protokół; obowiązuje pierwszy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="128"/>
        <source>made here; the meeting arrived signed without it</source>
        <translation>wprowadzona tutaj; spotkanie przyszło podpisane bez niej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="131"/>
        <source>a whole row</source>
        <translation>cały wiersz</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="136"/>
        <source>Meeting %1: %2 = %3 (%4), %5</source>
        <translation>Spotkanie %1: %2 = %3 (%4), %5</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="149"/>
        <source>A signed meeting does not change. These changes arrived for signed meetings, or were made here to a meeting that arrived signed, and were kept aside, not applied. To change a signed meeting, reopen it as a new revision.</source>
        <translation>Podpisane spotkanie się nie zmienia. Te zmiany przyszły do podpisanych spotkań albo zostały wprowadzone tutaj w spotkaniu, które przyszło podpisane; odłożono je na bok, nie zastosowano. Aby zmienić podpisane spotkanie, otwórz je ponownie jako nową wersję.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="159"/>
        <source>Conflicts (%1)</source>
        <translation>Konflikty (%1)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="162"/>
        <source>Likely duplicates (%1)</source>
        <translation>Prawdopodobne duplikaty (%1)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="165"/>
        <source>Signed meetings: not applied (%1)</source>
        <translation>Podpisane spotkania: niezastosowane (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="48"/>
        <source>What</source>
        <translation>Czego dotyczy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="49"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="50"/>
        <source>Kept value</source>
        <translation>Zachowana wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="51"/>
        <source>Kept from</source>
        <translation>Źródło zachowanej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="52"/>
        <source>Other value</source>
        <translation>Druga wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="53"/>
        <source>Other from</source>
        <translation>Źródło drugiej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/conflicts.py" line="54"/>
        <source>Detected</source>
        <translation>Wykryto</translation>
    </message>
</context>
<context>
    <name>CoordinatorFolders</name>
    <message>
        <location filename="../../cwd_desktop/gui/coordinator_folders.py" line="57"/>
        <source>New packages in the inbox folders: click to import them</source>
        <translation>Nowe paczki w folderach odbiorczych: kliknij, aby je zaimportować</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/coordinator_folders.py" line="59"/>
        <source>Conflicts and changes to signed meetings wait for review</source>
        <translation>Konflikty i zmiany podpisanych spotkań czekają na przejrzenie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/coordinator_folders.py" line="126"/>
        <source>Packages for the coordinator written: %1</source>
        <translation>Zapisano paczki dla koordynatora: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cwd_desktop/gui/coordinator_folders.py" line="146"/>
        <source>%n new package(s)</source>
        <translation>
            <numerusform>%n nowa paczka</numerusform>
            <numerusform>%n nowe paczki</numerusform>
            <numerusform>%n nowych paczek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/coordinator_folders.py" line="174"/>
        <source>Imported from the inbox: %1</source>
        <translation>Zaimportowano z folderu odbiorczego: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/coordinator_folders.py" line="208"/>
        <source>Conflicts to review: %1</source>
        <translation>Konflikty do przejrzenia: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../cwd_desktop/gui/crash.py" line="28"/>
        <source>Something went wrong that CWD Desktop did not expect. Everything saved so far is kept in the database; the last action may not have been completed.

The details are in the log file:
%1

Please send this file to your coordinator.</source>
        <translation>Wystąpił błąd, którego CWD Desktop nie przewidział. Wszystko, co dotąd zapisano, pozostaje w bazie danych; ostatnia czynność mogła nie zostać dokończona.

Szczegóły są w pliku dziennika:
%1

Prosimy przesłać ten plik koordynatorowi.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/crash.py" line="54"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="47"/>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="50"/>
        <source>Checking the database and saving a backup…</source>
        <translation>Sprawdzanie bazy danych i zapisywanie kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="86"/>
        <source>Damaged database</source>
        <translation>Uszkodzona baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="89"/>
        <source>No sound backup was found.</source>
        <translation>Nie znaleziono sprawnej kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="91"/>
        <source>%1

Restore the backup of %2? The damaged file is kept beside it, renamed.</source>
        <translation>%1

Przywrócić kopię zapasową z %2? Uszkodzony plik zostanie zachowany obok, pod zmienioną nazwą.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="107"/>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="121"/>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="129"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="136"/>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="147"/>
        <source>The coordinator&apos;s package</source>
        <translation>Paczka od koordynatora</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="154"/>
        <source>The new database for this computer</source>
        <translation>Nowa baza danych tego komputera</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="172"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="180"/>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="195"/>
        <source>No other database opened yet</source>
        <translation>Nie otwierano jeszcze innej bazy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="211"/>
        <source>Backup saved: %1</source>
        <translation>Zapisano kopię zapasową: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="216"/>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="225"/>
        <source>Saved a copy as %1.</source>
        <translation>Zapisano kopię jako %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="244"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/database_actions.py" line="246"/>
        <source>Restored from %1.</source>
        <translation>Przywrócono z %1.</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="196"/>
        <source>add motion</source>
        <translation>dodanie wniosku</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="215"/>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="238"/>
        <source>change vote</source>
        <translation>zmianę głosowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="16"/>
        <source>not voted</source>
        <translation>nie głosowano</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="19"/>
        <source>NO RESULT: %1 votes cast, only %2 could vote — correct the count</source>
        <translation>BRAK WYNIKU: oddano %1 głosów, a głosować mogło %2 — popraw liczby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="24"/>
        <source>no quorum</source>
        <translation>brak kworum</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="26"/>
        <source>adopted</source>
        <translation>przyjęty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="27"/>
        <source>rejected</source>
        <translation>odrzucony</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="35"/>
        <source>%1 (%2 of %3 members present)</source>
        <translation>%1 (obecni członkowie: %2 z %3)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/verdicts.py" line="41"/>
        <source>%1 (for %2, against %3, abstaining %4; %5 of %6 members present)</source>
        <translation>%1 (za: %2, przeciw: %3, wstrzymało się: %4; obecni członkowie: %5 z %6)</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="51"/>
        <source>New motion, then Enter</source>
        <translation>Nowy wniosek, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="52"/>
        <source>New motion</source>
        <translation>Nowy wniosek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="56"/>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="188"/>
        <source>Decisions</source>
        <translation>Uchwały i decyzje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="69"/>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="69"/>
        <source>Vote</source>
        <translation>Głos</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="74"/>
        <source>Con&amp;firm the count: this many votes were cast</source>
        <translation>&amp;Potwierdzam liczby: tyle głosów oddano</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="77"/>
        <source>Votin&amp;g:</source>
        <translation>Głosowa&amp;nie:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="78"/>
        <source>&amp;Majority:</source>
        <translation>W&amp;iększość:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="79"/>
        <source>Under agenda &amp;point:</source>
        <translation>W &amp;punkcie porządku obrad:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="80"/>
        <source>For:</source>
        <translation>Za:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="81"/>
        <source>Against:</source>
        <translation>Przeciw:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="82"/>
        <source>Abstaining:</source>
        <translation>Wstrzymało się:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="137"/>
        <source>No motion selected.</source>
        <translation>Nie wybrano wniosku.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="153"/>
        <source>Add a motion to record its vote.</source>
        <translation>Dodaj wniosek, aby zapisać głosowanie.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/decisions_tab.py" line="183"/>
        <source>Result: %1</source>
        <translation>Wynik: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="56"/>
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="58"/>
        <source>Leading organisation</source>
        <translation>Lider partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="62"/>
        <source>Thematic areas</source>
        <translation>Obszary tematyczne</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="63"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="65"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="82"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="83"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="84"/>
        <source>Chair</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="84"/>
        <source>Minute-taker</source>
        <translation>Protokolant</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="87"/>
        <source>{present} people present, {represented} of {total} members represented</source>
        <translation>obecnych osób: {present}, reprezentowani członkowie: {represented} z {total}</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="90"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="97"/>
        <source>Strategic goals</source>
        <translation>Cele strategiczne</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="101"/>
        <source>Key projects</source>
        <translation>Projekty kluczowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="105"/>
        <source>Decisions</source>
        <translation>Uchwały i decyzje</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="36"/>
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="40"/>
        <source>The same partnership, member, person or meeting entered on two laptops. Merging keeps one and moves everything that refers to the other to it (meetings, people, attendance, roles, projects); the other is deleted. Later packages carry the merge to every laptop; Ctrl+Z undoes it.</source>
        <translation>To samo partnerstwo, członek, osoba lub spotkanie wprowadzone na dwóch laptopach. Scalenie zachowuje jedno i przenosi do niego wszystko, co odwołuje się do drugiego (spotkania, osoby, obecności, role, projekty); drugie zostaje usunięte. Następne paczki przeniosą scalenie na każdy laptop; Ctrl+Z je cofa.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="47"/>
        <source>&amp;Merge, keeping the first</source>
        <translation>&amp;Scal, zachowując pierwsze</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="48"/>
        <source>Merge, keeping the &amp;second</source>
        <translation>Scal, zachowując &amp;drugie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="49"/>
        <source>&amp;Undo the merge</source>
        <translation>&amp;Cofnij scalenie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="52"/>
        <source>Duplicates: undo the last merge</source>
        <translation>Duplikaty: cofnij ostatnie scalenie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="90"/>
        <source>Merge into %1</source>
        <translation>Scal w %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="92"/>
        <location filename="../../cwd_desktop/gui/duplicates_page.py" line="99"/>
        <source>Merge</source>
        <translation>Scalanie</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../cwd_desktop/gui/entity_table.py" line="164"/>
        <source>Tables: delete the selected rows</source>
        <translation>Tabele: usuń zaznaczone wiersze</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/entity_table.py" line="171"/>
        <source>Tables: back to the line that adds a row</source>
        <translation>Tabele: wróć do wiersza dodawania</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="17"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="20"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="25"/>
        <source>Member responsible</source>
        <translation>Odpowiedzialny członek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="28"/>
        <source>Due (31.12.2026)</source>
        <translation>Termin (31.12.2026)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="32"/>
        <source>Action items</source>
        <translation>Zadania do wykonania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="33"/>
        <source>add action item</source>
        <translation>dodanie zadania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="34"/>
        <source>edit action item</source>
        <translation>zmianę zadania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="35"/>
        <source>delete action items</source>
        <translation>usunięcie zadań</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="37"/>
        <source>New action item, then Enter</source>
        <translation>Nowe zadanie, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="53"/>
        <source>Author (group)</source>
        <translation>Autor (grupa)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="56"/>
        <source>Author (person)</source>
        <translation>Autor (osoba)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="59"/>
        <source>Remark</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="60"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="63"/>
        <source>Goal, project or section</source>
        <translation>Cel, projekt lub fragment</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="67"/>
        <source>Response</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="68"/>
        <source>Justification</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="71"/>
        <source>Consultation remarks</source>
        <translation>Uwagi z konsultacji</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="72"/>
        <source>add remark</source>
        <translation>dodanie uwagi</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="73"/>
        <source>edit remark</source>
        <translation>zmianę uwagi</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="74"/>
        <source>delete remarks</source>
        <translation>usunięcie uwag</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="77"/>
        <source>Who remarks (e.g. residents of Zwardoń)</source>
        <translation>Kto zgłasza (np. mieszkańcy sołectwa Zwardoń)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/follow_up_tabs.py" line="78"/>
        <source>The remark, then Enter</source>
        <translation>Treść uwagi, potem Enter</translation>
    </message>
</context>
<context>
    <name>GoalDetails</name>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="54"/>
        <source>Where the goal comes from</source>
        <translation>Skąd wynika cel</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="59"/>
        <source>Goals: remove the selected source</source>
        <translation>Cele: usuń zaznaczone źródło</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="64"/>
        <source>Strategy or SWOT item to add as a source</source>
        <translation>Strategia lub element SWOT do dodania jako źródło</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="65"/>
        <source>Add so&amp;urce</source>
        <translation>Dod&amp;aj źródło</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="80"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="81"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="82"/>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="83"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="84"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="85"/>
        <source>Target year</source>
        <translation>Rok docelowy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="86"/>
        <source>Data source</source>
        <translation>Źródło danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="87"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="88"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="91"/>
        <source>New indicator of the selected goal, then Enter</source>
        <translation>Nowy wskaźnik zaznaczonego celu, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="94"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="107"/>
        <source>Where it &amp;comes from</source>
        <translation>S&amp;kąd wynika</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="108"/>
        <source>I&amp;ndicators</source>
        <translation>Wskaź&amp;niki</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="110"/>
        <source>&amp;Key projects</source>
        <translation>Projekty k&amp;luczowe</translation>
    </message>
</context>
<context>
    <name>GoalTree</name>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="60"/>
        <source>New goal, then Enter</source>
        <translation>Nowy cel, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="61"/>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="64"/>
        <source>Level of the new goal</source>
        <translation>Poziom nowego celu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="69"/>
        <source>Goal tree</source>
        <translation>Drzewo celów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="79"/>
        <source>Goals: delete the goal (with the goals below it)</source>
        <translation>Cele: usuń cel (z celami pod nim)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="86"/>
        <source>&lt;b&gt;Goals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cele&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="87"/>
        <source>&amp;Level:</source>
        <translation>&amp;Poziom:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="133"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="134"/>
        <source>No goals yet.</source>
        <translation>Nie ma jeszcze celów.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="152"/>
        <source>Select the goal the new one belongs under: an operational objective goes under a strategic goal, a direction of action under an operational objective.</source>
        <translation>Zaznacz cel, pod którym ma się znaleźć nowy: cel operacyjny pod celem strategicznym, kierunek działań pod celem operacyjnym.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="95"/>
        <source>add indicator</source>
        <translation>dodanie wskaźnika</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="96"/>
        <source>edit indicator</source>
        <translation>zmianę wskaźnika</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="97"/>
        <source>delete indicators</source>
        <translation>usunięcie wskaźników</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="62"/>
        <source>add key project</source>
        <translation>dodanie projektu kluczowego</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="63"/>
        <source>edit key project</source>
        <translation>zmianę projektu kluczowego</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="64"/>
        <source>delete key projects</source>
        <translation>usunięcie projektów kluczowych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="218"/>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="219"/>
        <source>add strategy</source>
        <translation>dodanie strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="238"/>
        <source>pair SWOT item</source>
        <translation>powiązanie elementu SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="259"/>
        <source>unpair SWOT item</source>
        <translation>odłączenie elementu SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="267"/>
        <source>edit strategy</source>
        <translation>zmianę strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="272"/>
        <source>delete strategy</source>
        <translation>usunięcie strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="162"/>
        <source>add goal</source>
        <translation>dodanie celu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="180"/>
        <source>edit goal</source>
        <translation>zmianę celu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_tree.py" line="190"/>
        <source>delete goal</source>
        <translation>usunięcie celu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="170"/>
        <source>add goal source</source>
        <translation>dodanie źródła celu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goal_details.py" line="176"/>
        <source>remove goal source</source>
        <translation>usunięcie źródła celu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="92"/>
        <source>change project partners</source>
        <translation>zmianę partnerów projektu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goals_tab.py" line="62"/>
        <source>goals under an agenda point</source>
        <translation>cele w punkcie porządku obrad</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="44"/>
        <source>TOWS and goals</source>
        <translation>TOWS i cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goals_tab.py" line="66"/>
        <source>Agenda point of the goals</source>
        <translation>Punkt porządku obrad celów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goals_tab.py" line="67"/>
        <source>Goals in agenda &amp;point:</source>
        <translation>Cele w punkcie po&amp;rządku obrad:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/goals_tab.py" line="61"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="26"/>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="38"/>
        <source>Import preview</source>
        <translation>Podgląd importu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="29"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="30"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="31"/>
        <source>New rows</source>
        <translation>Nowe wiersze</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="32"/>
        <source>Changed fields</source>
        <translation>Zmienione pola</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="33"/>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="34"/>
        <source>What happens</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="64"/>
        <source>Nothing has been written yet. Import writes what this table shows; a backup is taken first.</source>
        <translation>Niczego jeszcze nie zapisano. Import zapisze to, co pokazuje tabela; najpierw powstanie kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="66"/>
        <source>These packages would change nothing here.</source>
        <translation>Te paczki niczego tu nie zmienią.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="82"/>
        <source>refused: %1</source>
        <translation>odrzucona: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="84"/>
        <source>still being written; left for the next import</source>
        <translation>jeszcze zapisywana; zostanie na następny import</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="86"/>
        <source>imported before; nothing to do</source>
        <translation>zaimportowana wcześniej; nic do zrobienia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="88"/>
        <source>written by this computer; not imported</source>
        <translation>zapisana przez ten komputer; nie importowana</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="90"/>
        <source>a device not accepted here (fingerprint %1); you will be asked</source>
        <translation>urządzenie niezaakceptowane tutaj (odcisk %1); padnie pytanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="93"/>
        <source>will be imported</source>
        <translation>zostanie zaimportowana</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="95"/>
        <source>a conflict copy made by %1</source>
        <translation>kopia konfliktowa utworzona przez %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="97"/>
        <source>changes to signed meetings set aside: %1</source>
        <translation>odłożone zmiany podpisanych spotkań: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/import_preview.py" line="99"/>
        <source>its device is accepted now</source>
        <translation>jej urządzenie zostanie teraz zaakceptowane</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="52"/>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="57"/>
        <source>Import report</source>
        <translation>Raport importu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_dialogs.py" line="58"/>
        <source>&amp;Restore the rows edited after deletion</source>
        <translation>P&amp;rzywróć pozycje edytowane po usunięciu</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../cwd_desktop/gui/indicator_chart.py" line="25"/>
        <source>Indicator chart</source>
        <translation>Wykres wskaźnika</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/indicator_chart.py" line="45"/>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/indicator_chart.py" line="48"/>
        <source>measured: %1</source>
        <translation>zmierzono: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/indicator_chart.py" line="60"/>
        <source>No baseline, target or measurement yet</source>
        <translation>Brak wartości bazowej, docelowej i pomiarów</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../cwd_desktop/gui/keys.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/keys.py" line="66"/>
        <source>Alt with an underlined letter moves to that field or tab. A meeting&apos;s window has keys of its own: F1 there.</source>
        <translation>Alt z podkreśloną literą przechodzi do tego pola lub karty. Okno spotkania ma własne klawisze: F1 w tym oknie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="218"/>
        <source>New partnership</source>
        <translation>Nowe partnerstwo</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="218"/>
        <source>The partnership&apos;s name:</source>
        <translation>Nazwa partnerstwa:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="266"/>
        <location filename="../../cwd_desktop/gui/main_window.py" line="270"/>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="266"/>
        <source>Select the partnership first.</source>
        <translation>Najpierw zaznacz partnerstwo.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="271"/>
        <source>The meeting&apos;s number, as on its minutes:</source>
        <translation>Numer spotkania, jak w protokole:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="299"/>
        <source>Empty database</source>
        <translation>Pusta baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="301"/>
        <source>This database has no partnerships yet. Load the two demo partnerships (Aglomeracja Beskidzka and Ziemia Wysokomazowiecka) to look around?</source>
        <translation>W tej bazie nie ma jeszcze partnerstw. Wczytać dwa partnerstwa demonstracyjne (Aglomeracja Beskidzka i Ziemia Wysokomazowiecka), aby zapoznać się z programem?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="314"/>
        <source>Cannot load the demo</source>
        <translation>Nie można wczytać danych demonstracyjnych</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cwd_desktop/gui/main_window.py" line="317"/>
        <source>Added %n demo partnership(s).</source>
        <translation>
            <numerusform>Dodano %n partnerstwo demonstracyjne.</numerusform>
            <numerusform>Dodano %n partnerstwa demonstracyjne.</numerusform>
            <numerusform>Dodano %n partnerstw demonstracyjnych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="389"/>
        <source>CWD Desktop %1 — %2</source>
        <translation>CWD Desktop %1 — %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="391"/>
        <source>Database: %1 · device: %2</source>
        <translation>Baza danych: %1 · urządzenie: %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="449"/>
        <source>Select a meeting first.</source>
        <translation>Najpierw zaznacz spotkanie.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="465"/>
        <source>Trusted on this computer: %1 (%2).</source>
        <translation>Zaufane na tym komputerze: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="478"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="382"/>
        <source>&lt;p&gt;No partnerships yet. Use &lt;b&gt;File → Load demo partnerships&lt;/b&gt; to add the two demo partnerships.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nie ma jeszcze partnerstw. Wybierz &lt;b&gt;Plik → Wczytaj partnerstwa demonstracyjne&lt;/b&gt;, aby dodać dwa partnerstwa demonstracyjne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="275"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="495"/>
        <source>The log folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu dziennika %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="498"/>
        <source>The log file: %1</source>
        <translation>Plik dziennika: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="503"/>
        <source>About CWD Desktop</source>
        <translation>O programie CWD Desktop</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="505"/>
        <source>&lt;p&gt;&lt;b&gt;CWD Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Workshops, SWOT analysis, goals and minutes for partnerships of local governments (Centrum Wsparcia Doradczego). Works offline; your data stays in the database file on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CWD Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Warsztaty, analiza SWOT, cele i protokoły dla partnerstw jednostek samorządu terytorialnego (Centrum Wsparcia Doradczego). Działa bez internetu; dane pozostają w pliku bazy danych na tym komputerze.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>CWD Desktop</source>
        <translation>CWD Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>Partnerships and meetings</source>
        <translation>Partnerstwa i spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>Details of the selected item</source>
        <translation>Szczegóły zaznaczonej pozycji</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>Open &amp;recent</source>
        <translation>Otwórz os&amp;tatnie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>&amp;Partnership</source>
        <translation>P&amp;artnerstwo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="93"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nowe partnerstwo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Edit partnership, members and people…</source>
        <translation>&amp;Edytuj partnerstwo, członków i osoby…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="125"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>&amp;Strategy: goals, indicators, projects…</source>
        <translation>&amp;Strategia: cele, wskaźniki, projekty…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="138"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nowe spotkanie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="146"/>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="149"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="154"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="157"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="162"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="170"/>
        <source>&amp;Start from the coordinator&apos;s package…</source>
        <translation>&amp;Rozpocznij od paczki koordynatora…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>Load &amp;demo partnerships</source>
        <translation>Wczytaj partnerstwa &amp;demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="183"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196"/>
        <source>&amp;Projector of the selected meeting</source>
        <translation>&amp;Projektor zaznaczonego spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="204"/>
        <source>&amp;Open the meeting&apos;s workspace</source>
        <translation>&amp;Otwórz obszar roboczy spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="207"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="212"/>
        <source>&amp;Minutes (protokół)…</source>
        <translation>&amp;Protokół…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="220"/>
        <source>Create a &amp;signing key…</source>
        <translation>Utwórz klucz do &amp;podpisu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>Create a partnership C&amp;A…</source>
        <translation>Utwórz u&amp;rząd certyfikacji partnerstwa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230"/>
        <source>&amp;Verify signed minutes…</source>
        <translation>&amp;Sprawdź podpisany protokół…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>&amp;Export for the coordinator…</source>
        <translation>&amp;Eksport dla koordynatora…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="240"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importuj paczki…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Import a &amp;folder of packages…</source>
        <translation>Importuj &amp;folder z paczkami…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>&amp;Conflicts and duplicates…</source>
        <translation>&amp;Konflikty i duplikaty…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255"/>
        <source>This computer&apos;s &amp;name and fingerprint…</source>
        <translation>&amp;Nazwa i odcisk tego komputera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="260"/>
        <source>Save a &amp;copy…</source>
        <translation>Zapisz &amp;kopię…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="265"/>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="270"/>
        <source>&amp;Trust a partnership CA…</source>
        <translation>&amp;Zaufaj urzędowi certyfikacji partnerstwa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="278"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="283"/>
        <source>Show the &amp;log file</source>
        <translation>Pokaż plik &amp;dziennika</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="286"/>
        <source>The folder of the log of what the application did, to send when something goes wrong</source>
        <translation>Folder dziennika pracy programu — do przesłania, gdy coś pójdzie nie tak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="291"/>
        <source>&amp;About CWD Desktop</source>
        <translation>&amp;O programie CWD Desktop</translation>
    </message>
</context>
<context>
    <name>MatrixCanvas</name>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="146"/>
        <source>Prioritisation matrix</source>
        <translation>Macierz priorytetów</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="39"/>
        <source>Meeting %1</source>
        <translation>Spotkanie %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="41"/>
        <source>signed, read-only</source>
        <translation>podpisane, tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="52"/>
        <source>&amp;Details and agenda</source>
        <translation>&amp;Dane i porządek obrad</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="53"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Obecność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="54"/>
        <source>&amp;SWOT</source>
        <translation>&amp;SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="56"/>
        <source>&amp;TOWS and goals</source>
        <translation>&amp;TOWS i cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="58"/>
        <source>Priorities</source>
        <translation>Priorytety</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="61"/>
        <source>Decisi&amp;ons</source>
        <translation>&amp;Głosowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="63"/>
        <source>Action &amp;items</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="65"/>
        <source>Consultation &amp;remarks</source>
        <translation>&amp;Uwagi z konsultacji</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="82"/>
        <source>&amp;Projector: SWOT board</source>
        <translation>&amp;Projektor: tablica SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="83"/>
        <source>Projector: &amp;goals</source>
        <translation>Projektor: &amp;cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="84"/>
        <source>Projector: &amp;decision result</source>
        <translation>Projektor: &amp;wynik głosowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="85"/>
        <source>Projector: &amp;TOWS strategies</source>
        <translation>Projektor: strategie &amp;TOWS</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="86"/>
        <source>Projector: prioritisation &amp;matrix</source>
        <translation>Projektor: &amp;macierz priorytetów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="92"/>
        <source>Projector: &amp;full screen on or off</source>
        <translation>Projektor: pełny &amp;ekran lub okno</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="93"/>
        <source>Projector: show or hide the &amp;vote counts</source>
        <translation>Projektor: pokaż lub ukryj &amp;liczby głosów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="94"/>
        <source>Projector: show or hide the cards&apos; &amp;authors</source>
        <translation>Projektor: pokaż lub ukryj &amp;autorów kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="136"/>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="136"/>
        <source>Redone: %1</source>
        <translation>Ponowiono: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/meeting_window.py" line="80"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="54"/>
        <source>Language of the minutes</source>
        <translation>Język protokołu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="56"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="57"/>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Podpisz i eksportuj…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="58"/>
        <source>&amp;Attendance sheet…</source>
        <translation>&amp;Lista obecności…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="59"/>
        <source>Version for &amp;BIP…</source>
        <translation>Wersja do &amp;BIP…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="60"/>
        <source>&amp;Word copy…</source>
        <translation>Kopia w &amp;Wordzie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="62"/>
        <source>An editable copy of the minutes for Word; the signed PDF stays the record.</source>
        <translation>Edytowalna kopia protokołu do Worda; dokumentem pozostaje podpisany PDF.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="66"/>
        <source>The minutes for publication in BIP: private persons by initials or role (as set for each person in the partnership&apos;s people), no signatures.</source>
        <translation>Protokół do publikacji w BIP: osoby prywatne inicjałami lub rolą (jak ustawiono dla każdej osoby partnerstwa), bez podpisów.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="70"/>
        <source>&amp;Reopen as a new revision</source>
        <translation>&amp;Otwórz ponownie jako nową wersję</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="113"/>
        <source>Minutes %1</source>
        <translation>Protokół %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="119"/>
        <source>Signed by %1 on %2. The meeting is read-only; reopen it as a new revision to change anything.</source>
        <translation>Podpisał(a): %1, %2. Spotkanie jest tylko do odczytu; aby coś zmienić, otwórz je ponownie jako nową wersję.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="124"/>
        <source>Not signed yet. Signing closes the meeting: it becomes read-only.</source>
        <translation>Protokół nie jest jeszcze podpisany. Podpisanie zamyka spotkanie: stanie się ono tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="145"/>
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="150"/>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="169"/>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="201"/>
        <source>Choose your signing key</source>
        <translation>Wybierz swój klucz do podpisu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="174"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="175"/>
        <source>Passphrase of %1:</source>
        <translation>Hasło do %1:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="193"/>
        <source>Signing key</source>
        <translation>Klucz do podpisu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="194"/>
        <source>Signing needs your signing key (a .p12 file). Do you have one, or create it now?</source>
        <translation>Do podpisania potrzebny jest Twój klucz do podpisu (plik .p12). Masz go już, czy utworzyć go teraz?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="195"/>
        <source>&amp;Choose the key file…</source>
        <translation>&amp;Wskaż plik klucza…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="196"/>
        <source>C&amp;reate a key now…</source>
        <translation>&amp;Utwórz klucz teraz…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="215"/>
        <source>Export the minutes</source>
        <translation>Eksport protokołu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="219"/>
        <source>Exporting the minutes…</source>
        <translation>Eksportowanie protokołu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="228"/>
        <source>Save the signed minutes</source>
        <translation>Zapisz podpisany protokół</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="232"/>
        <source>Signing the minutes…</source>
        <translation>Podpisywanie protokołu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="238"/>
        <source>Export the attendance sheet</source>
        <translation>Eksport listy obecności</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="242"/>
        <source>Exporting the attendance sheet…</source>
        <translation>Eksportowanie listy obecności…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="248"/>
        <source>Save the version for BIP</source>
        <translation>Zapisz wersję do BIP</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="252"/>
        <source>Exporting the version for BIP…</source>
        <translation>Eksport wersji do BIP…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="259"/>
        <source>Save the Word working copy</source>
        <translation>Zapisz kopię roboczą w Wordzie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="263"/>
        <source>Writing the Word copy…</source>
        <translation>Zapisywanie kopii w Wordzie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="273"/>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="278"/>
        <source>Reopen the meeting</source>
        <translation>Ponowne otwarcie spotkania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/minutes_dialog.py" line="280"/>
        <source>Make a new draft revision of this meeting with all its content? The signed minutes stay as they are.</source>
        <translation>Utworzyć nową, roboczą wersję spotkania z całą jego treścią? Podpisany protokół pozostanie bez zmian.</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="28"/>
        <source>Partnership / meeting</source>
        <translation>Partnerstwo / spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="28"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="36"/>
        <source>draft</source>
        <translation>roboczy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="37"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/models/navigator.py" line="38"/>
        <source>signed</source>
        <translation>podpisany</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../cwd_desktop/gui/preview.py" line="42"/>
        <source>Page preview</source>
        <translation>Podgląd stron</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/partners_dialog.py" line="17"/>
        <source>Partners of “%1”</source>
        <translation>Partnerzy projektu „%1”</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partners_dialog.py" line="19"/>
        <source>Partner members</source>
        <translation>Członkowie partnerzy</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="50"/>
        <source>edit partnership</source>
        <translation>zmianę danych partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="63"/>
        <source>add member</source>
        <translation>dodanie członka</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="64"/>
        <source>edit member</source>
        <translation>zmianę członka</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="65"/>
        <source>delete members</source>
        <translation>usunięcie członków</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="89"/>
        <source>add person</source>
        <translation>dodanie osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="90"/>
        <source>edit person</source>
        <translation>zmianę danych osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="91"/>
        <source>delete people</source>
        <translation>usunięcie osób</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="140"/>
        <source>import people</source>
        <translation>import osób</translation>
    </message>
</context>
<context>
    <name>PartnershipSwot</name>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="49"/>
        <source>&amp;Meeting:</source>
        <translation>Spot&amp;kanie:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="49"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="46"/>
        <source>Only the diag&amp;nosis</source>
        <translation>Tylko d&amp;iagnoza</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="50"/>
        <source>Group (the session&apos;s topic)</source>
        <translation>Grupa (temat sesji)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="50"/>
        <source>Gr&amp;oup:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="51"/>
        <source>T&amp;heme:</source>
        <translation>Te&amp;mat:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="51"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="61"/>
        <source>Quadrant</source>
        <translation>Ćwiartka</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="61"/>
        <source>Factor</source>
        <translation>Czynnik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="61"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="61"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="61"/>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="65"/>
        <source>The SWOT of every meeting of the partnership</source>
        <translation>SWOT ze wszystkich spotkań partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="71"/>
        <source>Ctrl+M merges the selected cards into the first; Space puts them in the diagnosis or out.</source>
        <translation>Ctrl+M scala zaznaczone karty z pierwszą z nich; spacja dodaje je do diagnozy lub z niej usuwa.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="81"/>
        <source>SWOT of the partnership: merge the selected cards</source>
        <translation>SWOT partnerstwa: scal zaznaczone karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="188"/>
        <source>SWOT of the partnership: in the diagnosis or out</source>
        <translation>SWOT partnerstwa: do diagnozy lub z niej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="189"/>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="98"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="127"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
</context>
<context>
    <name>PartnershipWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="34"/>
        <source>Partnership: %1</source>
        <translation>Partnerstwo: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="46"/>
        <source>&amp;Voivodeship:</source>
        <translation>&amp;Województwo:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="47"/>
        <source>&amp;Lead organisation:</source>
        <translation>&amp;Lider partnerstwa:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="48"/>
        <source>&amp;Description:</source>
        <translation>O&amp;pis:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="57"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="57"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="57"/>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="59"/>
        <source>New member (e.g. Gmina Rajcza), then Enter</source>
        <translation>Nowy członek (np. Gmina Rajcza), potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="62"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="73"/>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="75"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="77"/>
        <source>Ms / Mr</source>
        <translation>Pani / Pan</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="78"/>
        <source>In BIP</source>
        <translation>W BIP</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="79"/>
        <source>Member represented</source>
        <translation>Reprezentowany członek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="80"/>
        <source>Affiliation (no member)</source>
        <translation>Instytucja (spoza członków)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="82"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="85"/>
        <source>New person (first and last name), then Enter</source>
        <translation>Nowa osoba (imię i nazwisko), potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="88"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="95"/>
        <source>&amp;Members</source>
        <translation>&amp;Członkowie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="96"/>
        <source>Pe&amp;ople</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="102"/>
        <source>&amp;Partnership</source>
        <translation>P&amp;artnerstwo</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="103"/>
        <source>&amp;Import people from CSV…</source>
        <translation>&amp;Importuj osoby z CSV…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="107"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="115"/>
        <source>%1 (by role)</source>
        <translation>%1 (według roli)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="122"/>
        <source>%1 (from the first name)</source>
        <translation>%1 (wg imienia)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="132"/>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="148"/>
        <source>Import people</source>
        <translation>Import osób</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="132"/>
        <source>CSV files (*.csv);;*</source>
        <translation>Pliki CSV (*.csv);;*</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cwd_desktop/gui/partnership_window.py" line="152"/>
        <source>Imported %n person(s).</source>
        <translation>
            <numerusform>Zaimportowano %n osobę.</numerusform>
            <numerusform>Zaimportowano %n osoby.</numerusform>
            <numerusform>Zaimportowano %n osób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="45"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="138"/>
        <source>Phase timer</source>
        <translation>Timer etapu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="149"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="149"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuty:</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="33"/>
        <source>Writing cards</source>
        <translation>Pisanie kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="34"/>
        <source>Grouping</source>
        <translation>Grupowanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="35"/>
        <source>Voting</source>
        <translation>Głosowanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="36"/>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
</context>
<context>
    <name>PhotosDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="41"/>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="44"/>
        <source>Photos of the flipchart</source>
        <translation>Zdjęcia flipchartu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="46"/>
        <source>&amp;Add a photo…</source>
        <translation>&amp;Dodaj zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="48"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="91"/>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="99"/>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="107"/>
        <source>Photo of the flipchart</source>
        <translation>Zdjęcie flipchartu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="93"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="99"/>
        <source>What the photo shows (optional):</source>
        <translation>Co przedstawia zdjęcie (nieobowiązkowo):</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="109"/>
        <source>add a photo of the flipchart</source>
        <translation>dodanie zdjęcia flipchartu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="126"/>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="133"/>
        <source>Save a copy of the photo</source>
        <translation>Zapisz kopię zdjęcia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/photos_dialog.py" line="139"/>
        <source>remove a photo of the flipchart</source>
        <translation>usunięcie zdjęcia flipchartu</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="103"/>
        <source>impact (0–10)</source>
        <translation>wpływ (0–10)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="95"/>
        <source>feasibility (0–10)</source>
        <translation>wykonalność (0–10)</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="176"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="177"/>
        <source>Direction or project</source>
        <translation>Kierunek działań lub projekt</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="178"/>
        <source>Impact</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="179"/>
        <source>Feasibility</source>
        <translation>Wykonalność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="180"/>
        <source>Quadrant</source>
        <translation>Ćwiartka</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="181"/>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="182"/>
        <source>Project kind</source>
        <translation>Rodzaj projektu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="185"/>
        <source>Scores of directions and projects</source>
        <translation>Oceny kierunków i projektów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="196"/>
        <source>&amp;Mark projects by the ranking…</source>
        <translation>Oznacz projekty według ran&amp;kingu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="199"/>
        <source>Number the ranking again</source>
        <translation>Ponumeruj ranking od nowa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="201"/>
        <source>Scores typed on two computers and merged: the places no longer follow from the scores.</source>
        <translation>Oceny wpisane na dwóch komputerach i scalone: miejsca nie wynikają już z ocen.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="237"/>
        <source>direction</source>
        <translation>kierunek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="237"/>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="270"/>
        <source>A score is a whole number from 0 to 10 (empty: not scored).</source>
        <translation>Ocena to liczba całkowita od 0 do 10 (puste pole: bez oceny).</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="280"/>
        <source>score</source>
        <translation>ocena</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="286"/>
        <source>number the ranking again</source>
        <translation>ponowne numerowanie rankingu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="291"/>
        <source>Score the projects first: the ranking comes from their scores.</source>
        <translation>Najpierw oceń projekty: ranking wynika z ocen.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="295"/>
        <source>Mark projects by the ranking</source>
        <translation>Oznacz projekty według rankingu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="296"/>
        <source>How many of the first projects of the ranking are key (the others complementary)?</source>
        <translation>Ile pierwszych projektów rankingu to projekty kluczowe (pozostałe: uzupełniające)?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="308"/>
        <source>mark projects by the ranking</source>
        <translation>oznaczenie projektów według rankingu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/priority_matrix.py" line="312"/>
        <source>Prioritisation matrix</source>
        <translation>Macierz priorytetów</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="42"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="43"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="44"/>
        <source>Leader</source>
        <translation>Lider</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="45"/>
        <source>Partners (Ctrl+P)</source>
        <translation>Partnerzy (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="46"/>
        <source>Cost (PLN)</source>
        <translation>Koszt (zł)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="47"/>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="48"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="49"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="51"/>
        <source>Progress %</source>
        <translation>Postęp %</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="52"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="53"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="56"/>
        <source>New key project, then Enter</source>
        <translation>Nowy projekt kluczowy, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="61"/>
        <source>Key projects</source>
        <translation>Projekty kluczowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/project_table.py" line="72"/>
        <source>Key projects: the project&apos;s partners</source>
        <translation>Projekty kluczowe: partnerzy projektu</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="219"/>
        <source>CWD Desktop — projector</source>
        <translation>CWD Desktop — projektor</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="232"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="234"/>
        <source>Phase timer</source>
        <translation>Timer etapu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="253"/>
        <source>Projector: close</source>
        <translation>Projektor: zamknij</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="255"/>
        <source>Projector: the SWOT board</source>
        <translation>Projektor: tablica SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="256"/>
        <source>Projector: the goals</source>
        <translation>Projektor: cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="257"/>
        <source>Projector: the decision&apos;s result</source>
        <translation>Projektor: wynik głosowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="258"/>
        <source>Projector: the TOWS strategies</source>
        <translation>Projektor: strategie TOWS</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="259"/>
        <source>Projector: the prioritisation matrix</source>
        <translation>Projektor: macierz priorytetów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="262"/>
        <source>Projector: full screen on or off</source>
        <translation>Projektor: pełny ekran lub okno</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="264"/>
        <source>Projector: the selected card big, or the board again</source>
        <translation>Projektor: wybrana karta w powiększeniu albo znów cała tablica</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="266"/>
        <source>Projector: show or hide the vote counts</source>
        <translation>Projektor: pokaż lub ukryj liczby głosów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="267"/>
        <source>Projector: show or hide the cards&apos; authors</source>
        <translation>Projektor: pokaż lub ukryj autorów kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="268"/>
        <source>Projector: next page</source>
        <translation>Projektor: następna strona</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="269"/>
        <source>Projector: previous page</source>
        <translation>Projektor: poprzednia strona</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="270"/>
        <source>Timer: start or pause</source>
        <translation>Timer: start lub pauza</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="271"/>
        <source>Timer: one minute more</source>
        <translation>Timer: jedna minuta więcej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="272"/>
        <source>Timer: reset</source>
        <translation>Timer: wyzeruj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="299"/>
        <source>meeting %1</source>
        <translation>spotkanie %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="303"/>
        <source>present: %1</source>
        <translation>obecnych: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="306"/>
        <source>votes hidden</source>
        <translation>głosy ukryte</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="308"/>
        <source>page %1 of %2</source>
        <translation>strona %1 z %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/projector.py" line="320"/>
        <source>paused</source>
        <translation>pauza</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/restore_dialog.py" line="16"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/restore_dialog.py" line="20"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/restore_dialog.py" line="31"/>
        <source>The current state is backed up before the chosen backup replaces it.</source>
        <translation>Zanim wybrana kopia zastąpi obecny stan, zostanie on zapisany jako kopia zapasowa.</translation>
    </message>
</context>
<context>
    <name>SWOT</name>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="240"/>
        <source>SWOT under an agenda point</source>
        <translation>SWOT w punkcie porządku obrad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="32"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="33"/>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="37"/>
        <source>Windows opened from now on speak the new language; the minutes stay in Polish.</source>
        <translation>Nowy język obowiązuje w oknach otwieranych od teraz; protokoły pozostają po polsku.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="41"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="42"/>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="97"/>
        <source>Folder for the coordinator</source>
        <translation>Folder dla koordynatora</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="43"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="50"/>
        <source>A folder your sync program (Syncthing, Nextcloud, a network share) sends to the coordinator. Each partnership&apos;s package is written there when a meeting&apos;s window closes, when the program closes and every hour while there are changes.</source>
        <translation>Folder, który program synchronizujący (Syncthing, Nextcloud, udział sieciowy) wysyła do koordynatora. Paczka każdego partnerstwa jest w nim zapisywana po zamknięciu okna spotkania, przy zamykaniu programu i co godzinę, jeśli są zmiany.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="58"/>
        <source>Inbox folders</source>
        <translation>Foldery odbiorcze</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="61"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="62"/>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="73"/>
        <source>New packages in the inbox</source>
        <translation>Nowe paczki w folderze odbiorczym</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="74"/>
        <source>Show a badge; import when I click it</source>
        <translation>Pokaż znacznik; importuj po kliknięciu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="75"/>
        <source>Import them at once, in the background</source>
        <translation>Importuj od razu, w tle</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="82"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="84"/>
        <source>&amp;Folder for the coordinator:</source>
        <translation>&amp;Folder dla koordynatora:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="86"/>
        <source>&amp;Inbox folders:</source>
        <translation>Foldery &amp;odbiorcze:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="87"/>
        <source>&amp;New packages there:</source>
        <translation>&amp;Nowe paczki w nich:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/settings_dialog.py" line="102"/>
        <source>Inbox folder</source>
        <translation>Folder odbiorczy</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="97"/>
        <source>add measurement</source>
        <translation>dodanie pomiaru</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="98"/>
        <source>edit measurement</source>
        <translation>zmiana pomiaru</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="99"/>
        <source>delete measurements</source>
        <translation>usunięcie pomiarów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="142"/>
        <source>add joint action</source>
        <translation>dodanie działania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="143"/>
        <source>edit joint action</source>
        <translation>zmiana działania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="144"/>
        <source>delete joint actions</source>
        <translation>usunięcie działań</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="415"/>
        <source>issue project list</source>
        <translation>wydanie listy projektów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="147"/>
        <source>merge SWOT cards</source>
        <translation>scalenie kart SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/partnership_swot.py" line="165"/>
        <source>diagnosis</source>
        <translation>diagnoza</translation>
    </message>
</context>
<context>
    <name>StrategyWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="59"/>
        <source>Strategy: %1</source>
        <translation>Strategia: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="65"/>
        <source>The strategy at a glance</source>
        <translation>Strategia w skrócie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="76"/>
        <source>Indicators of the strategy</source>
        <translation>Wskaźniki strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="83"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="317"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="84"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="316"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="85"/>
        <source>Data source</source>
        <translation>Źródło danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="86"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="89"/>
        <source>Year of the measurement</source>
        <translation>Rok pomiaru</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="89"/>
        <source>Value, then Enter</source>
        <translation>Wartość, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="96"/>
        <source>Measurements</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="113"/>
        <source>The selected project&apos;s history</source>
        <translation>Historia zaznaczonego projektu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="125"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="126"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="127"/>
        <source>Leader</source>
        <translation>Lider</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="128"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="321"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="129"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="322"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="130"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="312"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="131"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="310"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="134"/>
        <source>New joint action, then Enter</source>
        <translation>Nowe wspólne działanie, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="141"/>
        <source>Plan of joint actions</source>
        <translation>Plan wspólnych działań</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="151"/>
        <source>&amp;Dashboard</source>
        <translation>P&amp;ulpit</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="152"/>
        <source>&amp;Goals</source>
        <translation>&amp;Cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="153"/>
        <source>&amp;Indicators and measurements</source>
        <translation>Wskaźniki i p&amp;omiary</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="154"/>
        <source>&amp;Projects</source>
        <translation>P&amp;rojekty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="155"/>
        <source>Plan of &amp;joint actions</source>
        <translation>Plan wspólnych &amp;działań</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="156"/>
        <source>&amp;SWOT of the partnership</source>
        <translation>&amp;SWOT partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="158"/>
        <source>Every change to the strategy, newest first</source>
        <translation>Wszystkie zmiany strategii, od najnowszej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="161"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="162"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="163"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="164"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="165"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="166"/>
        <source>Was</source>
        <translation>Było</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="167"/>
        <source>Is</source>
        <translation>Jest</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="173"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="176"/>
        <source>S&amp;trategy</source>
        <translation>S&amp;trategia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="177"/>
        <source>Export for &amp;Word…</source>
        <translation>Eksport do &amp;Worda…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="178"/>
        <source>Export for E&amp;xcel…</source>
        <translation>Eksport do E&amp;xcela…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="179"/>
        <source>&amp;Import measurements from CSV…</source>
        <translation>&amp;Import pomiarów z CSV…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="181"/>
        <source>Issue the &amp;key project list</source>
        <translation>Wydaj listę projektów &amp;kluczowych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="183"/>
        <source>Issue the com&amp;plementary project list</source>
        <translation>Wydaj listę projektów &amp;uzupełniających</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="186"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="188"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="189"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="219"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="221"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="222"/>
        <source>%1 on track, %2 behind, %3 not measured yet</source>
        <translation>zgodnie z planem: %1, opóźnione: %2, jeszcze niemierzone: %3</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="228"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="230"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="232"/>
        <source>Overdue joint actions</source>
        <translation>Zaległe wspólne działania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="233"/>
        <source>Last meeting</source>
        <translation>Ostatnie spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="234"/>
        <source>Next meeting</source>
        <translation>Następne spotkanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="243"/>
        <source>Indicators behind their plan</source>
        <translation>Wskaźniki opóźnione względem planu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="249"/>
        <source>Projects done</source>
        <translation>Projekty zrealizowane</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="300"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="350"/>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="308"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="309"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="311"/>
        <source>Progress %</source>
        <translation>Postęp %</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="313"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="314"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="315"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="318"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="319"/>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="320"/>
        <source>Cost (PLN)</source>
        <translation>Koszt (zł)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="323"/>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="334"/>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="362"/>
        <source>Word documents (*.docx)</source>
        <translation>Dokumenty Worda (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="365"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="369"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="377"/>
        <source>Export the strategy</source>
        <translation>Eksport strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="380"/>
        <source>Exporting the strategy…</source>
        <translation>Zapisywanie strategii…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="385"/>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="394"/>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="405"/>
        <source>Import measurements</source>
        <translation>Import pomiarów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="394"/>
        <source>CSV files (*.csv);;*</source>
        <translation>Pliki CSV (*.csv);;*</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="408"/>
        <source>Measurements added: %1, replaced: %2</source>
        <translation>Dodane pomiary: %1, zastąpione: %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="419"/>
        <source>Issued the key project list: version %1 of %2</source>
        <translation>Wydano listę projektów kluczowych: wersja %1 z %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/strategy_window.py" line="421"/>
        <source>Issued the complementary project list: version %1 of %2</source>
        <translation>Wydano listę projektów uzupełniających: wersja %1 z %2</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="99"/>
        <source>Set the card&apos;s votes to the number counted in the hall</source>
        <translation>Ustaw głosy karty na liczbę policzoną na sali</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="101"/>
        <source>One vote more for the selected cards</source>
        <translation>Jeden głos więcej dla zaznaczonych kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="102"/>
        <source>One vote less for the selected cards</source>
        <translation>Jeden głos mniej dla zaznaczonych kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="105"/>
        <source>Delete the selected cards</source>
        <translation>Usuń zaznaczone karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="107"/>
        <source>Edit the card&apos;s text</source>
        <translation>Edytuj treść karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="110"/>
        <source>Show the card big on the projector, or the board again</source>
        <translation>Pokaż kartę w powiększeniu na projektorze albo znów całą tablicę</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="118"/>
        <source>Votes: %1 — Enter sets them, Esc cancels</source>
        <translation>Głosy: %1 — Enter zapisuje, Esc anuluje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="162"/>
        <source>Show the cards of the theme</source>
        <translation>Pokaż karty z tematu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="163"/>
        <source>All themes</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="190"/>
        <source>SWOT: new cards go to %1</source>
        <translation>SWOT: nowe karty trafiają do: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="193"/>
        <source>SWOT: merge the selected cards</source>
        <translation>SWOT: scal zaznaczone karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="194"/>
        <source>SWOT: a TOWS strategy from the selected cards</source>
        <translation>SWOT: strategia TOWS z zaznaczonych kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="195"/>
        <source>SWOT: the selected cards&apos; theme</source>
        <translation>SWOT: temat zaznaczonych kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="196"/>
        <source>SWOT: sort the board by votes</source>
        <translation>SWOT: posortuj tablicę według głosów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="201"/>
        <source>SWOT: move the selected cards to %1</source>
        <translation>SWOT: przenieś zaznaczone karty do: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="205"/>
        <source>SWOT: move the card up</source>
        <translation>SWOT: przesuń kartę w górę</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="206"/>
        <source>SWOT: move the card down</source>
        <translation>SWOT: przesuń kartę w dół</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="212"/>
        <source>T&amp;heme:</source>
        <translation>Te&amp;mat:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="215"/>
        <source>New card</source>
        <translation>Nowa karta</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="220"/>
        <source>SWOT: from the new card line into the cards</source>
        <translation>SWOT: z wiersza nowej karty do kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="244"/>
        <source>Agenda point of the SWOT</source>
        <translation>Punkt porządku obrad analizy SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="245"/>
        <source>The minutes print the SWOT and TOWS under this point&apos;s &quot;Ad. N&quot;.</source>
        <translation>Protokół umieści SWOT i TOWS pod „Ad. N” tego punktu.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="246"/>
        <source>In &amp;point:</source>
        <translation>W pun&amp;kcie:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="255"/>
        <source>Goals the selected card feeds</source>
        <translation>Cele, którym służy zaznaczona karta</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="269"/>
        <source>Add to %1:</source>
        <translation>Dodaj do: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="306"/>
        <source>Feeds the goals: %1</source>
        <translation>Służy celom: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="306"/>
        <source>This card feeds no goal yet.</source>
        <translation>Ta karta nie służy jeszcze żadnemu celowi.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="322"/>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="346"/>
        <source>hide the cards&apos; authors</source>
        <translation>ukrycie autorów kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="346"/>
        <source>show the cards&apos; authors</source>
        <translation>pokazanie autorów kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="380"/>
        <source>delete cards</source>
        <translation>usunięcie kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="401"/>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="406"/>
        <source>Merge cards</source>
        <translation>Łączenie kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="401"/>
        <source>Select two or more cards to merge.</source>
        <translation>Zaznacz co najmniej dwie karty do połączenia.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="428"/>
        <source>move cards</source>
        <translation>przeniesienie kart</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="450"/>
        <source>sort by votes</source>
        <translation>sortowanie według głosów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="480"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="480"/>
        <source>Theme of the selected cards:</source>
        <translation>Temat zaznaczonych kart:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="490"/>
        <source>set theme</source>
        <translation>ustawienie tematu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="516"/>
        <location filename="../../cwd_desktop/gui/swot_board.py" line="520"/>
        <source>TOWS strategy</source>
        <translation>Strategia TOWS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cwd_desktop/gui/swot_board.py" line="521"/>
        <source>%1 strategy pairing %n card(s):</source>
        <translation>
            <numerusform>Strategia %1 łącząca %n kartę:</numerusform>
            <numerusform>Strategia %1 łącząca %n karty:</numerusform>
            <numerusform>Strategia %1 łącząca %n kart:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwotCommands</name>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="49"/>
        <source>add card</source>
        <translation>dodanie karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="23"/>
        <source>edit card</source>
        <translation>edycję karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="28"/>
        <source>delete card</source>
        <translation>usunięcie karty</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="34"/>
        <source>vote</source>
        <translation>głos</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/swot_commands.py" line="43"/>
        <source>merge cards</source>
        <translation>połączenie kart</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="37"/>
        <source>Export for the coordinator</source>
        <translation>Eksport dla koordynatora</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="48"/>
        <source>Writing the package…</source>
        <translation>Zapisywanie paczki…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="52"/>
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="59"/>
        <source>Import packages</source>
        <translation>Import paczek</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="67"/>
        <source>Import every new package of a folder</source>
        <translation>Import wszystkich nowych paczek z folderu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="100"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="100"/>
        <source>Reading the packages…</source>
        <translation>Odczytywanie paczek…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="118"/>
        <source>New devices</source>
        <translation>Nowe urządzenia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="120"/>
        <source>These packages come from devices not accepted on this computer:

%1

Compare each fingerprint with the one its owner reads out (Tools → This computer&apos;s name and fingerprint… shows it on their laptop). Accept these devices and import their packages?</source>
        <translation>Te paczki pochodzą z urządzeń nieprzyjętych na tym komputerze:

%1

Porównaj każdy odcisk z tym, który odczyta jego właściciel (na jego laptopie pokazuje go Narzędzia → Nazwa i odcisk tego komputera…). Przyjąć te urządzenia i zaimportować ich paczki?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="148"/>
        <source>This computer&apos;s name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/sync_actions.py" line="150"/>
        <source>This computer&apos;s fingerprint, to read out to the coordinator: %1

The name shown to the coordinator in import reports, e.g. &quot;Laptop moderatora — Rajcza&quot;:</source>
        <translation>Odcisk tego komputera, do odczytania koordynatorowi: %1

Nazwa pokazywana koordynatorowi w raportach importu, np. „Laptop moderatora — Rajcza”:</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="38"/>
        <source>Paper voting: dots counted on the flipchart</source>
        <translation>Głosowanie na papierze: kropki policzone na flipcharcie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="42"/>
        <source>not set</source>
        <translation>nie ustalono</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="46"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="52"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Kropki na osobę:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="52"/>
        <source>At &amp;most on one card:</source>
        <translation>&amp;Najwyżej na jedną kartę:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="58"/>
        <source>Quadrant</source>
        <translation>Ćwiartka</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="58"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="58"/>
        <source>Dots</source>
        <translation>Kropki</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="59"/>
        <source>Dots counted per card</source>
        <translation>Kropki policzone na każdej karcie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="70"/>
        <source>Dots counted against the dots the room had</source>
        <translation>Policzone kropki wobec kropek, które miała sala</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="111"/>
        <source>paper voting rules</source>
        <translation>zasady głosowania na papierze</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="119"/>
        <source>Type the number of dots counted on the card (a whole number).</source>
        <translation>Wpisz liczbę kropek policzonych na karcie (liczbę całkowitą).</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="135"/>
        <source>Counted: %1 dots.</source>
        <translation>Policzone kropki: %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="137"/>
        <source>The room had %1 × %2 present = %3.</source>
        <translation>Sala miała %1 × %2 obecnych = %3.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="144"/>
        <source>The count agrees.</source>
        <translation>Liczba się zgadza.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="147"/>
        <source>%1 dots more than the room had: count again.</source>
        <translation>Kropek jest o %1 więcej, niż miała sala: policz jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="151"/>
        <source>%1 dots fewer: not all given, or not all typed yet.</source>
        <translation>Kropek jest o %1 mniej: nie wszystkie oddano albo nie wszystkie wpisano.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="154"/>
        <source>Set the dots per person to check the count.</source>
        <translation>Ustal liczbę kropek na osobę, aby sprawdzić sumę.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tally_dialog.py" line="157"/>
        <source>More dots than the people present could give one card: %1</source>
        <translation>Więcej kropek, niż obecni mogli dać jednej karcie: %1</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../cwd_desktop/gui/tasks.py" line="48"/>
        <source>Something went wrong that CWD Desktop did not expect; nothing was changed. The details are in %1.</source>
        <translation>Wystąpił błąd, którego CWD Desktop nie przewidział; niczego nie zmieniono. Szczegóły są w pliku %1.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tasks.py" line="135"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="120"/>
        <source>Phase timer</source>
        <translation>Timer etapu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/phase_timer.py" line="125"/>
        <source>paused</source>
        <translation>pauza</translation>
    </message>
</context>
<context>
    <name>TowsMatrix</name>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="72"/>
        <source>New TOWS strategy, then Enter</source>
        <translation>Nowa strategia TOWS, potem Enter</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="73"/>
        <source>New TOWS strategy</source>
        <translation>Nowa strategia TOWS</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="76"/>
        <source>Strategy type</source>
        <translation>Rodzaj strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="91"/>
        <source>TOWS: delete the strategy</source>
        <translation>TOWS: usuń strategię</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="98"/>
        <source>TOWS: rename the strategy</source>
        <translation>TOWS: zmień nazwę strategii</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="107"/>
        <source>SWOT items the strategy pairs</source>
        <translation>Elementy SWOT łączone przez strategię</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="113"/>
        <source>T&amp;ype:</source>
        <translation>Rodza&amp;j:</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="116"/>
        <source>&lt;b&gt;TOWS matrix&lt;/b&gt;</source>
        <translation>&lt;b&gt;Macierz TOWS&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="159"/>
        <source>TOWS strategies</source>
        <translation>Strategie TOWS</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="173"/>
        <source>No TOWS strategies yet.</source>
        <translation>Nie ma jeszcze strategii TOWS.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="181"/>
        <source>Select a strategy to tick the SWOT items it pairs.</source>
        <translation>Wybierz strategię, aby zaznaczyć łączone przez nią elementy SWOT.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="185"/>
        <source>&amp;SWOT items paired by “%1” (Space ticks):</source>
        <translation>Elementy &amp;SWOT łączone przez „%1” (spacja zaznacza):</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="265"/>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/tows_matrix.py" line="265"/>
        <source>Text of the strategy:</source>
        <translation>Treść strategii:</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="268"/>
        <source>Trust a partnership CA</source>
        <translation>Zaufaj urzędowi certyfikacji partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="278"/>
        <source>%1

Fingerprint:
%2

Does this fingerprint match, character for character, the one the partnership&apos;s coordinator read out to you? Only then will signatures by this CA&apos;s moderators count as trusted on this computer.</source>
        <translation>%1

Odcisk (SHA-256):
%2

Czy ten odcisk zgadza się, znak po znaku, z odciskiem, który podał Ci koordynator partnerstwa? Tylko wtedy podpisy moderatorów tego urzędu certyfikacji będą na tym komputerze uznawane za zaufane.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="177"/>
        <source>Verify signed minutes</source>
        <translation>Sprawdzanie podpisanego protokołu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="180"/>
        <source>&amp;Verify</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="183"/>
        <source>Verification report</source>
        <translation>Wynik sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="203"/>
        <source>Verifying…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="210"/>
        <source>self-signed</source>
        <translation>certyfikat z własnym podpisem</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="211"/>
        <source>unknown issuer</source>
        <translation>nieznany wystawca</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="209"/>
        <source>trusted (a CA confirmed on this computer)</source>
        <translation>zaufany (urząd certyfikacji potwierdzony na tym komputerze)</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="214"/>
        <source>Every signature is intact, covers the document and is by a signer trusted on this computer.</source>
        <translation>Każdy podpis jest nienaruszony, obejmuje cały dokument i złożyła go osoba zaufana na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="217"/>
        <source>Every signature is intact and covers the document, but a signer is NOT confirmed on this computer (Tools → Trust a partnership CA…).</source>
        <translation>Każdy podpis jest nienaruszony i obejmuje cały dokument, ale podpisujący NIE jest potwierdzony na tym komputerze (Narzędzia → Zaufaj urzędowi certyfikacji partnerstwa…).</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="221"/>
        <source>This document does NOT pass verification.</source>
        <translation>Ten dokument NIE przeszedł weryfikacji.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="225"/>
        <source>The database names the CA %1, not confirmed on this computer.</source>
        <translation>Baza danych wymienia urząd certyfikacji %1, niepotwierdzony na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="228"/>
        <source>The file has no signature.</source>
        <translation>Plik nie zawiera podpisu.</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="232"/>
        <source>the whole file</source>
        <translation>cały plik</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="235"/>
        <source>its revision; later changes only add signatures</source>
        <translation>swoją wersję pliku; późniejsze zmiany dodają tylko podpisy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="237"/>
        <source>NOT the whole file: the document was changed after signing</source>
        <translation>NIE cały plik: dokument zmieniono po podpisaniu</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="241"/>
        <source>intact</source>
        <translation>nienaruszony</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="241"/>
        <source>BROKEN</source>
        <translation>NARUSZONY</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="243"/>
        <source>Signer</source>
        <translation>Podpisujący</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="244"/>
        <source>Claimed time</source>
        <translation>Deklarowany czas</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="245"/>
        <source>Integrity</source>
        <translation>Integralność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="246"/>
        <source>Covers</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="247"/>
        <source>Trust</source>
        <translation>Zaufanie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="254"/>
        <source>Empty signature field: %1</source>
        <translation>Puste pole podpisu: %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/signing_dialogs.py" line="257"/>
        <source>An advanced electronic signature, not a qualified one.</source>
        <translation>Zaawansowany podpis elektroniczny, nie kwalifikowany.</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="40"/>
        <source>&amp;Workshop</source>
        <translation>Zestaw &amp;facylitatora</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="52"/>
        <source>Paper &amp;voting and the tally…</source>
        <translation>&amp;Głosowanie na papierze i liczenie kropek…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="53"/>
        <source>&amp;Photos of the flipchart…</source>
        <translation>&amp;Zdjęcia flipchartu…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="56"/>
        <source>Print &amp;cards for the wall, 4 a page (PDF)…</source>
        <translation>Drukuj &amp;karty na ścianę, 4 na stronę (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="59"/>
        <source>Print cards for the wall, &amp;6 a page (PDF)…</source>
        <translation>Drukuj karty na ścianę, &amp;6 na stronę (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="61"/>
        <source>Print voting &amp;slips (PDF)…</source>
        <translation>Drukuj kartki do gł&amp;osowania (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="63"/>
        <source>E&amp;xport the board (PNG or PDF)…</source>
        <translation>&amp;Eksportuj tablicę (PNG lub PDF)…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="64"/>
        <source>Export the prioritisation &amp;matrix (PNG or PDF)…</source>
        <translation>Eksportuj &amp;macierz priorytetów (PNG lub PDF)…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="66"/>
        <source>&amp;Timer: start or pause</source>
        <translation>&amp;Timer: start lub pauza</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="67"/>
        <source>Timer: one minute m&amp;ore</source>
        <translation>Timer: jedna minuta &amp;więcej</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="68"/>
        <source>Timer: &amp;reset</source>
        <translation>Timer: wyze&amp;ruj</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="69"/>
        <source>Timer: p&amp;hase and minutes…</source>
        <translation>Timer: &amp;faza i minuty…</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="70"/>
        <source>Timer: so&amp;und in the last minute and at zero</source>
        <translation>Timer: &amp;dźwięk w ostatniej minucie i na zero</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="111"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="117"/>
        <source>Cards for the wall</source>
        <translation>Karty na ścianę</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="130"/>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="139"/>
        <source>Voting slips</source>
        <translation>Kartki do głosowania</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="131"/>
        <source>How many slips (one for each person present)?</source>
        <translation>Ile kartek (po jednej dla każdej obecnej osoby)?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="153"/>
        <source>Export the board</source>
        <translation>Eksport tablicy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="159"/>
        <source>Prioritisation matrix</source>
        <translation>Macierz priorytetów</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/workshop_menu.py" line="162"/>
        <source>Export the matrix</source>
        <translation>Eksport macierzy</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../cwd_desktop/gui/commands.py" line="194"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/commands.py" line="195"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/commands.py" line="197"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
</context>
</TS>
