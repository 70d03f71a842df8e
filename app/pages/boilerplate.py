"""模板段落: the library's recurring paragraphs, grouped, with their topics, variants and outliers."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import streamlit as st

from app import render, state
from app.state import ALL_TOPICS, NO_TOPIC, OUTLIER
from nlp import usecases
from nlp.boilerplate.search import query_terms
from nlp.boilerplate.topics import MAX_TOPICS, REBUILD_SHARE, TopicPoints
from nlp.cycle import ORIGIN_STATUS
from nlp.errors import InputError
from nlp.resources import TYPE_LABELS

MAP_POINTS = 3000  # the map draws the most frequent groups only, or the browser crawls
GROUP_CHOICES = 300  # groups offered to open at once
TABLE_ROWS = 2000  # groups listed at once: a table of 47 000 took longer to build and send than the rest of the page
TOPIC_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
    "#393b79",
    "#637939",
)

st.title("模板段落")
st.caption(
    "往年计划里反复出现的段落：近似重复的归为一组，按出现次数排列，并按主题归类。"
    "与文库其他内容都不相似的离群段落（例如混入的实验报告）默认隐藏。"
)
library = state.library()
if library.is_empty():
    st.info("文库还是空的。请先在“文库”页面导入往年的工作计划。")
    st.stop()

# --- the index, computed once per library revision -----------------------------------------

controls = st.columns([3, 3, 1.4, 1.6], vertical_alignment="bottom")
keyword = controls[0].text_input("关键词", placeholder="例如：送温暖、职代会、体检", key="boilerplate_keyword").strip()
n_topics = controls[2].number_input(
    "主题数",
    min_value=0,
    max_value=MAX_TOPICS,
    value=0,
    step=1,
    key="boilerplate_n_topics",
    help="0 表示自动选择主题数",
)
show_outliers = controls[3].toggle("显示离群段落", value=False, key="boilerplate_show_outliers")

db_path, revision = str(library.path), state.library_revision(library)
with st.status("正在建立模板段落索引…", expanded=False) as status:
    st.write("归并近似重复的段落…")
    groups = state.library_groups(db_path, revision)
    st.write("分词（jieba 与领域词典）、聚类主题、识别离群段落…")  # tokens only when topics are built
    try:
        topics = state.topic_map(db_path, revision, int(n_topics) or None)
        refused = None
    except InputError as err:
        topics, refused = state.topic_map(db_path, revision, None), str(err)
    blocks = int(groups.counts.sum())
    status.update(
        label=f"索引就绪：{blocks} 个段落块，{len(groups)} 组不同段落，{len(topics.topics)} 个主题", state="complete"
    )

if refused:
    st.warning(f"{refused}。已改为自动选择主题数。")


def on_rebuild_topics(asked: int | None) -> None:
    try:
        state.rebuild_topics(library, asked)
    except InputError as err:
        st.session_state["boilerplate_topics_flash"] = ("error", str(err))
        return
    st.session_state["boilerplate_topics_flash"] = ("success", "已按当前文库重新聚类主题。")


built, rebuild = st.columns([5, 1], vertical_alignment="center")
built.caption(
    f"主题最近一次重建：{render.format_time(topics.built_at)}。此后导入的段落已归入最相近的主题，"
    f"离群段落在下次重建时识别；文库变化超过 {REBUILD_SHARE:.0%} 时自动重建。"
)
if usecases.may_rebuild_topics(library):
    rebuild.button(
        "重建主题",
        key="boilerplate_rebuild_topics",
        on_click=on_rebuild_topics,
        args=(None if refused else int(n_topics) or None,),
        help="按当前文库重新聚类主题、识别离群段落（大文库需要一两分钟）",
    )
if flash := st.session_state.pop("boilerplate_topics_flash", None):
    getattr(st, flash[0])(flash[1])

topic_by_id = {t.id: t for t in topics.topics}
outliers = set(topics.outliers)


def topic_of(group_id: int) -> int:
    return state.topic_of(topics, group_id, outliers)


def topic_name(topic_id: int) -> str:
    if topic_id == OUTLIER:
        return "离群段落"
    if topic_id == NO_TOPIC:
        return "未归类"
    return render.topic_name(topic_by_id[topic_id])


topic_options = [ALL_TOPICS, *topic_by_id, NO_TOPIC] + ([OUTLIER] if show_outliers else [])
if st.session_state.get("boilerplate_topic") not in topic_options:
    st.session_state["boilerplate_topic"] = ALL_TOPICS
chosen_topic = controls[1].selectbox(
    "主题",
    topic_options,
    key="boilerplate_topic",
    format_func=lambda t: "全部主题" if t == ALL_TOPICS else topic_name(t),
)

m = st.columns(4)
m[0].metric("段落块", blocks)
m[1].metric("不同段落（组）", len(groups))
m[2].metric("主题", len(topics.topics), help="自动选择" if topics.auto_k else "手动指定")
m[3].metric("离群段落", len(outliers))
if not show_outliers and outliers:
    st.caption(
        f"已隐藏 {len(outliers)} 个离群段落：它们只出现一次，且与文库中其他段落、任何主题都不相似。"
        "打开“显示离群段落”可查看。"
    )

# --- topic sizes and the map ------------------------------------------------------------------

if topics.topics:
    names = [topic_name(t.id) for t in topics.topics]
    # Vega-Lite specs as they are (Altair's import and its schema's validation: 23 MB of the server and
    # 0.2 CPU-s a run at 100 000 blocks). One colour per topic, the same in both charts, so the bar chart is
    # the map's legend.
    topic_colour = {
        "field": "主题",
        "type": "nominal",
        "legend": None,
        "scale": {
            "domain": names + [topic_name(NO_TOPIC), topic_name(OUTLIER)],
            "range": [TOPIC_COLOURS[i % len(TOPIC_COLOURS)] for i in range(len(names))] + ["#b0b7bb", "#5f6b70"],
        },
    }
    left, right = st.columns(2)
    sizes = pd.DataFrame(
        [(topic_name(t.id), t.size, len(t.group_ids)) for t in topics.topics], columns=["主题", "段落块", "不同段落"]
    )
    left.subheader("主题大小")
    left.vega_lite_chart(
        sizes,
        {
            "mark": {"type": "bar"},
            "encoding": {
                "x": {"field": "段落块", "type": "quantitative"},
                # Every topic named: Vega hides overlapping labels by default and drops every other one.
                "y": {
                    "field": "主题",
                    "type": "nominal",
                    "sort": names,
                    "title": None,
                    "axis": {"labelLimit": 320, "labelOverlap": False},
                },
                "color": topic_colour,
                "tooltip": [
                    {"field": "主题", "type": "nominal"},
                    {"field": "段落块", "type": "quantitative"},
                    {"field": "不同段落", "type": "quantitative"},
                ],
            },
            "height": {"step": 26},
        },
        width="stretch",
    )
    # The most frequent, by the columns of the points and of the list (a point and a group made for
    # the 3 000 drawn only, of 47 000).
    mapped = TopicPoints.of(topics.points)
    if not show_outliers:
        mapped = mapped[~np.isin(mapped.group_ids, np.array(topics.outliers, dtype=np.int64))]
    mapped_ids = mapped.group_ids
    id_order = np.argsort(groups.ids, kind="stable")
    rows = id_order[np.searchsorted(groups.ids, mapped_ids, sorter=id_order)]
    drawn = np.lexsort((mapped_ids, -groups.counts[rows]))[:MAP_POINTS].tolist()
    points = pd.DataFrame(
        [
            (p.x, p.y, topic_name(topic_of(p.group_id)), g.count, g.canonical_text[:60])
            for p, g in ((mapped[i], groups[int(rows[i])]) for i in drawn)
        ],
        columns=["x", "y", "主题", "次数", "段落"],
    )
    right.subheader("段落分布图")
    ring = {"domain": [-1.08, 1.08]}
    right.vega_lite_chart(
        points,
        {
            "mark": {"type": "circle", "opacity": 0.75},
            "encoding": {
                "x": {"field": "x", "type": "quantitative", "axis": None, "scale": ring},
                "y": {"field": "y", "type": "quantitative", "axis": None, "scale": ring},
                "color": topic_colour,
                "size": {"field": "次数", "type": "quantitative", "legend": None, "scale": {"range": [20, 260]}},
                "tooltip": [
                    {"field": "主题", "type": "nominal"},
                    {"field": "次数", "type": "quantitative"},
                    {"field": "段落", "type": "nominal"},
                ],
            },
            "height": max(220, 26 * len(names)),
        },
        width="stretch",
    )
    right.caption(
        "每个点是一组段落，颜色与左图的主题相同，点越大出现次数越多。每个主题在圆周上占一处，"
        "相近的主题彼此相邻；段落落在它所像的主题之间，与哪个主题都不像的靠近中心。"
    )

# --- the groups, most frequent first -------------------------------------------------------------


shown = state.matching_groups(
    groups,
    topics,
    keyword=keyword,
    topic=chosen_topic,
    show_outliers=show_outliers,
    search=state.group_search(db_path, revision) if keyword.strip() else None,  # built only when searched
)

st.subheader("段落组")
if not shown:
    st.info("没有符合条件的段落。请换一个关键词或主题。")
    st.stop()
if keyword and (synonyms := query_terms(keyword)[1:]):
    st.caption(f"显示 {len(shown)} / {len(groups)} 组，按相关程度排列；同时查找：{'、'.join(synonyms)}")
else:
    st.caption(f"显示 {len(shown)} / {len(groups)} 组，" + ("按相关程度排列" if keyword else "按出现次数排列"))
table = pd.DataFrame(
    [
        (g.count, g.documents, g.canonical_text, topic_name(topic_of(g.id)), TYPE_LABELS.get(g.type, g.type), g.id)
        for g in shown[:TABLE_ROWS]
    ],
    columns=["次数", "文档数", "段落", "主题", "类型", "组号"],
)
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    height=min(320, 38 + 35 * len(table)),
    column_config={
        "次数": st.column_config.NumberColumn(width="small"),
        "文档数": st.column_config.NumberColumn(width="small"),
        "段落": st.column_config.TextColumn(width="large"),
        "类型": st.column_config.TextColumn(width="small"),
        "组号": st.column_config.NumberColumn(width="small"),
    },
)
if len(shown) > TABLE_ROWS:
    st.caption(f"表中只列出前 {TABLE_ROWS} 组；其余请用关键词或主题缩小范围。")

# --- one group: its variants side by side ------------------------------------------------------


def on_add_to_draft(draft_id: int, block_id: int) -> None:
    try:
        saved = usecases.add_to_draft(
            library, draft_id, list(state.stored_blocks(db_path, revision, [block_id]).values())
        )
    except InputError as err:
        st.session_state["boilerplate_flash"] = ("error", str(err))
        return
    st.session_state["compose_draft"] = draft_id  # 起草 opens this draft next
    st.session_state["boilerplate_flash"] = ("success", f"已加入草稿《{render.md_escape(saved.title)}》末尾。")


def add_to_draft(group) -> None:
    """加入草稿: the group's representative wording appended to a saved draft (the one open on 起草)."""
    drafts = {d.id: d.title for d in library.drafts()}
    if not drafts:
        st.caption("还没有草稿：在“起草”页面新建草稿后，可以把这一段加入草稿。")
        return
    canonical = next((m for m in group.members if m.text == group.canonical_text), group.members[0])
    opened = st.session_state.get("compose_draft")
    target, action = st.columns([4, 1], vertical_alignment="bottom")
    draft_id = target.selectbox(
        "加入哪份草稿",
        list(drafts),
        index=list(drafts).index(opened) if opened in drafts else 0,
        key=f"boilerplate_target_{group.id}",
        format_func=drafts.get,
    )
    action.button(
        "加入草稿",
        key="boilerplate_add",
        type="primary",
        icon=":material/add:",
        on_click=on_add_to_draft,
        args=(draft_id, canonical.block_id),
        width="stretch",
    )
    if flash := st.session_state.pop("boilerplate_flash", None):
        getattr(st, flash[0])(flash[1])


