"""Accounts, units, the shared library and the audit log: user, unit, share, audit."""

from __future__ import annotations

import getpass
import sys
from dataclasses import asdict
from pathlib import Path

from nlp import access
from nlp.cli.output import open_library, print_json
from nlp.errors import InputError


def _password(prompt: str) -> str:
    """A password typed twice at a terminal, or the first line of standard input; never an argument."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("再输入一次：") != first:
        raise InputError("两次输入的密码不一致")
    return first


def cmd_user(args) -> int:
    with open_library(args) as library:
        if args.action == "list":
            units = {u.id: u.name for u in library.units()}
            people = library.people()
            if args.json:
                print_json([{**asdict(p), "unit": units.get(p.unit_id)} for p in people])
            for p in [] if args.json else people:
                print(f"{p.id:>4}  {p.name}  {p.role}  {units.get(p.unit_id)}{'' if p.active else '  （已停用）'}")
            return 0
        if not args.name:
            raise InputError("请给出账号名：python -m nlp user add 名字 --unit 单位")
        if args.unit is None:
            raise InputError("请用 --unit 指定账号所属的单位（名称或编号，见 python -m nlp unit list）")
        role = access.ADMIN if args.admin else args.role
        person = library.add_person(args.name, library.actor.unit_id, role, _password(f"{args.name} 的密码："))
    print(f"已创建账号 {person.name}（{person.role}）")
    return 0


def cmd_unit(args) -> int:
    with open_library(args) as library:
        if args.action == "add":
            if not args.name:
                raise InputError("请给出单位名称：python -m nlp unit add 名称")
            unit = library.add_unit(args.name)
            print(f"已创建单位 {unit.id}：{unit.name}")
            return 0
        units = library.units()
    if args.json:
        print_json([asdict(u) for u in units])
    for u in [] if args.json else units:
        print(f"{u.id:>4}  {u.name}")
    return 0


def cmd_share(args) -> int:
    with open_library(args) as library:
        library.set_file_shared(args.file_id, not args.off)
    print(f"文件 {args.file_id} {'已移出' if args.off else '已放入'}共享文库")
    return 0


def cmd_audit(args) -> int:
    with open_library(args) as library:
        if args.output:
            Path(args.output).write_text(library.audit_csv(), encoding="utf-8-sig")
            print(f"审计日志已写入 {args.output}")
            return 0
        entries = library.audit_entries(None if args.json else 50)
    if args.json:
        print_json([asdict(e) for e in entries])
    for e in [] if args.json else entries:
        print(f"{e.at[:19]}  {e.person}  {e.action}  {e.object}  {e.detail}{'' if e.ok else '  ✗'}")
    return 0


def add_commands(commands, common) -> None:
    """The parsers of user, unit, share, audit."""
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
