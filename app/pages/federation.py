"""联合会筛查: a year's screening of every member unit's submission (``python -m nlp screen``) at a
glance: the distribution of 总文字复制比, the units above a threshold, the 雷同 unit pairs with
their passages side by side, the clusters, one unit's report, and the lists as CSV for a 通报.

For the federation's administrator; access control comes with the units' roles."""

from __future__ import annotations

import json
import os

import pandas as pd
import streamlit as st

from app import state
from nlp.check.reports.html import highlight
from nlp.errors import InputError
from nlp.resources import percent

DEFAULT_RESULTS = os.environ.get("JIHUA_SCREENING", "data/screening")

st.title("联合会筛查")
st.caption("本年各会员单位提交材料的批量查重结果（由 python -m nlp screen 生成）。")
folder = st.text_input("筛查结果目录", value=DEFAULT_RESULTS, key="federation_results")
try:
    result = state.screening(folder)
except InputError as err:
    st.info(str(err))
    st.code("python -m nlp screen --archive 档案库目录 --submissions 本年提交目录 -o 结果目录 --cluster local")
    st.stop()

summary = result["summary"]
submissions = result["submissions"].to_pandas()
pairs = result["pairs"].to_pandas()
passages = result["passages"].to_pandas()

threshold = st.slider("总文字复制比阈值", 0.0, 1.0, 0.4, 0.05, key="federation_threshold")
above = submissions[submissions["copied_ratio"] >= threshold].sort_values("copied_ratio", ascending=False)
m = st.columns(4)
m[0].metric("提交材料", f"{summary['submissions']} 份")
m[1].metric("单位", f"{summary['units']} 个")
m[2].metric("达到阈值的材料", f"{len(above)} 份")
m[3].metric("雷同群", f"{len(summary['clusters'])} 个")

st.subheader("总文字复制比分布")
st.vega_lite_chart(
    submissions[["copied_ratio"]],
    {
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "copied_ratio", "type": "quantitative", "bin": {"step": 0.05}, "title": "总文字复制比"},
            "y": {"aggregate": "count", "type": "quantitative", "title": "材料份数"},
        },
    },
    width="stretch",
)
shown = above.assign(
    总文字复制比=above["copied_ratio"].map(percent), 单篇最大=above["max_single_source_ratio"].map(percent)
)[["unit", "file", "总文字复制比", "单篇最大", "top_source"]].rename(
    columns={"unit": "单位", "file": "文件", "top_source": "主要来源"}
)
st.dataframe(shown, hide_index=True, use_container_width=True)

st.subheader("雷同单位对")
least = st.slider("共享文字至少占本单位材料", 0.0, 1.0, 0.3, 0.05, key="federation_pair_share")
ranked = pairs[pairs["share"] >= least]
table = ranked.assign(
    来源=ranked.apply(lambda p: "本年提交" if p["this_year"] else f"{p['other_year']}年档案", axis=1),
    共享比例=ranked["share"].map(percent),
)[["unit", "other_unit", "来源", "共享比例", "passages"]].rename(
    columns={"unit": "单位", "other_unit": "雷同单位", "passages": "段数"}
)
st.dataframe(table, hide_index=True, use_container_width=True)
if summary["clusters"]:
    st.markdown("**雷同群**（彼此共享一半以上文字的单位）")
    for number, cluster in enumerate(summary["clusters"], start=1):
        st.markdown(f"{number}. {'、'.join(cluster)}")

if len(ranked):
    labels = [
        f"{p.unit} ← {p.other_unit}（{'本年提交' if p.this_year else f'{p.other_year}年档案'}，{percent(p.share)}）"
        for p in ranked.itertuples()
    ]
    chosen = st.selectbox(
        "查看一对单位的雷同段落", range(len(labels)), format_func=labels.__getitem__, key="federation_pair"
    )
    pair = ranked.iloc[chosen]
    shared = passages[
        (passages["unit"] == pair["unit"])
        & (passages["other_unit"] == pair["other_unit"])
        & (passages["other_year"] == pair["other_year"])
    ]
    for row in shared.itertuples():
        left, right = st.columns(2)
        left.html(
            f"<b>{pair['unit']}</b> · {row.file} 第{row.block + 1}段<br>{highlight(row.text, json.loads(row.spans))}"
        )
        right.html(
            f"<b>{pair['other_unit']}</b> · {row.other_year}年 {row.other_file}<br>"
            f"{highlight(row.other_text, json.loads(row.other_spans))}"
        )

st.subheader("导出通报名单")
c = st.columns(2)
c[0].download_button(
    "达到阈值的材料（CSV）",
    shown.to_csv(index=False).encode("utf-8-sig"),
    file_name=f"筛查-{summary['year'] or ''}-材料.csv",
    mime="text/csv",
)
c[1].download_button(
    "雷同单位对（CSV）",
    table.to_csv(index=False).encode("utf-8-sig"),
    file_name=f"筛查-{summary['year'] or ''}-雷同单位.csv",
    mime="text/csv",
)

st.subheader("单位报告")
reports = state.screening_reports(folder)
names = [f"{r['unit']}/{r['file']}" for r in reports]
picked = st.selectbox("选择一份材料", range(len(names)), format_func=names.__getitem__, key="federation_unit")
report = reports[picked]["report"]
figures = report["summary"]
r = st.columns(3)
r[0].metric("总文字复制比", percent(figures["copied_ratio"]))
r[1].metric("单篇最大文字复制比", percent(figures["max_single_source_ratio"]))
r[2].metric("自我重复", percent(figures["self_repeated_ratio"]))
if figures["sources"]:
    st.dataframe(
        pd.DataFrame(
            [{"来源": s["file"], "文档": s["document"], "复制比": percent(s["ratio"])} for s in figures["sources"]]
        ),
        hide_index=True,
        use_container_width=True,
    )
for number, block in enumerate(report["blocks"], start=1):
    spans = [s for m in block["matches"] for s in m["spans"]]
    if spans:
        st.html(
            f"第{number}段 · {percent(block['similarity'])}<br>{highlight(block['text'], spans, block['severity'])}"
        )
