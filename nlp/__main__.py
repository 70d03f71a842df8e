"""``python -m nlp COMMAND …``: the command line (``nlp.cli``)."""

import sys

from nlp.cli import main

sys.exit(main())
