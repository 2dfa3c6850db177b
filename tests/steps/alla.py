"""Every step definition of the vocabulary, for a test module to import in one line::

    from steps.alla import *  # noqa: F403

(pytest-bdd registers step definitions as fixtures of the module that holds them, so a test
module must import them into its own namespace.)
"""

from steps.domstol import *  # noqa: F403
from steps.forbud import *  # noqa: F403
from steps.forelaggande import *  # noqa: F403
from steps.tillsyn import *  # noqa: F403
from steps.uppfoljning import *  # noqa: F403
from steps.utdomande import *  # noqa: F403
from steps.vocabulary import *  # noqa: F403

__all__ = [name for name in dir() if name.startswith("pytestbdd_")] + ["world"]
