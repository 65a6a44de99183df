"""No network, ever: the whole flow runs with socket creation made to fail, and nothing tries."""

import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from cwd_desktop.cli import main
from cwd_desktop.gui import i18n
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.storage import open_store


@pytest.fixture
def no_network(monkeypatch):
    """Network sockets cannot be created; local AF_UNIX pairs (asyncio's self-pipe) still can."""
    attempts = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if fileno is None and family in (socket.AF_INET, socket.AF_INET6, -1):
                attempts.append(("socket", family))
                raise OSError("network disabled by the test")
            super().__init__(family, type, proto, fileno)

    def refuse(name):
        def refused(*args, **kwargs):
            attempts.append((name, args))
            raise OSError("network disabled by the test")

        return refused

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_whole_flow_without_network(no_network, qtbot, qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KEY_PASS", "haslo-bez-sieci-1")
    db, other = tmp_path / "laptop.sqlite3", tmp_path / "coordinator.sqlite3"
    steps = [
        ["demo", "--db", db],
        ["cert", "create", "--name", "Offline", "-o", tmp_path / "k.p12", "--passphrase-env", "KEY_PASS"],
        [
            "minutes",
            "--db",
            db,
            "3/2026",
            "-o",
            tmp_path / "p.pdf",
            "--sign",
            tmp_path / "k.p12",
            "--passphrase-env",
            "KEY_PASS",
        ],
        ["verify", tmp_path / "p.pdf"],
        ["sync", "export", "--db", db, "-o", tmp_path / "out.cwdsync"],
        ["sync", "import", "--db", other, tmp_path / "out.cwdsync"],
        ["check", "--db", other],
    ]
    for argv in steps:
        expected = 3 if argv[0] == "verify" else 0  # intact, by a key nobody confirmed here
        assert main([str(a) for a in argv]) == expected, (argv, capsys.readouterr())
    i18n.install(qapp, "en")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    with open_store(other) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 2
    assert no_network == []
