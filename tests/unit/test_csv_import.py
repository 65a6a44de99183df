import pytest

from cwd_desktop.domain import Meeting, Member, Partnership, Person, SwotItem
from cwd_desktop.domain.choices import PersonRole, Quadrant
from cwd_desktop.errors import ImportFormatError, NotFoundError
from cwd_desktop.services.csv_import import import_people, import_swot


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="Partnerstwo Testowe"))
    store.add(Member(partnership_id=p.id, name="Gmina Milówka"))
    return store.add(Meeting(partnership_id=p.id, number="4/2026"))


SWOT_CSV = (
    "quadrant,text,votes,theme\n"
    "S,Walory krajobrazowe – góry,5,tourism\n"
    'Słabe strony,"Drogi, mosty i przepusty",,local_roads\n'
    "szanse,Fundusze UE,2,\n"
    "T,Zagrożenie <powódź> & osuwiska,0,\n"
)


def items(store):
    return store.find(SwotItem, order_by="position")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
def test_swot_import_reads_every_encoding(store, meeting, tmp_path, encoding):
    path = tmp_path / "swot.csv"
    path.write_bytes(SWOT_CSV.encode(encoding))
    imported = import_swot(store, "4/2026", path)
    assert len(imported) == 4
    stored = items(store)
    assert [(i.quadrant, i.text, i.votes, i.theme) for i in stored] == [
        (Quadrant.S, "Walory krajobrazowe – góry", 5, "tourism"),
        (Quadrant.W, "Drogi, mosty i przepusty", 0, "local_roads"),
        (Quadrant.O, "Fundusze UE", 2, ""),
        (Quadrant.T, "Zagrożenie <powódź> & osuwiska", 0, ""),
    ]


def test_swot_import_reads_excel_semicolons_and_appends(store, meeting, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("quadrant;text;votes\r\nO;Praca zdalna, młodzi zostają;3\r\n".encode("cp1250"))
    import_swot(store, meeting.id, path)
    import_swot(store, meeting.id, path)
    assert [(i.text, i.position) for i in items(store)] == [
        ("Praca zdalna, młodzi zostają", 1),
        ("Praca zdalna, młodzi zostają", 2),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("quadrant,text,votes\nS,ok,1\nX,zła ćwiartka,1\n", "Row 3: 'X' is not a valid SWOT quadrant"),
        ("quadrant,text,votes\nS,ok,1\nW,ok,-3\n", "Row 3: The number of votes must be between"),
        ("quadrant,text,votes\nS,ok,1\nW,,2\n", "Row 3: The SWOT item's text must not be empty"),
        ("quadrant,text,votes\nS,ok,dużo\n", "Row 2: The field 'votes' cannot take the value 'dużo'"),
        ("quadrant,text\nS,ok,extra\n", "Row 2: 3 values for 2 columns"),
        ("kwadrant,tekst\nS,ok\n", "header of .* must be 'quadrant,text,votes,theme'"),
        ("quadrant,text\n", "has no rows"),
    ],
)
def test_a_bad_row_imports_nothing(store, meeting, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        import_swot(store, "4/2026", path)
    assert items(store) == []


def test_swot_import_refuses_other_files(store, meeting, tmp_path):
    with pytest.raises(ImportFormatError, match="does not exist"):
        import_swot(store, "4/2026", tmp_path / "missing.csv")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ImportFormatError):
        import_swot(store, "4/2026", binary)
    with pytest.raises(NotFoundError, match="no meeting '9/2099'"):
        import_swot(store, "9/2099", binary)


def test_people_import_links_members_and_reads_polish_roles(store, meeting, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(
        "name;role;affiliation;email;phone\n"
        "Grzegorz Żyła;przedstawiciel JST;Gmina Milówka;g.zyla@milowka.example;33 863 70 00\n"
        "Ewa Ślęzak;ekspert;Beskidzki Park Krajobrazowy;;\n"
        "Julia Madzia;;;;\n".encode("cp1250")
    )
    import_people(store, "partnerstwo testowe", path)
    people = {p.full_name: p for p in store.find(Person)}
    member = store.find(Member)[0]
    assert people["Grzegorz Żyła"].member_id == member.id
    assert people["Grzegorz Żyła"].email == "g.zyla@milowka.example"
    assert people["Ewa Ślęzak"].role is PersonRole.EXPERT
    assert (people["Ewa Ślęzak"].member_id, people["Ewa Ślęzak"].affiliation) == (None, "Beskidzki Park Krajobrazowy")
    assert people["Julia Madzia"].role is PersonRole.MEMBER_REPRESENTATIVE


def test_people_import_bad_email_imports_nobody(store, meeting, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,role,affiliation,email,phone\nAnna,ekspert,,anna@x.pl,\nJan,,,jan-at-x,\n")
    with pytest.raises(ImportFormatError, match="Row 3: 'jan-at-x' is not an e-mail address"):
        import_people(store, "Partnerstwo Testowe", path)
    assert store.find(Person) == []


def test_a_file_that_mixes_encodings_is_refused_naming_the_row(store, meeting, tmp_path):
    """Rows pasted from a Windows-1250 file into a UTF-8 one: read as either, letters would change."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "quadrant,text\nS,Zażółć gęślą jaźń\n".encode()
        + "W,Mało miejsc w żłobkach\n".encode("cp1250")
        + b"O,Fundusze\n"
    )
    with pytest.raises(ImportFormatError, match=r"Row 3 is not UTF-8 text while row 2 is: the file mixes encodings"):
        import_swot(store, meeting.id, path)
    assert store.find(SwotItem) == []
    path.write_bytes("quadrant,text\nS,Zażółć\nW,Mało miejsc\n".encode("cp1250"))  # one encoding: read
    assert [i.text for i in import_swot(store, meeting.id, path)] == ["Zażółć", "Mało miejsc"]
