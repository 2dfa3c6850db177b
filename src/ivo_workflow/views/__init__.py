"""What people look at: a BPMN diagram as SVG, a case as one HTML page, deadlines as iCalendar.

The views take value objects from :mod:`ivo_workflow.model` and BPMN bytes; they never see an
engine object and never read the wall clock (``now`` is always an argument).
"""
