"""The Swedish step vocabulary that binds features/*.feature to the ivo_workflow library.

* :mod:`steps.vocabulary` — the reusable steps (time, deadlines, tasks, paths, end states) and
  the typed parameters (Swedish and ISO dates, amounts in kronor, durations in words or digits);
* one module per process family with the memo phrases of that process
  (:mod:`steps.forelaggande`, …), each a thin layer over the vocabulary;
* :mod:`steps.coverage` — the pytest plugin that records which elements every scenario passed
  and fails the session when an element of a process in processes/ is never reached.

Test modules import the steps with ``from steps.vocabulary import *`` (pytest-bdd registers
step definitions as fixtures of the module that holds them).
"""
