"""计划工坊's core: reading, the library, the boilerplate map, 查重 and composing, importable without
the UI. The stages are subpackages (``read``, ``library``, ``boilerplate``, ``check``, ``compose``);
``usecases`` is what the command line (``cli``) and the pages call. See docs/architecture.md."""

import logging

# A library logs; the application decides where it goes (the server's console, nothing in the CLI).
logging.getLogger(__name__).addHandler(logging.NullHandler())