choices = {g.id: g for g in shown[:GROUP_CHOICES]}
shown_ids = list(choices)
if st.session_state.get("boilerplate_group") not in shown_ids:
    st.session_state["boilerplate_group"] = shown_ids[0]
group_id = st.selectbox(
    "打开一组",
    shown_ids,
    key="boilerplate_group",
    format_func=lambda i: f"〔{choices[i].count} 次〕{choices[i].canonical_text[:50]}",
)
if len(shown) > GROUP_CHOICES:
    st.caption(f"只列出出现最多的 {GROUP_CHOICES} 组；其余请用关键词或主题缩小范围后打开。")
group = choices[group_id]
st.caption(f"出现 {group.count} 次，见于 {group.documents} 篇文档 · 主题：{topic_name(topic_of(group.id))}")
with st.container(border=True):
    st.html(
        f'<div style="font-weight:600;margin-bottom:0.3em">范本（最具代表性的写法）</div>'
        f'<div style="line-height:1.75">{html.escape(group.canonical_text)}</div>'
    )
    add_to_draft(group)

variants: dict[str, list] = {}
for member in group.members:
    variants.setdefault(member.text, []).append(member)
st.html(f"<div><b>{len(variants)} 种写法</b>（{render.diff_legend()}）</div>")
columns = st.columns(2)
for number, (text, members) in enumerate(variants.items()):
    sources = "".join(
        f"<li>{html.escape(render.document_source(m.document_title, m.file_name))}"
        f"{' · ' + html.escape(m.marker) if m.marker else ''}</li>"
        for m in members
    )
    with columns[number % 2].container(border=True):
        st.html(
            f'<div style="line-height:1.75">{render.diff_html(group.canonical_text, text)}</div>'
            f'<div style="color:#666;font-size:0.85rem;margin-top:0.4em">来源（{len(members)} 处）：'
            f'<ul style="margin:0.2em 0 0 1.2em;padding:0">{sources}</ul></div>'
        )

# --- where this group is used: documents (year, unit) and drafts the person sees ----------------------

used = usecases.block_where_used(library, group.members[0].block_id, groups=groups)
st.subheader("用在哪里")
st.caption(
    f"见于文库 {len(used.documents)} 篇文档、草稿 {len(used.drafts)} 处（只列出你能看到的单位文库、共享文库和草稿）。"
)
st.dataframe(
    pd.DataFrame(
        [
            (str(d.year or "—"), render.document_source(d.title, d.file), d.kind, d.unit or "单位不详")
            for d in used.documents
        ],
        columns=["年份", "文档", "类型", "单位"],
    ),
    hide_index=True,
    width="stretch",
)
if used.drafts:
    st.dataframe(
        pd.DataFrame(
            [
                (
                    d.title,
                    d.block_index + 1,
                    "取自此组" if d.how == "taken" else "文字相同",
                    ORIGIN_STATUS[d.status],
                    d.text,
                )
                for d in used.drafts
            ],
            columns=["草稿", "段", "怎样用到", "改动", "文字"],
        ),
        hide_index=True,
        width="stretch",
    )
else:
    st.caption("还没有草稿用到这一组。")
