"""Funeral director, Dayton OH: a résumé kept in a spreadsheet and saved with Google Sheets'
"Download > Web page" — the waffle table with column letters A-D, row numbers, the
freeze-bar corner cell, empty spacer rows and cell classes s0..s6.
Writes the HTML to argv[1]. Rows are (A, B, C, D, style) where style picks the classes."""
import html
import sys

ROWS = [
    ("CLIFFORD J. AMBROSE", "", "", "", "name"),
    ("Licensed Funeral Director & Embalmer (Ohio, Kentucky)", "", "", "", "sub"),
    ("Centerville, OH 45459", "(937) 555-0163", "cliff.ambrose@example.com", "", "contact"),
    ("", "", "", "", ""),
    ("OBJECTIVE", "Funeral Home Manager / Managing Funeral Director", "", "", "head"),
    ("", "", "", "", ""),
    ("SUMMARY", "Eighteen years in family-owned funeral homes in the Miami Valley, the last ten as the director and embalmer in charge of a two-chapel firm with its own crematory. I know the arrangement room, the prep room and the books.", "", "", "headwrap"),
    ("", "", "", "", ""),
    ("LICENSES", "Ohio - Funeral Director & Embalmer", "Lic. No. FDE-012874", "renewed through 12/2026", "head"),
    ("", "Kentucky - Funeral Director", "No. 04417", "exp. 06/2025", "row"),
    ("", "Ohio Preneed Sales License", "No. PN-33190", "2016", "row"),
    ("", "Certified Crematory Operator (CANA)", "", "2019", "row"),
    ("", "Certified Funeral Celebrant", "", "2021", "row"),
    ("", "", "", "", ""),
    ("EXPERIENCE", "Harlan-Ferris Funeral Home & Crematory, Kettering OH", "Funeral Director / Embalmer in Charge", "2015 - current", "headbold"),
    ("", "- about 180 services a year across two chapels; family arrangements, pre-planning, veterans' honors", "", "", "row"),
    ("", "- runs the prep room and the crematory; trains apprentices for the Ohio board", "", "", "row"),
    ("", "- moved case files and billing to Passare in 2020", "", "", "row"),
    ("", "Stillwater Memorial Chapels, Dayton OH", "Funeral Director & Embalmer", "2007 - 2015", "bold"),
    ("", "- three locations; directed services, embalming, restorative art on trauma cases", "", "", "row"),
    ("", "Stillwater Memorial Chapels, Dayton OH", "Apprentice (Ohio registered apprenticeship)", "2005 - 2007", "bold"),
    ("", "Pruitt & Sons Funeral Home, Covington KY", "Funeral attendant / removal tech (part-time)", "2002 - 2005", "bold"),
    ("", "", "", "", ""),
    ("EDUCATION", "Ohio Valley College of Mortuary Science, Cincinnati", "Associate of Applied Science, Funeral Service", "2003 - 2005", "head"),
    ("", "National Board Exam (Arts & Sciences) passed", "", "2005", "row"),
    ("", "", "", "", ""),
    ("SKILLS", "Software", "Passare, FrontRunner, QuickBooks, Microsoft 365", "", "head"),
    ("", "Prep room", "embalming, restorative art, autopsied and tissue-donor cases", "", "row"),
    ("", "Other", "grief support groups, preneed, cemetery and crematory paperwork", "", "row"),
    ("", "", "", "", ""),
    ("COMMUNITY", "Kettering Rotary Club - board member", "", "2019 - 2023", "head"),
    ("", "Miami Valley Grief Coalition - volunteer group facilitator", "", "2016 - current", "row"),
    ("", "", "", "", ""),
    ("REFERENCES", "Available on request", "", "", "head"),
]

CLS = {  # per style: classes for A, B, C, D
    "name": ("s0", "s0", "s0", "s0"), "sub": ("s1", "s1", "s1", "s1"),
    "contact": ("s2", "s2", "s2", "s2"), "head": ("s3", "s4", "s4", "s5"),
    "headwrap": ("s3", "s6", "s6", "s6"), "headbold": ("s3", "s7", "s4", "s5"),
    "bold": ("s4", "s7", "s4", "s5"), "row": ("s4", "s4", "s4", "s5"), "": ("s4", "s4", "s4", "s4"),
}

out = []
out.append('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link type="text/css" rel="stylesheet" href="resources/sheet.css" >')
out.append('<style type="text/css">.ritz .waffle a { color: inherit; }'
           '.ritz .waffle .s0{background-color:#ffffff;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:16pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s1{background-color:#ffffff;text-align:left;font-style:italic;color:#434343;font-family:Arial;font-size:11pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s2{background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s3{background-color:#d9d9d9;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s4{background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s5{background-color:#ffffff;text-align:right;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s6{background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}'
           '.ritz .waffle .s7{background-color:#ffffff;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}'
           'table.waffle{border-collapse:collapse;table-layout:fixed;font-size:10pt;} th{background:#f8f9fa;color:#5f6368;font:9pt Arial;font-weight:normal;border:1px solid #c0c0c0;}'
           'td{border:1px solid #e2e2e2;overflow:hidden;}</style>')
out.append('<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">')
out.append('<thead><tr><th class="row-header freezebar-origin-ltr"></th>'
           '<th id="0C0" style="width:110px;" class="column-headers-background">A</th>'
           '<th id="0C1" style="width:380px;" class="column-headers-background">B</th>'
           '<th id="0C2" style="width:290px;" class="column-headers-background">C</th>'
           '<th id="0C3" style="width:150px;" class="column-headers-background">D</th></tr></thead><tbody>')
for i, (a, b, c, dcol, style) in enumerate(ROWS):
    rid = f"0R{i}"
    h = 20 if style not in ("name", "headwrap") else (30 if style == "name" else 60)
    cls = CLS[style]
    out.append(f'<tr style="height: {h}px"><th id="{rid}" style="height: {h}px;" class="row-headers-background">'
               f'<div class="row-header-wrapper" style="line-height: {h}px">{i + 1}</div></th>')
    if style in ("name", "sub"):
        out.append(f'<td class="{cls[0]}" dir="ltr" colspan="4">{html.escape(a)}</td>')
    elif style == "headwrap":
        out.append(f'<td class="{cls[0]}" dir="ltr">{html.escape(a)}</td>'
                   f'<td class="{cls[1]} softmerge" dir="ltr" colspan="3">{html.escape(b)}</td>')
    else:
        for v, k in zip((a, b, c, dcol), cls):
            if v:
                if "@" in v:
                    v = f'<a target="_blank" href="mailto:{v}">{html.escape(v)}</a>'
                else:
                    v = html.escape(v)
                out.append(f'<td class="{k}" dir="ltr">{v}</td>')
            else:
                out.append(f'<td class="{k}"></td>')
    out.append("</tr>")
out.append("</tbody></table></div>")
open(sys.argv[1], "w", encoding="utf-8").write("".join(out))
