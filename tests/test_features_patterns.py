"""The feature of patterns across cases (features/monster_farsta.feature, seed 003), bound to
the vocabulary and to its own steps (steps.patterns_steps); tests/test_features.py leaves it to
this module."""

from pytest_bdd import scenarios
from steps.alla import *  # noqa: F403  (pytest-bdd step definitions are fixtures)
from steps.patterns_steps import *  # noqa: F403

scenarios("../features/monster_farsta.feature")
