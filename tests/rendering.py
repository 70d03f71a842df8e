"""Rendering an exported DOCX to PDF with headless LibreOffice, to look at it as a reader would."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

# The GB fonts are not on Linux: map them to Noto CJK SC so a preview shows serif, sans and kai-like faces.
_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
{aliases}
</fontconfig>
"""


PREVIEW_FONTS = {
    "方正小标宋简体": "Noto Serif CJK SC",
    "宋体": "Noto Serif CJK SC",
    "SimSun": "Noto Serif CJK SC",
    "仿宋_GB2312": "Noto Serif CJK SC",
    "仿宋": "Noto Serif CJK SC",
    "楷体_GB2312": "Noto Serif CJK SC",
    "楷体": "Noto Serif CJK SC",
    "黑体": "Noto Sans CJK SC",
    "SimHei": "Noto Sans CJK SC",
}


def soffice_path() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pdf(docx_path: str | os.PathLike, out_dir: str | os.PathLike, *, timeout: float = 120) -> Path:
    """Convert a DOCX to PDF with headless LibreOffice (a private profile, GB fonts mapped to Noto CJK)."""
    soffice = soffice_path()
    if soffice is None:
        raise RuntimeError("没有安装 LibreOffice（soffice），无法生成 PDF 预览")
    docx_path, out_dir = Path(docx_path), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jihua-soffice-") as profile:
        aliases = "\n".join(
            f'  <alias binding="same"><family>{name}</family><prefer><family>{face}</family></prefer></alias>'
            for name, face in PREVIEW_FONTS.items()
        )
        fonts_conf = Path(profile) / "fonts.conf"
        fonts_conf.write_text(_FONTCONFIG.format(aliases=aliases), encoding="utf-8")
        env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf), "HOME": profile}
        command = [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={Path(profile).as_uri()}/user",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ]
        try:
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=timeout)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
            raise RuntimeError(f"LibreOffice 转换 PDF 失败：{err}") from None
    pdf = out_dir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError("LibreOffice 没有生成 PDF")
    return pdf
