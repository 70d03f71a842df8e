"""Command line: ``python -m nlp COMMAND …``. Parses arguments, calls the library, prints.

Commands (each documented in the README):
  parse FILE [--json]        the structure of one file, without storing it
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
  topics [--n-topics K] [--json]  topics of the distinct paragraphs (keyword labels) and outliers
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
"""

from __future__ import annotations

import argparse
import os
import sys

from nlp import access
from nlp.cli.accounts import cmd_audit, cmd_share, cmd_unit, cmd_user
from nlp.cli.boilerplate import cmd_groups, cmd_topics
from nlp.cli.check import cmd_check
from nlp.cli.compose import cmd_compose
from nlp.cli.cycle import cmd_compare, cmd_followup, cmd_mark_reuse, cmd_replace, cmd_where_used
from nlp.cli.federation import cmd_archive, cmd_screen
from nlp.cli.library import cmd_correct, cmd_ingest, cmd_list, cmd_parse, cmd_remove, cmd_restore, cmd_show, cmd_trash
from nlp.errors import InputError
from nlp.library.corrections import BLOCK_TYPES
from nlp.models import CORRECTION_ACTIONS


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="文库数据库文件（默认 $JIHUA_DB 或 data/library.sqlite3）")
    common.add_argument("--json", action="store_true", help="以 JSON 输出")
    common.add_argument("--unit", help="单位（名称或编号）：只用这个单位的文库和草稿（加共享文库）；默认全部单位")
    parser = argparse.ArgumentParser(prog="python -m nlp", description="计划工坊：命令行")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("parse", parents=[common], help="解析一个文件并显示结构（不入库）")
    p.add_argument("file")
    p.set_defaults(run=cmd_parse)
    p = commands.add_parser("ingest", parents=[common], help="导入文件或文件夹（递归）到文库")
    p.add_argument("paths", nargs="+")
    p.set_defaults(run=cmd_ingest)
    p = commands.add_parser("list", parents=[common], help="列出文库中的文档")
    p.set_defaults(run=cmd_list)
    p = commands.add_parser("show", parents=[common], help="显示文库中一篇文档的提纲")
    p.add_argument("document_id", type=int)
    p.set_defaults(run=cmd_show)
    p = commands.add_parser("remove", parents=[common], help="从文库中删除一个导入的文件（连同其中的文档）")
    p.add_argument("file_id", type=int, metavar="FILE_ID", help="文件编号（见 list 的 file_id）")
    p.set_defaults(run=cmd_remove)
    p = commands.add_parser("trash", parents=[common], help="回收站：删除后可以恢复的文件")
    p.set_defaults(run=cmd_trash)
    p = commands.add_parser("restore", parents=[common], help="从回收站恢复一个删除的文件（连同其更正）")
    p.add_argument("file_id", type=int, metavar="FILE_ID", help="文件编号（见 trash）")
    p.set_defaults(run=cmd_restore)
    p = commands.add_parser(
        "correct",
        parents=[common],
        help="更正解析结果：junk/split/block 文档 块序号，merge 文档，title 文档 标题，year 文档 年份；"
        "list/keep/undo 文件编号",
    )
    p.add_argument("action", choices=(*CORRECTION_ACTIONS, "list", "undo"))
    p.add_argument("target", type=int, metavar="ID", help="文档编号（见 list）；list、keep、undo 为文件编号")
    p.add_argument("value", nargs="?", help="段落块序号（从 1 数起）、新标题、年份（none：未注明）、更正编号或锚点")
    p.add_argument("--reason", help="junk：标为杂项的原因")
    p.add_argument("--type", choices=BLOCK_TYPES, default="paragraph", help="block：新类型")
    p.add_argument("--level", type=int, help="block：标题或条目的层级（1 = 一、）")
    p.set_defaults(run=cmd_correct)
    p = commands.add_parser("groups", parents=[common], help="近似重复段落分组（模板段落），按出现次数排列")
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认由基准测试选定）")
    p.add_argument("--min-count", type=int, default=1, metavar="N", help="只显示出现至少 N 次的组（默认 1：全部）")
    p.add_argument("--archive", metavar="DIR", help="对联合会档案库（Parquet）分组，而不是文库")
    p.add_argument(
        "--engine", choices=("single", "dask"), default="single", help="single：本进程；dask：在 Dask 集群上核对"
    )
    p.add_argument(
        "--cluster", metavar="ADDRESS", help="Dask 调度器地址，或 local（本机两个 worker；--engine dask 的默认）"
    )
    p.set_defaults(run=cmd_groups)
    p = commands.add_parser("compose", parents=[common], help="按规格文件起草计划并导出 .docx/.txt/.md")
    p.add_argument("spec", help="规格文件（JSON，见 README）")
    p.add_argument("-o", "--output", required=True, help="导出文件：扩展名 .docx、.txt 或 .md 决定格式")
    p.add_argument("--keep-placeholders", action="store_true", help="仍有待填写项时也导出（待填写项保留并标出）")
    p.add_argument(
        "--rules", help="过时提示规则文件（默认：文库旁的 *.staleness.toml，没有则 nlp/data/staleness.toml）"
    )
    p.set_defaults(run=cmd_compose)
    p = commands.add_parser("topics", parents=[common], help="文库中段落的主题（关键词标签）与离群段落")
    p.add_argument("--n-topics", type=int, metavar="K", help="主题数（默认自动选择）")
    p.set_defaults(run=cmd_topics)
    p = commands.add_parser("check", parents=[common], help="查重：草稿与文库、与自身、与其他草稿的重复文字")
    p.add_argument("files", nargs="*", metavar="FILE", help="草稿文件（txt/docx/pdf/html/md）；多个则批量检查并互查")
    p.add_argument(
        "--draft", type=int, metavar="ID", help="改为检查一份保存的草稿（每段注明来源：原样沿用、已修改、本人撰写）"
    )
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认 0.7）")
    p.add_argument("--min-chars", type=int, metavar="N", help="最小匹配长度（字符，默认 13）")
    p.add_argument(
        "--exclude-file",
        action="append",
        metavar="NAME",
        help="排除来自此文库文件的复制（文件名或通配符，可重复），计入“去除所选来源后的复制比”",
    )
    p.add_argument("--exclude-quotes", action="store_true", help="引号内的文字与引用标题下的段落不计为复制")
    p.add_argument("-o", "--output", metavar="REPORT", help="把报告写成 .html 或 .docx（单篇草稿）")
    p.set_defaults(run=cmd_check)
    p = commands.add_parser(
        "archive", parents=[common], help="联合会档案库（Parquet，按年份与单位）：建立、追加、导出文库、导入单位"
    )
    p.add_argument("action", choices=("build", "add", "export", "import"))
    p.add_argument("source", nargs="?", help="build/add：来源文件夹，按“年份/单位/文件”存放")
    p.add_argument("--archive", required=True, metavar="DIR", help="档案库目录")
    p.add_argument("--cluster", metavar="ADDRESS", help="在 Dask 集群上解析：调度器地址或 local；省略则在本进程")
    p.add_argument("--year", type=int, help="export：写入的年份；import：只导入这一年")
    p.set_defaults(run=cmd_archive)
    p = commands.add_parser(
        "screen", parents=[common], help="联合会批量查重：本年提交材料对档案库与彼此，雷同单位对与雷同群"
    )
    p.add_argument("--archive", required=True, metavar="DIR", help="档案库目录")
    p.add_argument("--submissions", required=True, metavar="DIR", help="本年提交材料，按“单位/文件”存放")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="结果目录（Parquet 与 JSON）")
    p.add_argument("--cluster", metavar="ADDRESS", help="Dask 调度器地址，或 local（本机两个 worker）；省略则在本进程")
    p.add_argument("--exclude-own-years", action="store_true", help="不与本单位往年的材料对照")
    p.add_argument("--year", type=int, help="本年年份（写入结果）")
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认 0.7）")
    p.add_argument("--min-chars", type=int, metavar="N", help="最小匹配长度（字符，默认 13）")
    p.add_argument("--part-blocks", type=int, metavar="N", help="每个索引分片的段落数（默认 50000）")
    p.set_defaults(run=cmd_screen)
    p = commands.add_parser(
        "user", parents=[common], help="账号：user add 名字 --unit 单位 [--admin | --role 角色]；user list"
    )
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("name", nargs="?")
    p.add_argument("--admin", action="store_true", help="管理员（第一个管理员用这个命令创建）")
    p.add_argument("--role", choices=access.ROLES, default=access.DRAFTER, help="角色（默认起草人）")
    p.set_defaults(run=cmd_user)
    p = commands.add_parser("unit", parents=[common], help="单位：unit add 名称；unit list")
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("name", nargs="?")
    p.set_defaults(run=cmd_unit)
    p = commands.add_parser("share", parents=[common], help="把文件放入共享文库（范文、上级文件），--off 移出")
    p.add_argument("file_id", type=int, metavar="FILE_ID")
    p.add_argument("--off", action="store_true")
    p.set_defaults(run=cmd_share)
    p = commands.add_parser("audit", parents=[common], help="审计日志：导入、删除、导出、共享、登录")
    p.add_argument("-o", "--output", metavar="FILE.csv", help="导出为 CSV")
    p.set_defaults(run=cmd_audit)

    p = commands.add_parser("followup", parents=[common], help="计划↔总结对照：计划的每一条在总结中是否落实")
    p.add_argument("plan", metavar="PLAN", help="计划：文库中的文档编号或文件")
    p.add_argument("summary", metavar="SUMMARY", help="同年同单位的总结：文库中的文档编号或文件")
    p.add_argument("--level", type=int, default=3, metavar="N", help="对照到第几级标题（1 = 一、，默认 3）")
    p.add_argument("-o", "--output", metavar="REPORT.docx", help="把对照表写成 .docx")
    p.set_defaults(run=cmd_followup)
    p = commands.add_parser("compare", parents=[common], help="年度对比：逐段与往年计划比较（沿用、改写、新增、删去）")
    p.add_argument("document", nargs="?", metavar="DOCUMENT", help="计划：文库中的文档编号或文件")
    p.add_argument("--draft", type=int, metavar="ID", help="改为比较一份保存的草稿")
    p.set_defaults(run=cmd_compare)
    p = commands.add_parser(
        "where-used", parents=[common], help="用在哪里：文库段落所在的组见于哪些文档（年份、单位）和哪些草稿"
    )
    p.add_argument("block_id", type=int, metavar="BLOCK_ID", help="文库段落编号（groups --json 的 block_id）")
    p.set_defaults(run=cmd_where_used)
    p = commands.add_parser(
        "mark-reuse", parents=[common], help="合理借鉴：把草稿的一段标为合理借鉴（查重时单列），--off 取消"
    )
    p.add_argument("draft_id", type=int, metavar="DRAFT_ID", help="草稿编号")
    p.add_argument("block", type=int, metavar="N", help="第几段（从 1 起，与查重报告的段号相同）")
    p.add_argument("--reason", help="理由，如：工会章程原文")
    p.add_argument("--off", action="store_true", help="取消标记")
    p.set_defaults(run=cmd_mark_reuse)
    p = commands.add_parser(
        "replace", parents=[common], help="统一替换提法：在保存的草稿中把旧提法换成新提法（先预览）"
    )
    p.add_argument("old", metavar="OLD", help="旧提法，如 十四五")
    p.add_argument("new", metavar="NEW", help="新提法，如 十五五")
    p.add_argument("--draft", type=int, action="append", metavar="ID", help="只改这份草稿（可重复；默认全部草稿）")
    p.add_argument("--apply", action="store_true", help="保存替换（不加则只预览）")
    p.set_defaults(run=cmd_replace)
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
