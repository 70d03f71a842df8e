"""Builders of real test input files (DOCX, PDF, CFB, zip), all in memory."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PDF_FONT = "STSong-Light"  # an Adobe CID font: PDF viewers supply it, no font file needed
PDF_FONT_SIZE = 12
PDF_LEFT = 72
PDF_CHARS_PER_LINE = 30


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def styled_docx() -> bytes:
    """Title, Heading 1/2, a custom "标题 1" style, a style based on Heading 2, an outline-level
    style, body text with a line break, and a table with a merged cell, in that order."""
    document = docx.Document()
    document.add_heading("2024年工会工作计划", level=0)
    document.add_heading("一、指导思想", level=1)
    document.add_paragraph("以服务职工为中心。")
    document.add_heading("（一）组织建设", level=2)
    chinese_heading = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)  # standalone, no base
    document.add_paragraph("二、主要任务", style=chinese_heading)
    derived = document.styles.add_style("我的小标题", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = document.styles["Heading 2"]
    document.add_paragraph("（二）民主管理", style=derived)
    outlined = document.styles.add_style("大纲三级", WD_STYLE_TYPE.PARAGRAPH)
    outlined.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="2"/>'))
    document.add_paragraph("1.职代会", style=outlined)
    body = document.add_paragraph("第一行正文")
    body.add_run().add_break()
    body.add_run("第二行正文  ")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "时间安排"
    table.cell(0, 2).text = "负责人"
    for column, text in enumerate(("3月", "职代会", "工会主席")):
        table.cell(1, column).text = text
    document.add_paragraph("三、工作要求")
    return docx_bytes(document)


# abstractNum 90: 一、 / （一） / 1. / bullet / ①; abstractNum 91: 第一章 and 1.1, linked to Heading 1 and 2.
# In lvlText, %N stands for the counter of level N, so level 1 shows its own counter as %2.
_NUMBERING = f"""<w:numbering {nsdecls("w")}>
  <w:abstractNum w:abstractNumId="90">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:lvlText w:val="%5"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="91">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>
      <w:lvlText w:val="第%1章"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:isLgl/>
      <w:lvlText w:val="%1.%2"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
  <w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>
  <w:num w:numId="92"><w:abstractNumId w:val="90"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""


def _set_num_pr(element, num_id: int, ilvl: int | None = None) -> None:
    num_pr = element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    if ilvl is not None:
        num_pr.get_or_add_ilvl().val = ilvl


def numbering_document(numbering_xml: str = _NUMBERING):
    """A new document whose numbering part holds ``numbering_xml`` (by default the test lists: numId 90, 91, 92)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(numbering_xml):
        numbering.append(child)
    return document


def numbered_docx() -> bytes:
    """Paragraphs numbered by Word (labels absent from the text), directly and through styles."""
    document = numbering_document()

    def numbered(text: str, num_id: int, ilvl: int) -> None:
        _set_num_pr(document.add_paragraph(text)._p, num_id, ilvl)

    numbered("加强组织建设", 90, 0)  # 一、
    numbered("健全组织", 90, 1)  # （一）
    numbered("发展会员", 90, 1)  # （二）
    numbered("每季度发展一批", 90, 2)  # 1.
    numbered("要点", 90, 3)  # bullet: no label
    numbered("第一小点", 90, 4)  # ①
    numbered("开展劳动竞赛", 90, 0)  # 二、
    numbered("岗位练兵", 90, 1)  # （一） again: restarted under the new level-0 item
    numbered("", 90, 0)  # an empty numbered paragraph still takes 三、
    numbered("加强自身建设", 90, 0)  # 四、
    numbered("另起一个编号", 92, 0)  # 五、 from startOverride
    document.add_paragraph("不编号的正文")

    item_style = document.styles.add_style("条目", WD_STYLE_TYPE.PARAGRAPH)
    _set_num_pr(item_style.element, 90, 2)
    document.add_paragraph("样式编号甲", style=item_style)  # 1. (level 2 restarted under 四、)
    document.add_paragraph("样式编号乙", style=item_style)  # 2.
    switched_off = document.add_paragraph("取消编号", style=item_style)
    _set_num_pr(switched_off._p, 0)

    for name in ("Heading 1", "Heading 2"):
        _set_num_pr(document.styles[name].element, 91)  # no ilvl: found through the level's pStyle
    document.add_heading("总则", level=1)
    document.add_heading("目的", level=2)
    document.add_heading("范围", level=2)
    document.add_heading("组织", level=1)
    document.add_heading("机构", level=2)
    return docx_bytes(document)


def pdf_bytes(draw, encrypt: StandardEncryption | None = None) -> bytes:
    """A PDF drawn by ``draw(canvas)`` in the built-in Chinese CID font."""
    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def hard_wrap(paragraph: str) -> list[tuple[str, bool]]:
    """(line, indented) pairs of a paragraph set in fixed-width lines with a 2-character first-line indent."""
    first = PDF_CHARS_PER_LINE - 2
    rest = paragraph[first:]
    lines = [paragraph[:first]] + [rest[i : i + PDF_CHARS_PER_LINE] for i in range(0, len(rest), PDF_CHARS_PER_LINE)]
    return [(line, i == 0) for i, line in enumerate(lines)]


def lines_pdf(title: str, pages: list[list[tuple[str, bool]]]) -> bytes:
    """A centred title on page one, then each page's (line, indented) pairs, and a page number at
    the foot of every page."""

    def draw(pdf) -> None:
        width, height = A4
        for number, lines in enumerate(pages, start=1):
            pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
            y = height - 72
            if number == 1:
                pdf.drawCentredString(width / 2, y, title)
                y -= 36
            for line, indented in lines:
                pdf.drawString(PDF_LEFT + (2 * PDF_FONT_SIZE if indented else 0), y, line)
                y -= 18
            pdf.drawCentredString(width / 2, 40, f"- {number} -")
            pdf.showPage()

    return pdf_bytes(draw)


def long_plan_pdf(pages: int) -> bytes:
    """A plan of ``pages`` A4 pages: a section (一、 to 十、 in turn) and four hard-wrapped paragraphs on each."""
    paragraph = "坚持以职工为中心的工作导向，深入开展送温暖活动，对困难职工和退休老职工进行走访慰问，帮助解决实际困难。"
    return lines_pdf(
        "2026年医院工会工作计划",
        [
            [(f"{'一二三四五六七八九十'[(number - 1) % 10]}、第{number}项工作", False)]
            + [line for k in range(4) for line in hard_wrap(f"第{number}项之{k + 1}：{paragraph}")]
            for number in range(1, pages + 1)
        ],
    )


def tiny_pages_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages holding one character each: small on disk, thousands of pages."""

    def draw(pdf) -> None:
        for _ in range(pages):
            pdf.drawString(PDF_LEFT, 700, "页")
            pdf.showPage()

    return pdf_bytes(draw)


