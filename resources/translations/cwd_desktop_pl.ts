<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <location filename="../../cwd_desktop/gui/app.py" line="29" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="45" />
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="47" />
        <source>Leading organisation</source>
        <translation>Lider partnerstwa</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="51" />
        <source>Thematic areas</source>
        <translation>Obszary tematyczne</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="52" />
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="54" />
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="67" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="68" />
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="69" />
        <source>Chair</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="69" />
        <source>Minute-taker</source>
        <translation>Protokolant</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="72" />
        <source>{present} people present, {represented} of {total} members represented</source>
        <translation>obecnych osób: {present}, reprezentowani członkowie: {represented} z {total}</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="73" />
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="78" />
        <source>Strategic goals</source>
        <translation>Cele strategiczne</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="82" />
        <source>Key projects</source>
        <translation>Projekty kluczowe</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="86" />
        <source>Decisions</source>
        <translation>Uchwały i decyzje</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="105" />
        <source>adopted</source>
        <translation>przyjęto</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="107" />
        <source>rejected</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/details.py" line="109" />
        <source>no quorum</source>
        <translation>brak kworum</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="46" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="55" />
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="60" />
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="69" />
        <source>Empty database</source>
        <translation>Pusta baza danych</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="70" />
        <source>This database has no partnerships yet. Load the two demo partnerships (Aglomeracja Beskidzka and Ziemia Wysokomazowiecka) to look around?</source>
        <translation>W tej bazie nie ma jeszcze partnerstw. Wczytać dwa partnerstwa demonstracyjne (Aglomeracja Beskidzka i Ziemia Wysokomazowiecka), aby zapoznać się z programem?</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="80" />
        <source>Cannot load the demo</source>
        <translation>Nie można wczytać danych demonstracyjnych</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cwd_desktop/gui/main_window.py" line="83" />
        <source>Added %n demo partnership(s).</source>
        <translation>
            <numerusform>Dodano %n partnerstwo demonstracyjne.</numerusform><numerusform>Dodano %n partnerstwa demonstracyjne.</numerusform><numerusform>Dodano %n partnerstw demonstracyjnych.</numerusform></translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="95" />
        <source>CWD Desktop — %1</source>
        <translation>CWD Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="97" />
        <source>Database: %1 · device: %2</source>
        <translation>Baza danych: %1 · urządzenie: %2</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="103" />
        <source>&lt;p&gt;No partnerships yet. Use &lt;b&gt;File → Load demo partnerships&lt;/b&gt; to add the two demo partnerships.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nie ma jeszcze partnerstw. Wybierz &lt;b&gt;Plik → Wczytaj partnerstwa demonstracyjne&lt;/b&gt;, aby dodać dwa partnerstwa demonstracyjne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="117" />
        <source>About CWD Desktop</source>
        <translation>O programie CWD Desktop</translation>
    </message>
    <message>
        <location filename="../../cwd_desktop/gui/main_window.py" line="118" />
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
        <location filename="../../ui/main_window.ui" line="52" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="58" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69" />
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77" />
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85" />
        <source>Load &amp;demo partnerships</source>
        <translation>Wczytaj partnerstwa &amp;demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="93" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="98" />
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106" />
        <source>&amp;About CWD Desktop</source>
        <translation>&amp;O programie CWD Desktop</translation>
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
</TS>