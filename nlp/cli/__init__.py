"""Command line: ``python -m nlp COMMAND …``. Parses arguments, calls the library, prints.

Commands (each documented in the README):
  parse FILE [--json]        the structure of one file, without storing it (--db: as an import into that library)
  ingest PATH… [--json]      import files or folders (recursive) into the library
  list [--json]              what the library holds
  show DOCUMENT_ID [--json]  one stored document's outline and dropped lines
  groups [--json]            near-duplicate groups of the library's blocks, most repeated first
  remove FILE_ID [--json]    remove an imported file and its documents (into the trash)
  trash [--json]             the removed files that can be restored
  restore FILE_ID [--json]   a removed file back from the trash, with its corrections
  correct ACTION ID [VALUE] [--reason R] [--type T --level N] [--json]
                             correct a parse: junk/split/block DOCUMENT BLOCK, merge DOCUMENT, title DOCUMENT
                             TITLE, year DOCUMENT YEAR|none; list FILE, keep FILE ANCHOR, undo FILE CORRECTION
  compose SPEC.json -o OUT   a plan from a spec, exported as .docx/.txt/.md
  topics [--n-topics K] [--rebuild] [--json]  topics of the distinct paragraphs (keyword labels) and outliers
  check FILE… | --draft ID [--json] [--threshold X] [--min-chars N] [--exclude-file NAME] [--exclude-quotes] [-o REPORT]
                             查重: copied text of drafts against the library, themselves and each other
  archive build|add SOURCE --archive DIR [--cluster ADDRESS|local]   the federation's Parquet archive
  archive export|import --archive DIR --unit U [--year Y]            the library into it, a unit back
  screen --archive DIR --submissions DIR -o OUT [--cluster ADDRESS|local] [--exclude-own-years]
                             a federation's batch 查重 of a year's submissions (nlp.federation)
  groups --archive DIR [--engine dask --cluster ADDRESS|local]      the archive's groups
  user add NAME [--admin | --role ROLE] --unit UNIT   an account (password from a prompt or stdin)
  user list / unit add NAME / unit list             accounts and units
  share FILE_ID [--off]      put a file into the shared library (范文, 上级文件) or take it out
  audit [-o FILE.csv]        the audit log (imports, removals, exports, shares, sign-ins)
  followup PLAN SUMMARY [--level N] [--json] [-o REPORT.docx]
                             计划↔总结 对照: each plan item 已落实 / 部分 / 未提及, targets met or not
  compare DOCUMENT [--json] | compare --draft ID [--json]
                             年度对比: a plan or draft block by block against earlier years' plans
  where-used BLOCK_ID [--json]
                             the documents (year, unit) and drafts using a library block's group
  mark-reuse DRAFT_ID N [--reason TEXT] [--off]
                             paragraph N of a draft marked 合理借鉴 (reported apart by 查重), or unmarked
  replace OLD NEW [--draft ID]… [--apply] [--json]
                             one 提法 replaced in saved drafts: a preview, saved with --apply
Every command takes ``--db PATH`` (default: $JIHUA_DB or data/library.sqlite3) and ``--unit UNIT``
(the unit whose library and drafts it works on; default: every unit, as the local administrator:
whoever can read the library file can read everything in it). A command
parses its arguments, calls a use case (``nlp.usecases``) and prints; the installed console
command ``jihua`` is the same ``main``.

Each command's parser and handler live in the module of its stage: ``library``, ``boilerplate``,
``compose``, ``check``, ``cycle``, ``federation``, ``accounts``; ``output`` holds what they share
(the library as the local user sees it, ``--json`` printing, progress on stderr). Here: the parser
assembled from them, and ``main``, which turns an ``InputError`` into one ``错误：`` line and exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys

from nlp.cli import accounts, boilerplate, check, compose, cycle, federation, library
from nlp.errors import InputError


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="文库数据库文件（默认 $JIHUA_DB 或 data/library.sqlite3）")
    common.add_argument("--json", action="store_true", help="以 JSON 输出")
    common.add_argument("--unit", help="单位（名称或编号）：只用这个单位的文库和草稿（加共享文库）；默认全部单位")
    parser = argparse.ArgumentParser(prog="python -m nlp", description="计划工坊：命令行")
    commands = parser.add_subparsers(dest="command", required=True)
    # in the order ``--help`` lists them
    library.add_commands(commands, common)
    boilerplate.add_groups(commands, common)
    compose.add_commands(commands, common)
    boilerplate.add_topics(commands, common)
    check.add_commands(commands, common)
    federation.add_commands(commands, common)
    accounts.add_commands(commands, common)
    cycle.add_commands(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as err:
        print(f"错误：{err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into head and closed early
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
