"""Australian conveyancer: the page is one borderless two-column table, a narrow shaded left sidebar
(contact, skills, software, memberships) and the main column (name, profile, experience with
`Key achievements` blocks, education, registration)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from _common import *
from docx.shared import Pt, Cm

out = sys.argv[1]
doc = new_doc(font="Calibri", size=10, margins_cm=(1.2, 1.2, 1.2, 1.2))

t = doc.add_table(rows=1, cols=2)
no_borders(t)
col_widths(t, [5.4, 13.2])
side, main = t.cell(0, 0), t.cell(0, 1)
shade(side, "E8EEF2")


def s_head(text):
    p = side.add_paragraph(); space(p, before=10, after=2)
    run(p, text, bold=True, size=10.5, color="2E5266", caps=True)


def s_line(text, bold=False, size=9.5):
    p = side.add_paragraph(); space(p, after=1)
    run(p, text, bold=bold, size=size)


side.paragraphs[0].text = ""
run(side.paragraphs[0], "CONTACT", bold=True, size=10.5, color="2E5266")
for line in ["0491 570 313", "tahnee.brockhurst@example.com.au", "Norwood SA 5067",
             "linkedin.com/in/tahnee-brockhurst-example"]:
    s_line(line)
s_head("Skills")
for s in ["Residential & commercial settlements", "Off-the-plan and land division", "Form 1 vendor statements",
          "Trust account reconciliation", "Stamp duty calculations", "Client communication"]:
    s_line("• " + s)
s_head("Software")
for s in ["PEXA", "InfoTrack", "LEAP", "SAILIS", "Microsoft 365"]:
    s_line("• " + s)
s_head("Memberships")
s_line("Australian Institute of Conveyancers (SA Division)")
s_head("Referees")
s_line("Available on request")

main.paragraphs[0].text = ""
run(main.paragraphs[0], "Tahnee Brockhurst", bold=True, size=24, color="2E5266")
p = main.add_paragraph(); run(p, "Registered Conveyancer (SA)", size=12.5, color="555555"); space(p, after=8)


def m_head(text):
    p = main.add_paragraph(); space(p, before=10, after=3)
    run(p, text, bold=True, size=11.5, color="2E5266", caps=True)
    bottom_border(p, "2E5266", 6)


m_head("Profile")
main.add_paragraph(
    "Registered conveyancer with nine years in Adelaide conveyancing, the last five running my own file "
    "load of around 45 matters a month. Comfortable with PEXA e-settlements, off-the-plan contracts and "
    "land divisions, and known for clear updates to first-home buyers and agents.")

m_head("Experience")


def job(title, emp, dates, text, bullets, ach):
    p = main.add_paragraph(); right_tab(p, 13.0); space(p, before=6, after=0)
    run(p, title, bold=True); run(p, "\t" + dates, size=9.5, color="555555")
    p = main.add_paragraph(); run(p, emp, italic=True, color="2E5266")
    if text:
        main.add_paragraph(text)
    for b in bullets:
        bullet(main, b, indent_cm=0.45)
    if ach:
        p = main.add_paragraph(); space(p, before=2); run(p, "Key achievements", bold=True, size=9.5)
        for a in ach:
            bullet(main, a, indent_cm=0.45, sym="✓")


job("Registered Conveyancer", "Fullarton & Penfold Conveyancing, Norwood SA", "Feb 2020 – Present",
    "Boutique firm acting for buyers, vendors and two local developers.",
    ["Manage 40–50 settlements a month from contract to settlement, including PEXA workspaces and lodgement.",
     "Prepare Form 1 vendor statements and review contracts for purchasers.",
     "Supervise and train a conveyancing clerk."],
    ["Set up the firm's off-the-plan process for a 64-lot land division at Mount Barker.",
     "No trust account irregularities in five annual audits."])
job("Conveyancing Clerk", "Hindmarsh Settlements Pty Ltd, Adelaide", "Jul 2016 – Jan 2020", "",
    ["Ordered searches through InfoTrack and SAILIS, prepared settlement statements and booked settlements.",
     "Calculated stamp duty and adjustments for council rates, ESL and SA Water."],
    ["Moved the office from paper files to LEAP in 2018."])
job("Legal Receptionist", "Torrens Lane Lawyers, Adelaide", "Mar 2014 – Jun 2016", "",
    ["Front desk, switchboard and file opening for a six-lawyer practice."], [])

m_head("Education")
p = main.add_paragraph(); right_tab(p, 13.0); run(p, "Diploma of Conveyancing (FNS50317)", bold=True); run(p, "\t2017", size=9.5)
main.add_paragraph("TAFE SA, Adelaide City Campus")
p = main.add_paragraph(); right_tab(p, 13.0); space(p, before=4)
run(p, "South Australian Certificate of Education (SACE)", bold=True); run(p, "\t2013", size=9.5)
main.add_paragraph("Magill Road Secondary College")

m_head("Registration")
main.add_paragraph("Registered Conveyancer, Consumer and Business Services SA — Registration No. C-2961 (since 2020)")
main.add_paragraph("Current Police Check (2024)")

doc.save(out)
