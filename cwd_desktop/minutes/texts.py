"""The fixed wording of the minutes in Polish (the default) and English.

The minutes' language is chosen per document, independently of the interface language,
so these texts live here rather than in the Qt translations.
"""

from __future__ import annotations

LANGUAGES = ("pl", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Protokół nr {number}", "Minutes no. {number}"),
    "docx_working_copy": ("kopia robocza", "working copy"),
    "docx_signed": (
        "dokument podpisany: plik PDF {file}, SHA-256 {sha256}",
        "the signed document: the PDF file {file}, SHA-256 {sha256}",
    ),
    "bip_note": ("wersja do publikacji w BIP", "version for publication in BIP"),
    "footer": ("Protokół nr {number} — strona {page} z {pages}", "Minutes no. {number} — page {page} of {pages}"),
    "partnership": ("Partnerstwo", "Partnership"),
    "date": ("Data", "Date"),
    "place": ("Miejsce", "Place"),
    "time": ("Godzina rozpoczęcia i zakończenia", "Start and end time"),
    "chair": ("Prowadzący (moderator)", "Chair (moderator)"),
    "chair_f": ("Prowadząca (moderatorka)", "Chair (moderator)"),
    "minute_taker": ("Protokolant", "Minute-taker"),
    "minute_taker_f": ("Protokolantka", "Minute-taker"),
    "attendance": ("Obecność", "Attendance"),
    "attendance_summary": (
        "W spotkaniu wzięło udział {present} os., reprezentujących {represented} z {total} członków Partnerstwa. "
        "Lista obecności stanowi Załącznik nr 1 do protokołu.",
        "{present} people took part, representing {represented} of the partnership's {total} members. "
        "The attendance list is Annex 1 to these minutes.",
    ),
    "no_attendance": ("Nie odnotowano obecności uczestników.", "No attendance was recorded."),
    "represented": ("Reprezentowani członkowie Partnerstwa", "Members represented"),
    "agenda": ("Porządek obrad", "Agenda"),
    "no_agenda": ("Nie ustalono porządku obrad.", "No agenda was set."),
    "proceedings": ("Przebieg spotkania", "Proceedings"),
    "ad": ("Ad. {n}. {title}", "Item {n}. {title}"),
    "swot": ("Analiza SWOT", "SWOT analysis"),
    "swot_topic": ("Temat: {topic}", "Topic: {topic}"),
    "no_swot": ("Podczas spotkania nie przeprowadzono analizy SWOT.", "No SWOT analysis was made at this meeting."),
    "swot_intro": (
        "Pozycje uszeregowano według liczby głosów uczestników (w nawiasach).",
        "Items are ordered by the participants' votes (in brackets).",
    ),
    "dots": (
        "Głosowanie kropkami na papierze. Kropki na osobę: {budget}{per_card}; obecnych: {present}; "
        "policzone kropki: {counted} z {expected} możliwych.",
        "Paper dot voting. Dots per person: {budget}{per_card}; present: {present}; "
        "dots counted: {counted} of {expected} possible.",
    ),
    "dots_per_card": (" (najwyżej {n} na jedną kartę)", " (at most {n} on one card)"),
    "photos": (
        "Zdjęcia flipchartu, przechowywane w bazie danych programu jako dokumentacja sesji:",
        "Photos of the flipchart, kept in the program's database as the session's record:",
    ),
    "photo": (
        "{name}{caption}, dodane {added}, SHA-256: {sha256}",
        "{name}{caption}, added {added}, SHA-256: {sha256}",
    ),
    "swot_more": ("… oraz {n} dalszych pozycji (pełna lista poniżej)", "… and {n} more (full list below)"),
    "swot_full": ("Pełna lista pozycji: {quadrant}", "Full list: {quadrant}"),
    "chart": ("Głosy na najwyżej ocenione pozycje SWOT", "Votes for the highest-rated SWOT items"),
    "no": ("Lp.", "No."),
    "item": ("Pozycja", "Item"),
    "votes": ("Głosy", "Votes"),
    "tows": ("Strategie TOWS", "TOWS strategies"),
    "tows_pairs": ("Łączy: {items}", "Pairs: {items}"),
    "strategy_note": (
        "Strategia Partnerstwa w brzmieniu z dnia sporządzenia protokołu; oznaczono to, co na tym spotkaniu "
        "ustalono lub zmieniono.",
        "The partnership's strategy as it stood when these minutes were made; what this meeting agreed or "
        "changed is marked.",
    ),
    "agreed_here": ("(ustalono na tym spotkaniu)", "(agreed at this meeting)"),
    "changed_here": ("(zmieniono na tym spotkaniu)", "(changed at this meeting)"),
    "goals": ("Cele Partnerstwa", "The partnership's goals"),
    "indicators_of": ("Wskaźniki: {goal}", "Indicators: {goal}"),
    "indicator": ("Wskaźnik", "Indicator"),
    "unit": ("Jednostka", "Unit"),
    "baseline": ("Wartość bazowa (rok)", "Baseline (year)"),
    "target": ("Wartość docelowa (rok)", "Target (year)"),
    "source": ("Źródło danych", "Source"),
    "projects": ("Projekty kluczowe", "Key projects"),
    "plan": ("Plan wspólnych działań", "Plan of joint actions"),
    "plan_action": ("Działanie", "Action"),
    "project": ("Projekt", "Project"),
    "leader": ("Lider", "Leader"),
    "goal": ("Cel", "Goal"),
    "partners": ("Partnerzy", "Partners"),
    "cost": ("Szacowany koszt (zł)", "Estimated cost (PLN)"),
    "funding": ("Źródło finansowania", "Funding"),
    "period": ("Okres realizacji", "Period"),
    "status": ("Status", "Status"),
    "progress": ("Postęp", "Progress"),
    "decisions": ("Głosowania", "Votes and decisions"),
    "motion": ("Wniosek: {motion}", "Motion: {motion}"),
    "rule": ("Wymagana większość: {rule}.", "Majority required: {rule}."),
    "quorum_yes": (
        "Kworum: jest ({present} z {total} członków Partnerstwa reprezentowanych).",
        "Quorum: present ({present} of {total} members represented).",
    ),
    "quorum_no": (
        "Kworum: brak ({present} z {total} członków Partnerstwa reprezentowanych).",
        "Quorum: not present ({present} of {total} members represented).",
    ),
    "member": ("Członek Partnerstwa", "Member"),
    "vote": ("Głos", "Vote"),
    "result_adopted": (
        "W wyniku głosowania (za: {f}, przeciw: {a}, wstrzymało się: {s}) wniosek przyjęto.",
        "As a result of the vote (for: {f}, against: {a}, abstaining: {s}) the motion was adopted.",
    ),
    "result_rejected": (
        "W wyniku głosowania (za: {f}, przeciw: {a}, wstrzymało się: {s}) wniosek odrzucono.",
        "As a result of the vote (for: {f}, against: {a}, abstaining: {s}) the motion was rejected.",
    ),
    "result_over_attendance": (
        "Wyniku głosowania nie ustalono: oddano więcej głosów (za: {f}, przeciw: {a}, wstrzymało się: {s}) "
        "niż mogło głosować ({n}).",
        "No result was established: more votes were cast (for: {f}, against: {a}, abstaining: {s}) "
        "than could vote ({n}).",
    ),
    "count_confirmed": (
        "Liczba oddanych głosów ({c}) przekracza liczbę osób uprawnionych do głosowania ({n}); "
        "prowadzący potwierdził, że tak je policzono.",
        "The votes cast ({c}) exceed the number who could vote ({n}); the chair confirmed they were so counted.",
    ),
    "result_not_voted": ("Wniosku nie poddano pod głosowanie.", "The motion was not put to a vote."),
    "result_no_quorum": (
        "Wobec braku kworum wniosku nie przyjęto (za: {f}, przeciw: {a}, wstrzymało się: {s}).",
        "Without a quorum the motion was not adopted (for: {f}, against: {a}, abstaining: {s}).",
    ),
    "actions": ("Ustalenia i zadania", "Action items"),
    "task": ("Zadanie", "Task"),
    "owner": ("Odpowiedzialny", "Owner"),
    "due": ("Termin", "Due"),
    "remarks": ("Uwagi z konsultacji", "Consultation remarks"),
    "author": ("Zgłaszający", "From"),
    "subject": ("Dotyczy", "About"),
    "remark": ("Treść uwagi", "Remark"),
    "response": ("Rozstrzygnięcie", "Response"),
    "justification": ("Uzasadnienie", "Justification"),
    "signatures": ("Podpisy", "Signatures"),
    "sign_chair": ("Prowadzący", "Chair"),
    "sign_chair_f": ("Prowadząca", "Chair"),
    "sign_minute_taker": ("Protokolant", "Minute-taker"),
    "sign_minute_taker_f": ("Protokolantka", "Minute-taker"),
    "sign_moderator": ("Podpis elektroniczny moderatora", "Moderator's electronic signature"),
    "sign_note": (
        "Pola podpisu prowadzącego i protokolanta pozostawiono do złożenia podpisu kwalifikowanego "
        "lub podpisu zaufanego.",
        "The chair's and minute-taker's signature fields are left for a qualified or trusted-profile signature.",
    ),
    "annex": (
        "Załącznik nr 1 do protokołu nr {number}: lista obecności",
        "Annex 1 to minutes no. {number}: attendance list",
    ),
    "sheet_title": ("Lista obecności", "Attendance list"),
    "name": ("Imię i nazwisko", "Name"),
    "affiliation": ("Reprezentuje", "Represents"),
    "role": ("Rola", "Role"),
    "presence": ("Obecność", "Presence"),
    "signature": ("Podpis", "Signature"),
    "present": ("obecny", "present"),
    "absent": ("nieobecny", "absent"),
    "none": ("—", "—"),
    "revision": ("wersja {n}", "revision {n}"),
    "stamp": ("Podpisano elektronicznie\n%(signer)s\n%(ts)s", "Signed electronically\n%(signer)s\n%(ts)s"),
}


def text(lang: str, key: str, **values: object) -> str:
    template = _TEXTS[key][0 if lang == "pl" else 1]
    return template.format(**values) if values else template
