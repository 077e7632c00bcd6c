"""Software consultant, Limassol: headings with a left block glyph (U+258C), the phone
above the name and the rest of the contacts under the headline, one employer line with a
right-tab span and both titles on one line, client assignments as indented sub-entries
(client - project - role - dates on a right tab), Calibri, A4."""
import sys
from docxlib import new_doc, para, run, bullet, right_tab, fixed_core
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
d = new_doc(font="Calibri", size=10.5, margins_cm=1.9)
fixed_core(d, "Andreas Charalambous CV", "Andreas Charalambous")
W = 17.2

para(d, "+357 99 555 0148", size=9, color="666666", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
p = para(d, "", space_after=0)
run(p, "Andreas Charalambous", bold=True, size=22, color="1F3A5F")
para(d, "Principal Software Consultant \u2013 backend, cloud migration, payments", size=12, color="1F3A5F", space_after=2)
para(d, "andreas.charalambous@example.com  |  linkedin.com/in/acharalambous  |  github.com/acharal",
     size=9.5, color="444444", space_after=10)


def heading(t):
    p = para(d, "", space_before=10, space_after=4)
    run(p, "\u258c ", color="C8102E", size=12)
    run(p, t, bold=True, size=11.5, color="1F3A5F")


heading("PROFILE")
para(d, "Consultant and hands-on engineer with 12 years in Java and Kotlin backends. I lead small client teams "
        "through migrations off legacy platforms (Oracle Forms, mainframe batch, hand-rolled payment switches) "
        "and stay until the new system is boring. Based in Limassol, happy to travel to clients in the EU.")

heading("EXPERIENCE")
p = para(d, "", space_after=0)
right_tab(p, W)
run(p, "Meridian Byte Consulting Ltd \u2013 Limassol, Cyprus", bold=True)
run(p, "\t2018 \u2013 present")
p = para(d, "", space_after=4)
run(p, "Principal Consultant (since 2022)  \u00b7  Senior Consultant (2018 \u2013 2022)", italic=True)
para(d, "Client assignments:", space_after=2)


def assignment(client, project, role, dates, bullets):
    p = para(d, "", space_before=3, space_after=1, indent_cm=0.5)
    right_tab(p, W - 0.5 + 0.5)
    run(p, "\u25b8 ", color="C8102E")
    run(p, client, bold=True)
    run(p, " \u2013 " + project)
    p = para(d, "", space_after=1, indent_cm=0.9)
    right_tab(p, W)
    run(p, role, italic=True)
    run(p, "\t" + dates, italic=True)
    for b in bullets:
        bullet(d, b, glyph="\u2013", indent_cm=1.35, hang_cm=0.4)


assignment("Aegean Reefer Lines (shipping), Piraeus", "fleet telemetry platform",
           "Tech lead, team of 6", "Mar 2023 \u2013 present",
           ["Replaced a nightly FTP import with Kafka streams from 48 vessels; alerts on reefer temperature now arrive in under a minute.",
            "Kotlin + Spring Boot services on AWS (EKS, MSK); Terraform for everything."])
assignment("Kypros Mutual (insurance), Nicosia", "claims system migration",
           "Lead developer", "Jan 2021 \u2013 Feb 2023",
           ["Moved 220 Oracle Forms screens to a Java 17 / Angular claims app, one product line at a time.",
            "Cut the month-end claims batch from 9 hours to 40 minutes."])
assignment("Halcyon Pay (fintech), Amsterdam", "PSD2 API gateway",
           "Backend consultant", "Sep 2018 \u2013 Dec 2020",
           ["Built the account-information and payment-initiation APIs for three banks; passed each bank's conformance tests first time."])

p = para(d, "", space_before=8, space_after=0)
right_tab(p, W)
run(p, "Troodos Telecom \u2013 Nicosia", bold=True)
run(p, "\t2013 \u2013 2018")
p = para(d, "", space_after=2)
run(p, "Software Engineer, billing & provisioning", italic=True)
bullet(d, "Java EE services for prepaid billing; on the team that moved number porting to a REST API.", glyph="\u2013", indent_cm=0.5, hang_cm=0.4)

p = para(d, "", space_before=8, space_after=0)
right_tab(p, W)
run(p, "Kingsbridge University Computing Services \u2013 UK", bold=True)
run(p, "\tSummer 2012")
p = para(d, "", space_after=2)
run(p, "Summer intern (web team)", italic=True)

heading("EDUCATION")
p = para(d, "", space_after=0)
right_tab(p, W)
run(p, "Kingsbridge University, UK", bold=True)
run(p, "\t2009 \u2013 2013")
para(d, "MEng Software Engineering \u2013 First-class honours. Thesis: fault-tolerant message queues on commodity hardware.")

heading("SKILLS")
for label, items in [("Languages", "Java, Kotlin, SQL, TypeScript, Python"),
                     ("Frameworks", "Spring Boot, Quarkus, Angular"),
                     ("Cloud & data", "AWS (EKS, MSK, RDS), Kafka, PostgreSQL, Oracle, Terraform"),
                     ("Practices", "domain-driven design, strangler-fig migrations, PSD2 / open banking")]:
    p = para(d, "", space_after=1)
    run(p, label + ": ", bold=True)
    run(p, items)

heading("CERTIFICATIONS")
bullet(d, "AWS Certified Solutions Architect \u2013 Professional (2022)", glyph="\u2013", indent_cm=0.5, hang_cm=0.4)
bullet(d, "Certified Kubernetes Administrator (CKA), 2021", glyph="\u2013", indent_cm=0.5, hang_cm=0.4)

heading("LANGUAGES")
para(d, "Greek \u2013 native  \u00b7  English \u2013 C2  \u00b7  German \u2013 B1")

d.save(out)
