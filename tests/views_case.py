"""The Oskarshamn 2014 case walked through the facade to a chosen stage (for the view tests).

Stages (as in the seed, with the assumed dates of examples/oskarshamn-2014.toml):

* ``served``: the injunction of 1 October 2014 served on 3 October; the appeal period
  (last day 22 October 2014) and the compliance date (19 January 2015) are armed.
* ``appealed``: the appeal came in on 20 October and IVO handed it to the court on 21 October;
  the case waits for the judgment, the compliance date still armed.
* ``closed``: compliance checked (not complied), judgment upheld, the fine applied for and
  imposed (assumed), the imposition judgment final.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from conftest import OSKARSHAMN

from ivo_workflow import SimulatedClock, Workflows

CASE = "oskarshamn-2014"
START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)
STAGES = ("served", "appealed", "closed")


def oskarshamn(db: Path | str, stage: str = "appealed") -> tuple[Workflows, SimulatedClock]:
    """A database with the Oskarshamn case at ``stage``; the clock stands where it stopped."""
    assert stage in STAGES, stage
    clock = SimulatedClock(START)
    wf = Workflows.open(db, clock=clock)
    wf.start("forelaggande", case_id=CASE, data=OSKARSHAMN)
    clock.set(datetime(2014, 10, 3, 10, 0, tzinfo=UTC))
    wf.complete(CASE, "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}, actor="IVO")
    if stage == "served":
        return wf, clock
    clock.set(datetime(2014, 10, 20, 10, 0, tzinfo=UTC))
    wf.message(
        CASE, "overklagande_inkommer", {"inkom": "2014-10-20"}, actor="Socialnämnden i Oskarshamn"
    )
    clock.set(datetime(2014, 10, 21, 10, 0, tzinfo=UTC))
    wf.complete(CASE, "overlamna_till_forvaltningsratten", {}, actor="IVO")
    if stage == "appealed":
        return wf, clock
    wf.advance_to(datetime(2015, 1, 20, 12, 0, tzinfo=UTC))
    wf.complete(CASE, "kontrollera_efterlevnad", {"foljt": False})
    clock.set(datetime(2015, 3, 1, 10, 0, tzinfo=UTC))
    wf.complete(
        CASE, "forvaltningsrattens_dom", {"utgang": "fastställt", "dom_delgiven": "2015-03-02"}
    )
    wf.advance_to(datetime(2015, 4, 1, 10, 0, tzinfo=UTC))
    wf.complete(CASE, "overvag_fortsatta_atgarder", {"atgard": "ansok_om_utdomande"})
    wf.complete(CASE, "ansok_om_utdomande", {})
    # ASSUMED (the sources stop at the appeal): the court imposes the fine at once and nobody
    # appeals, so the judgment is final after the three weeks (FPL 6 a §) and the case closes.
    wf.complete(CASE, "forvaltningsratten_provar_ansokan", {"vitesdom_delgiven": "2015-04-02"})
    wf.advance_to(datetime(2015, 4, 24, 10, 0, tzinfo=UTC))
    return wf, clock