def paragraphs_docx(paragraphs: int) -> bytes:
    """A real DOCX whose body holds ``paragraphs`` one-character paragraphs, stored uncompressed (so
    it is not a zip bomb: the budget of paragraphs, not the ratio, must refuse it)."""
    body = "<w:p><w:r><w:t>项</w:t></w:r></w:p>" * paragraphs
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes(docx.Document()))) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                text = data.decode("utf-8")
                start = text.index("<w:body>") + len("<w:body>")
                data = (text[:start] + body + text[start:]).encode("utf-8")
            target.writestr(member.filename, data, zipfile.ZIP_STORED)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A page with a filled rectangle and no text, like a scan."""

    def draw(pdf) -> None:
        pdf.rect(100, 400, 300, 200, fill=1)
        pdf.showPage()

    return pdf_bytes(draw)


def encrypted_pdf() -> bytes:
    """A PDF that needs a user password to open."""
    return pdf_bytes(lambda pdf: pdf.drawString(72, 700, "机密"), StandardEncryption("secret", canPrint=0))


_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_SECTOR = 512
_MINI_STREAM_CUTOFF = 4096


def cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (CFB version 3) holding ``streams`` in the root storage.

    Every stream is padded to the mini-stream cutoff so it lives in regular sectors. Layout:
    header, sector 0 = the FAT, sector 1 = the directory (root + at most 3 streams), then data.
    """
    assert len(streams) <= 3
    names = sorted(streams, key=lambda name: (len(name), name.upper()))  # CFB sibling order
    payloads = [streams[name].ljust(_MINI_STREAM_CUTOFF, b"\0") for name in names]
    fat = [_FAT, _END]  # sector 0 holds the FAT, sector 1 is a one-sector directory chain
    starts = []
    for payload in payloads:
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(_sectors(payload) - 1)] + [_END]
    assert len(fat) <= _SECTOR // 4

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)  # signature, CLSID
    header += struct.pack(
        "<HHHHH6sIIIIIIIII",
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),  # minor/major version, byte order, sector shifts, reserved
        0,
        1,
        1,
        0,  # directory sectors (0 in v3), FAT sectors, first directory sector, transaction
        _MINI_STREAM_CUTOFF,
        _END,
        0,
        _END,
        0,  # cutoff, no mini FAT, no DIFAT sectors
    )
    header += struct.pack("<109I", 0, *([_FREE] * 108))  # DIFAT: the FAT is sector 0

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,  # name, type, black
            _FREE,
            right,
            child,
            bytes(16),
            0,
            0,
            0,
            start,
            size,  # siblings, child, CLSID, times
        )

    directory = entry("Root Entry", 5, _FREE, 1 if names else _FREE, _END, 0)
    for i, (name, payload, start) in enumerate(zip(names, payloads, starts), start=1):
        directory += entry(name, 2, i + 1 if i < len(names) else _FREE, _FREE, start, len(payload))
    directory += bytes(128) * (4 - 1 - len(names))
    fat_sector = struct.pack(f"<{_SECTOR // 4}I", *fat, *([_FREE] * (_SECTOR // 4 - len(fat))))
    data = b"".join(payload.ljust(_sectors(payload) * _SECTOR, b"\0") for payload in payloads)
    return header + fat_sector + directory + data


def _sectors(payload: bytes) -> int:
    return -(-len(payload) // _SECTOR)


def zip_bomb(document_xml_bytes: int) -> bytes:
    """A DOCX-shaped zip whose word/document.xml inflates to ``document_xml_bytes`` of spaces."""
    buffer = io.BytesIO()
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for offset in range(0, document_xml_bytes, len(chunk)):
                member.write(chunk[: document_xml_bytes - offset])
    return buffer.getvalue()


def docx_with_broken_document_xml() -> bytes:
    """A real DOCX whose word/document.xml is cut off mid-element."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(styled_docx())) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member, data[: len(data) // 2] if member.filename == "word/document.xml" else data)
    return buffer.getvalue()


def plain_zip() -> bytes:
    """A valid zip that is not a Word document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


def plan_docx() -> bytes:
    """A plan as offices write it in Word: Title, numbered Heading 1/2 and 标题 1 styles, body
    text, numbered items with a placeholder, and a month schedule in a table."""
    document = numbering_document()
    document.add_heading("2025年医院工会工作计划", level=0)
    document.add_paragraph("20__年，我院工会在院党委和上级工会的领导下，围绕医院中心工作开展工作。")
    _set_num_pr(document.add_heading("加强工会组织建设", level=1)._p, 90, 0)
    document.add_paragraph("健全工会组织，发挥工会小组长的作用。")
    _set_num_pr(document.add_heading("健全组织", level=2)._p, 90, 1)
    _set_num_pr(document.add_paragraph("每季度发展一批会员，全年培训工会干部____人次。")._p, 90, 2)
    _set_num_pr(document.add_paragraph("调整工会小组，推选工会小组长。")._p, 90, 2)
    chinese_heading = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    _set_num_pr(document.add_paragraph("丰富职工文化生活", style=chinese_heading)._p, 90, 0)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "3月份", "1、开展庆“三八”妇女节活动。"
    table.cell(1, 0).text, table.cell(1, 1).text = "5月份", "1、举办“5.12”护士节表彰活动。"
    return docx_bytes(document)


def previous_release(path, source, *, version: int) -> None:
    """A library file as the release of schema ``version`` (0, unversioned, 2: before units, 4: before
    合理借鉴 marks, the trash and corrections, or 6: before titles' sources) made it, holding ``source``'s files, documents, blocks and drafts
    (``source``: an open ``Library``)."""
    import sqlite3

    from nlp.library.migrations import MIGRATIONS

    with sqlite3.connect(path) as conn:
        for step in MIGRATIONS[: max(version, 1)]:
            for script in step:
                if callable(script):
                    script(conn)
                else:
                    conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("ATTACH ? AS current", (str(source.path),))
        if version >= 4:  # the tables of schema 4 are the current ones, less those and the columns of later versions
            for table in ("files", "blocks", "drafts"):
                conn.execute(f"INSERT INTO {table} SELECT * FROM current.{table}")
            conn.execute(
                "INSERT INTO documents SELECT id, file_id, unit_id, position, title, kind, year, content_sha256"
                " FROM current.documents"
            )
            if version >= 6:  # parses as schema 6 kept them: documents without their title's source
                for file_id, result in conn.execute("SELECT file_id, result FROM current.parses").fetchall():
                    data = json.loads(result)
                    data["documents"] = [d[:4] for d in data["documents"]]
                    conn.execute("INSERT INTO parses VALUES (?, ?)", (file_id, json.dumps(data, ensure_ascii=False)))
            return
        conn.execute("INSERT INTO files SELECT id, name, sha256, size, imported_at, dropped FROM current.files")
        conn.execute(
            "INSERT INTO documents SELECT id, file_id, position, title, kind, year, content_sha256 FROM current.documents"
        )
        conn.execute("INSERT INTO blocks SELECT * FROM current.blocks")
        conn.execute(
            "INSERT INTO drafts SELECT id, title, specifics, blocks, block_count, revision, created_at, updated_at,"
            " deleted_at FROM current.drafts"
        )


def seed_file_texts() -> list[str]:
    """The seed corpus's files as text (each is UTF-8 or GB18030)."""
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            texts.append(data.decode("gb18030"))
    return texts


def large_plan(size: int = 5 * 1024 * 1024) -> bytes:
    """A GB18030 plan of ``size`` bytes: the seed plans again and again under one title, each round
    under a heading of its own (most of its documents repeat the library's, which it does not store twice)."""
    body = "\n".join(seed_file_texts())
    parts = ["2026年某市人民医院工会工作计划汇编"]
    total = len(parts[0].encode("gb18030"))
    rounds = 0
    while total < size:
        rounds += 1
        part = f"第{rounds}部分　往年计划汇编\n{body}"
        parts.append(part)
        total += len(part.encode("gb18030")) + 1
    data = "\n".join(parts).encode("gb18030") + b"\n"
    return data[: data.index(b"\n", size) + 1]  # at least ``size``, ending at a line break
