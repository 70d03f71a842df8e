"""``python -m nlp COMMAND …``: the command line (``nlp.cli``)."""

import sys

from nlp.cli import main

if __name__ == "__main__":  # Dask's local workers may import the main module again
    sys.exit(main())
