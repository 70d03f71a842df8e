"""Reading a DOCX's XML as Word does: the effective first-line indent of a paragraph, resolved through
docDefaults, the style chain and direct formatting, attribute by attribute."""

from __future__ import annotations

from docx.oxml.ns import qn

_IND_ATTRIBUTES = ("firstLine", "firstLineChars", "hanging", "hangingChars")


def _ind(ppr) -> dict[str, int]:
    ind = ppr.find(qn("w:ind")) if ppr is not None else None
    if ind is None:
        return {}
    return {name: int(ind.get(qn(f"w:{name}"))) for name in _IND_ATTRIBUTES if ind.get(qn(f"w:{name}")) is not None}


def first_line_indent(paragraph_element, styles_element) -> tuple[str, int]:
    """("chars", hundredths of a character) or ("twips", twips): what Word indents the first line
    by. Each attribute is inherited on its own; a non-zero ``firstLineChars`` wins over
    ``firstLine`` (Word and WPS; LibreOffice reads only ``firstLine``); hanging indents count negative."""
    by_id = {s.get(qn("w:styleId")): s for s in styles_element.iter(qn("w:style"))}
    ppr = paragraph_element.find(qn("w:pPr"))
    style_ref = ppr.find(qn("w:pStyle")) if ppr is not None else None
    if style_ref is not None:
        style = by_id[style_ref.get(qn("w:val"))]
    else:
        style = next(s for s in by_id.values() if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) == "1")
    chain = []
    while style is not None:
        chain.append(style)
        based = style.find(qn("w:basedOn"))
        style = by_id.get(based.get(qn("w:val"))) if based is not None else None
    resolved: dict[str, int] = {}
    defaults = styles_element.find(qn("w:docDefaults"))
    ppr_default = defaults.find(qn("w:pPrDefault")) if defaults is not None else None
    if ppr_default is not None:
        resolved |= _ind(ppr_default.find(qn("w:pPr")))
    for style in reversed(chain):
        resolved |= _ind(style.find(qn("w:pPr")))
    resolved |= _ind(ppr)
    if resolved.get("hangingChars"):
        return "chars", -resolved["hangingChars"]
    if resolved.get("hanging"):
        return "twips", -resolved["hanging"]
    if resolved.get("firstLineChars"):
        return "chars", resolved["firstLineChars"]
    return "twips", resolved.get("firstLine", 0)


def all_paragraphs(document):
    """Every w:p of the body (tables included) and of every header and footer, with the part's name."""
    section = document.sections[0]
    parts = [("body", document.element.body)]
    for name in ("header", "footer", "even_page_header", "even_page_footer", "first_page_header", "first_page_footer"):
        part = getattr(section, name)
        if not part.is_linked_to_previous:
            parts.append((name, part._element))
    return [(name, p) for name, element in parts for p in element.iter(qn("w:p"))]
