"""A real sync engine between a laptop's outbox and a coordinator's inbox: two Syncthing instances
(the Debian package), loopback only, no discovery, no relays. The laptop's folder is send-only,
the coordinator's receive-only, as docs/coordinator-guide.md sets them up. The laptop writes its
package, Syncthing carries it, the coordinator's inbox imports it, and the two databases end with
equal sync digests; a Syncthing temporary and a conflict copy left in the inbox are treated as
the guide says (not looked at; imported like any package and said to be one)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.sync import outbox
from cwd_desktop.sync.service import digest, import_paths

SYNCTHING = shutil.which("syncthing")
pytestmark = pytest.mark.skipif(
    SYNCTHING is None, reason="Syncthing is not installed (apt-get install syncthing; .ci/run does)"
)
STIGNORE = "(?d).*.part\n(?d).syncthing.*.tmp\n(?d)~syncthing~*.tmp\n(?d)~$*\n(?d).~lock.*#\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Instance:
    def __init__(self, home: Path) -> None:
        self.home = home
        done = subprocess.run(
            [SYNCTHING, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
            capture_output=True,
            text=True,
            check=True,
        )
        self.device_id = next(
            line.split("Device ID:")[1].strip()
            for line in (done.stdout + done.stderr).splitlines()
            if "Device ID:" in line
        )
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def configure(self, other: Instance, folder: Path, kind: str) -> None:
        """Loopback only: no discovery, relays, NAT, STUN, usage reports or upgrades."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        for name, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "stunKeepaliveStartS": "0",
            "minHomeDiskFree": "0",
        }.items():
            element = options.find(name)
            element.text = value
        root.find("gui").find("address").text = f"127.0.0.1:{free_port()}"
        peer = ET.SubElement(root, "device", id=other.device_id, name=other.home.name, compression="metadata")
        ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.port}"
        shared = ET.SubElement(
            root,
            "folder",
            id="cwd",
            label="CWD",
            path=str(folder),
            type=kind,
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        ET.SubElement(shared, "filesystemType").text = "basic"
        ET.SubElement(shared, "device", id=self.device_id)
        ET.SubElement(shared, "device", id=other.device_id)
        ET.SubElement(shared, "minDiskFree", unit="%").text = "0"
        tree.write(path)
        (folder / ".stfolder").mkdir(parents=True, exist_ok=True)
        (folder / ".stignore").write_text(STIGNORE, encoding="utf-8")

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STMONITORED": "1"}
        self.process = subprocess.Popen(
            [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade"],
            stdout=(self.home / "log.txt").open("wb"),
            stderr=subprocess.STDOUT,
            env=env,
        )

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def wait_for(predicate, seconds: float, what: str, logs: list[Path]) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    tails = "\n".join(p.read_text(errors="replace")[-3000:] for p in logs if p.exists())
    pytest.fail(f"{what} within {seconds} s; Syncthing's logs:\n{tails}")


def test_a_laptops_outbox_reaches_the_coordinators_inbox_through_syncthing(tmp_path):
    laptop_st, coordinator_st = Instance(tmp_path / "st-laptop"), Instance(tmp_path / "st-coordinator")
    laptop_folder, inbox = tmp_path / "Do koordynatora", tmp_path / "Skrzynka"
    laptop_st.configure(coordinator_st, laptop_folder, "sendonly")
    coordinator_st.configure(laptop_st, inbox, "receiveonly")
    logs = [laptop_st.home / "log.txt", coordinator_st.home / "log.txt"]
    laptop_st.start()
    coordinator_st.start()
    try:
        with open_store(tmp_path / "laptop.sqlite3") as laptop:
            p = laptop.add(Partnership(name="Partnerstwo Aglomeracji Beskidzkiej"))
            meeting = laptop.add(Meeting(partnership_id=p.id, number="1/2026"))
            session = laptop.add(SwotSession(meeting_id=meeting.id))
            laptop.add(SwotItem(session_id=session.id, quadrant="S", text="Góry i lasy"))
            (written,) = outbox.write_outbox(laptop, laptop_folder)
            laptop_digest = digest(laptop)
        arrived = inbox / written.name
        wait_for(
            lambda: arrived.exists() and arrived.read_bytes() == written.read_bytes(), 90, "no package arrived", logs
        )
        coordinator = open_store(tmp_path / "coordinator.sqlite3")
        seen: outbox.Seen = {}
        assert outbox.new_packages(coordinator, [inbox], seen) == [arrived]
        (report,) = import_paths(coordinator, [inbox], accept_new_devices=True, settle=0)
        assert report.rows_added == 4 and not report.refused
        assert digest(coordinator) == laptop_digest  # the coordinator holds what the laptop holds
        assert outbox.new_packages(coordinator, [inbox], seen) == []
        # What a sync engine also leaves in an inbox: its temporaries of a file still coming, and a
        # conflict copy (here, another laptop's package under Syncthing's conflict name).
        (inbox / ".syncthing.nastepna.cwdsync.tmp").write_bytes(written.read_bytes()[:200])
        (inbox / "~syncthing~nastepna.cwdsync.tmp").write_bytes(b"")
        with open_store(tmp_path / "other.sqlite3") as other:
            other.add(Partnership(name="Partnerstwo Żywieckie"))
            (copy,) = outbox.write_outbox(other, tmp_path)
        conflict = inbox / written.name.replace(".cwdsync", ".sync-conflict-20260817-144138-O4SHF2J.cwdsync")
        conflict.write_bytes(copy.read_bytes())
        before = {path.name: path.read_bytes() for path in inbox.iterdir() if path.is_file()}
        assert outbox.new_packages(coordinator, [inbox], seen) == [conflict]
        reports = {r.file: r for r in import_paths(coordinator, [inbox], accept_new_devices=True, settle=0)}
        assert sorted(reports) == sorted([written.name, conflict.name])  # the temporaries: not looked at
        assert reports[written.name].skipped  # imported before
        assert reports[conflict.name].conflict_copy == "Syncthing" and reports[conflict.name].rows_added == 1
        assert sorted(x.name for x in coordinator.find(Partnership)) == [
            "Partnerstwo Aglomeracji Beskidzkiej",
            "Partnerstwo Żywieckie",
        ]
        coordinator.close()
        after = {path.name: path.read_bytes() for path in inbox.iterdir() if path.is_file()}
        assert after == before  # the importer changed nothing in the inbox
    finally:
        laptop_st.stop()
        coordinator_st.stop()
