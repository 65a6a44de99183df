"""The benchmarks keep running as the code under them changes (`make bench` is not part of the
test run, so an interface it calls could change unnoticed): their own pieces, on small data."""

from bench.minutes import bare_reportlab
from cwd_desktop.domain import Meeting
from cwd_desktop.services.minutes_data import gather


def test_the_minutes_baseline_renders_the_demo(demo_store):
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    bare_reportlab(gather(demo_store, meeting.id))
