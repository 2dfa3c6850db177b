"""The features (features/*.feature, in Swedish) bound to the library by tests/steps/.

Every scenario of every feature file runs here; the coverage plugin (steps.coverage) then
checks that the scenarios together reach every element of every process in processes/.
"""

from pytest_bdd import scenarios

from steps.forelaggande import *  # noqa: F403  (pytest-bdd step definitions are fixtures)
from steps.uppfoljning import *  # noqa: F403
from steps.vocabulary import *  # noqa: F403

scenarios("../features")
