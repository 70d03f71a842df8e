"""The boilerplate map's commands: groups (of the library or of a federation's archive), topics."""

from __future__ import annotations

from pathlib import Path

from nlp import usecases
from nlp.cli.federation import dask_client
from nlp.cli.output import open_library, print_json, snippet
from nlp.errors import InputError
from nlp.resources import TYPE_LABELS


def group_json(group) -> dict:
    """A near-duplicate group as the JSON contract names it."""
    return {
        "id": group.id,
        "canonical_text": group.canonical_text,
        "type": group.type,
        "count": group.count,
        "documents": group.documents,
        "members": [
            {
                "block_id": m.block_id,
                "document_id": m.document_id,
                "document": m.document_title,
                "file": m.file_name,
                "marker": m.marker,
                "text": m.text,
                "similarity": m.similarity,
            }
            for m in group.members
        ],
    }


def _archive_groups(args, threshold: float) -> tuple[int, list]:
    """The blocks and groups of a federation's archive (``--archive``), on Dask with ``--engine dask``."""
    from nlp.federation.archive import archive_slices, slice_rows
    from nlp.federation.cluster import archive_groups

    archive = Path(args.archive)
    blocks = sum(slice_rows(archive, archive_slices(archive)))
    address = (args.cluster or "local") if args.engine == "dask" else None
    with dask_client(address) as client:
        return blocks, archive_groups(archive, client=client, threshold=threshold)


def cmd_groups(args) -> int:
    from nlp.boilerplate import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    if args.engine == "dask" and not args.archive:
        raise InputError("--engine dask 需要 --archive 档案库目录")
    if args.archive:
        blocks, groups = _archive_groups(args, threshold)
    else:
        with open_library(args) as library:
            blocks = len(library.blocks())
            groups = usecases.library_groups(library, threshold=threshold)
    shown = [g for g in groups if g.count >= args.min_count]
    if args.json:
        print_json([group_json(g) for g in shown])
        return 0
    if not blocks:
        print("文库是空的。用 python -m nlp ingest 路径 导入文件。")
        return 0
    repeated = [g for g in groups if g.count >= 2]
    print(
        f"{blocks} 个块归为 {len(groups)} 组（相似度阈值 {threshold}）；"
        f"{len(repeated)} 组重复出现，共 {sum(g.count for g in repeated)} 块"
    )
    for g in shown:
        print(
            f"{g.id:>5}  {g.count:>3} 次  {g.documents:>3} 篇  {TYPE_LABELS.get(g.type, g.type)}  {snippet(g.canonical_text)}"
        )
    return 0


def topics_json(groups, topic_map) -> dict:
    """Topics with their members, and the outliers with where they come from."""
    by_id = {g.id: g for g in groups}
    return {
        "built_at": topic_map.built_at,
        "topics": [
            {
                "id": t.id,
                "label": t.label,
                "keywords": list(t.keywords),
                "size": t.size,
                "members": [
                    {"group_id": i, "canonical_text": by_id[i].canonical_text, "count": by_id[i].count}
                    for i in t.group_ids
                ],
            }
            for t in topic_map.topics
        ],
        "outliers": [
            {"group_id": i, "document": m.document_title, "file": m.file_name, "text": m.text}
            for i in topic_map.outliers
            for m in by_id[i].members
        ],
    }


def cmd_topics(args) -> int:
    with open_library(args) as library:
        groups, topic_map = usecases.library_topics(library, n_topics=args.n_topics, rebuild=args.rebuild)
    payload = topics_json(groups, topic_map)
    if args.json:
        print_json(payload)
        return 0
    how = "自动选择" if topic_map.auto_k else "指定"
    blocks = sum(g.count for g in groups)
    print(f"主题 {len(topic_map.topics)} 个（{how}）；段落块 {blocks} 个，不同段落 {len(groups)} 个")
    print(f"主题最近一次重建：{topic_map.built_at}（此后导入的段落归入最相近的主题；--rebuild 立即重建）")
    for topic in payload["topics"]:
        print(f"\n{topic['id']:>3}. {topic['label']}  — {topic['size']} 块，{len(topic['members'])} 段")
        for member in topic["members"][:3]:
            print(f"       {member['count']:>2} 次  {snippet(member['canonical_text'])}")
    unassigned = sum(t is None for t in topic_map.assignments.values()) - len(topic_map.outliers)
    if unassigned:
        print(f"\n未归入任何主题的短标题等：{unassigned} 段")
    print(f"\n离群段落 {len(payload['outliers'])} 个（与文库中其他内容都不相似，起草时可隐藏）：")
    for outlier in payload["outliers"]:
        print(f"  〔{outlier['group_id']}〕《{outlier['document']}》 {outlier['file']}：{snippet(outlier['text'])}")
    return 0


def add_groups(commands, common) -> None:
    """The parser of groups."""
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


def add_topics(commands, common) -> None:
    """The parser of topics."""
    p = commands.add_parser("topics", parents=[common], help="文库中段落的主题（关键词标签）与离群段落")
    p.add_argument("--n-topics", type=int, metavar="K", help="主题数（默认自动选择）")
    p.add_argument("--rebuild", action="store_true", help="按当前文库重新聚类主题（否则沿用上次的主题）")
    p.set_defaults(run=cmd_topics)
