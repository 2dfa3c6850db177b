"""The features (features/*.feature, in Swedish) bound to the library by tests/steps/.

Every feature file runs here, except those that another ``tests/test_features_*.py`` module
binds with its own steps (it names them as ``../features/<file>``). The coverage plugin
(steps.coverage) then checks that the scenarios together reach every element of every process
in processes/.
"""

import re
from pathlib import Path

from pytest_bdd import scenarios

from steps.alla import *  # noqa: F403  (pytest-bdd step definitions are fixtures)

HERE = Path(__file__).resolve().parent
FEATURES = HERE.parent / "features"
CLAIMED = {
    name
    for module in HERE.glob("test_features_*.py")
    for name in re.findall(r"features/([\w./-]+\.feature)", module.read_text(encoding="utf-8"))
}
for feature in sorted(FEATURES.rglob("*.feature")):
    if feature.relative_to(FEATURES).as_posix() not in CLAIMED:
        scenarios(str(feature))
