"""How the .docx, .pdf and GB18030 files of the set were made from collected page text.

Run once by hand from the repository (``python -m tests.realworld.convert``); the results are committed and nothing
runs this at test time. Each conversion reads ``sources/<name>.txt`` (the page text as
collected, UTF-8) and writes ``files/<name>.<ext>``; the manifest names the source page.

- ``numbered``: a Word file as an office keeps it: 一、 headings in Heading 1 and 1. items in
  Heading 2, both numbered by Word (``numPr``; the labels are not in the paragraph text).
- ``pasted``: a page pasted into Word: one paragraph a line, blank lines dropped.
- ``styled``: Heading 1 / Heading 2 styles with the markers typed in the text.
- ``pdf``: the ``pasted`` Word file printed to PDF by LibreOffice (lines wrap at the margin).
- ``gb18030``: the text re-encoded as GB18030, as a Windows editor saves it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml.ns import nsdecls

from tests.files import numbering_document

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SOURCES = HERE / "sources"

_NUMBERING = f"""<w:numbering {nsdecls("w")}>
<w:abstractNum w:abstractNumId="7">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>"""

LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL2 = re.compile(r"^\d+[.、．]")


def _lines(name: str) -> list[str]:
    return [line for line in (SOURCES / f"{name}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def numbered(name: str) -> Path:
    document = numbering_document(_NUMBERING)
    for line in _lines(name):
        level = 0 if LEVEL1.match(line) else 1 if LEVEL2.match(line) else None
        if level is None:
            document.add_paragraph(line)
            continue
        text = (LEVEL1 if level == 0 else LEVEL2).sub("", line, count=1)
        paragraph = document.add_heading(text, level=level + 1) if level == 0 else document.add_paragraph(text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = 7
        num_pr.get_or_add_ilvl().val = level
    out = FILES / f"{name}.docx"
    document.save(out)
    return out


def pasted(name: str, out: Path | None = None) -> Path:
    document = docx.Document()
    for line in _lines(name):
        document.add_paragraph(line.strip())
    out = out or FILES / f"{name}.docx"
    document.save(out)
    return out


def styled(name: str) -> Path:
    document = docx.Document()
    for line in _lines(name):
        if LEVEL1.match(line.strip()):
            document.add_heading(line.strip(), level=1)
        elif re.match(r"^\d+\.\s", line.strip()):
            document.add_heading(line.strip(), level=2)
        else:
            document.add_paragraph(line.strip())
    out = FILES / f"{name}.docx"
    document.save(out)
    return out


def pdf(name: str) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        source = pasted(name, Path(folder) / f"{name}.docx")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{folder}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(FILES),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return FILES / f"{name}.pdf"


def gb18030(name: str) -> Path:
    out = FILES / f"{name}.txt"
    out.write_bytes((SOURCES / f"{name}.txt").read_text(encoding="utf-8").encode("gb18030"))
    return out


CONVERSIONS = {
    "rw007": numbered,
    "rw019": pasted,
    "rw020": gb18030,
    "rw029": pdf,
    "rw041": styled,
    "rw043": gb18030,
    "rw050": pdf,
    "rw056": gb18030,
    "rw165": pasted,
    "rw172": gb18030,
    "rw190": gb18030,
    "rw200": pasted,
    "rw221": gb18030,
    "rw225": pasted,
    "rw251": pasted,
    "rw262": gb18030,
    "rw270": gb18030,
    "rw275": pasted,
    "rw297": gb18030,
    "rw307": pasted,
    "rw323": gb18030,
    "rw330": pasted,
    "rw335": gb18030,
    "rw342": pasted,
    "rw355": gb18030,
    "rw357": pasted,
    "rw364": pasted,
    "rw367": gb18030,
    "rw393": gb18030,
    "rw403": pasted,
    "rw423": pasted,
    "rw425": pasted,
    "rw433": gb18030,
    "rw436": gb18030,
    "rw455": gb18030,
    "rw457": pasted,
    "rw464": pasted,
    "rw469": gb18030,
    "rw499": gb18030,
    "rw508": pasted,
    "rw518": gb18030,
    "rw528": gb18030,
    "rw544": pasted,
    "rw547": pasted,
    "rw560": gb18030,
    "rw570": pasted,
    "rw585": gb18030,
    "rw590": pasted,
    "rw600": gb18030,
    "rw610": pasted,
    "rw632": gb18030,
    "rw638": pasted,
    "rw655": gb18030,
    "rw660": pasted,
    "rw670": gb18030,
    "rw675": pasted,
    "rw695": gb18030,
    "rw700": pasted,
    "rw710": gb18030,
    "rw715": pasted,
    "rw732": pasted,
    "rw739": gb18030,
    "rw766": pasted,
    "rw776": gb18030,
    "rw778": pasted,
    "rw783": gb18030,
    "rw797": pasted,
    "rw802": pasted,
    "rw815": gb18030,
    "rw817": gb18030,
    "rw840": pasted,
    "rw860": pasted,
    "rw866": gb18030,
    "rw871": gb18030,
    "rw887": pasted,
    "rw898": gb18030,
    "rw904": pasted,
    "rw905": gb18030,
    "rw920": gb18030,
    "rw925": pasted,
    "rw935": gb18030,
    "rw940": pasted,
    "rw950": gb18030,
    "rw960": pasted,
    "rw970": gb18030,
    "rw980": pasted,
    "rw990": gb18030,
    "rw1000": pasted,
    "rw1010": gb18030,
    "rw1020": pasted,
    "rw1030": gb18030,
    "rw1040": pasted,
    "rw1050": gb18030,
    "rw1060": pasted,
    "rw1070": gb18030,
    "rw1080": pasted,
    "rw1090": gb18030,
    "rw1100": pasted,
    "rw1110": gb18030,
    "rw1120": pasted,
    "rw1130": gb18030,
    "rw1140": pasted,
    "rw1150": gb18030,
    "rw1160": pasted,
    "rw1170": gb18030,
    "rw1180": pasted,
    "rw1190": gb18030,
    "rw1200": pasted,
    "rw1210": gb18030,
    "rw1220": pasted,
    "rw1230": gb18030,
    "rw1235": pasted,
    "rw1245": gb18030,
    "rw1250": pasted,
    "rw1260": gb18030,
    "rw1270": pasted,
    "rw1280": gb18030,
    "rw1290": pasted,
    "rw1300": gb18030,
    "rw1310": pasted,
    "rw1320": gb18030,
    "rw1330": pasted,
    "rw1340": gb18030,
    "rw1350": pasted,
    "rw1360": gb18030,
    "rw1370": pasted,
    "rw1380": gb18030,
    "rw1390": pasted,
    "rw1400": gb18030,
    "rw1410": pasted,
    "rw1420": gb18030,
    "rw1425": pasted,
    "rw1435": gb18030,
    "rw1440": pasted,
    "rw1450": gb18030,
    "rw1460": pasted,
    "rw1470": gb18030,
    "rw1480": pasted,
    "rw1490": gb18030,
    "rw1500": pasted,
    "rw1510": gb18030,
    "rw1520": pasted,
    "rw1530": gb18030,
    "rw1540": pasted,
    "rw1550": gb18030,
    "rw1560": pasted,
    "rw1570": gb18030,
    "rw1575": pasted,
    "rw1585": gb18030,
    "rw1590": pasted,
    "rw1600": gb18030,
    "rw1610": pasted,
    "rw1620": gb18030,
    "rw1630": pasted,
    "rw1640": gb18030,
    "rw1645": pasted,
    "rw1660": gb18030,
    "rw1665": pasted,
    "rw1680": gb18030,
    "rw1690": pasted,
    "rw1700": gb18030,
    "rw1710": pasted,
    "rw1720": gb18030,
    "rw1725": pasted,
    "rw1740": gb18030,
    "rw1745": pasted,
    "rw1760": gb18030,
    "rw1765": pasted,
    "rw1780": gb18030,
    "rw1790": pasted,
    "rw1800": gb18030,
    "rw1805": pasted,
    "rw1820": gb18030,
    "rw1825": pasted,
    "rw1840": gb18030,
    "rw1845": pasted,
    "rw1860": gb18030,
    "rw1865": pasted,
    "rw1880": gb18030,
    "rw1885": pasted,
    "rw1900": gb18030,
    "rw1905": pasted,
    "rw1920": gb18030,
    "rw1925": pasted,
    "rw1940": gb18030,
    "rw1945": pasted,
    "rw1960": gb18030,
    "rw1965": pasted,
    "rw1980": gb18030,
    "rw1985": pasted,
    "rw2000": gb18030,
    "rw2005": pasted,
    "rw2020": gb18030,
    "rw2025": pasted,
    "rw2040": gb18030,
    "rw2045": pasted,
    "rw2060": gb18030,
    "rw2065": pasted,
    "rw2080": gb18030,
    "rw2085": pasted,
    "rw2100": gb18030,
    "rw2105": pasted,
    "rw2120": gb18030,
    "rw2125": pasted,
    "rw2140": gb18030,
    "rw2145": pasted,
    "rw2160": gb18030,
    "rw2165": pasted,
    "rw2180": gb18030,
    "rw2185": pasted,
    "rw2200": gb18030,
    "rw2205": pasted,
    "rw2220": gb18030,
    "rw2225": pasted,
    "rw2240": gb18030,
    "rw2245": pasted,
    "rw2260": gb18030,
    "rw2265": pasted,
    "rw2280": gb18030,
    "rw2285": pasted,
    "rw2300": gb18030,
    "rw2305": pasted,
    "rw2320": gb18030,
    "rw2325": pasted,
    "rw2340": gb18030,
    "rw2345": pasted,
    "rw2360": gb18030,
    "rw2365": pasted,
    "rw2380": gb18030,
    "rw2385": pasted,
    "rw2400": gb18030,
    "rw2405": pasted,
    "rw2420": gb18030,
    "rw2425": pasted,
    "rw2440": gb18030,
    "rw2445": pasted,
    "rw2460": gb18030,
    "rw2465": pasted,
    "rw2480": gb18030,
    "rw2485": pasted,
    "rw2500": gb18030,
    "rw2505": pasted,
    "rw2560": gb18030,
    "rw2565": pasted,
    "rw2580": gb18030,
    "rw2585": pasted,
    "rw2520": gb18030,
    "rw2525": pasted,
    "rw2540": gb18030,
    "rw2545": pasted,
    "rw2606": gb18030,
    "rw2609": pasted,
    "rw2601": pdf,
    "rw2630": gb18030,
    "rw2634": pasted,
    "rw2620": gb18030,
    "rw2624": pasted,
}

if __name__ == "__main__":
    for name in sys.argv[1:] or CONVERSIONS:
        print(CONVERSIONS[name](name))
