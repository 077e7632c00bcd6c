#!/usr/bin/python3
"""Indian-style CV in Word: `CURRICULUM VITAE` title, name and contacts on the left, a Career Objective
paragraph (→ label is not a role, so it is the summary), Academic Qualifications as a bordered table
(Qualification / Board-University / Institute / Year / Percentage-CGPA), Work Experience with
`Designation:` / `Duration:` label lines, Technical Skills with `:` groups, Personal Details as a
two-column table (Father's Name, Date of Birth, Languages Known …), and a Declaration with Place/Date."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
d.styles["Normal"].font.name = "Times New Roman"
para(d, "CURRICULUM VITAE", bold=True, size=14, align="center", after=8)
para(d, "ANANYA RAO", bold=True, size=13)
para(d, "Mobile: +91 90000 04512")
para(d, "E-mail: ananya.rao.qa@example.in")
para(d, "Address: Flat 7B, Sai Residency, Baner, Pune – 411045", after=4)


def heading(t):
    p = para(d, "", before=10, after=4)
    run(p, t, bold=True, size=11)
    shade_p = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "D9D9D9")
    shade_p.append(shd)


def table(rows, w, header=True):
    t = d.add_table(rows=0, cols=len(rows[0]))
    borders(t, color="000000")
    for i, r in enumerate(rows):
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            cell_text(c, v, bold=header and i == 0, size=10)
    widths(t, w)


heading("CAREER OBJECTIVE")
para(d, "To work in a challenging environment where I can use my skills in software testing and automation, "
       "and grow along with the organisation.")

heading("ACADEMIC QUALIFICATIONS")
table([["Qualification", "Board / University", "Institute", "Year", "Percentage / CGPA"],
       ["B.E. (Computer Engineering)", "Savitribai Phule Pune University", "Deccan Institute of Technology, Pune", "2020", "8.21 CGPA"],
       ["HSC", "Maharashtra State Board", "Nutan Junior College, Satara", "2016", "84.6%"],
       ["SSC", "Maharashtra State Board", "Vidya Niketan High School, Satara", "2014", "91.2%"]],
      [4.0, 4.0, 4.6, 1.4, 2.6])

heading("WORK EXPERIENCE")
para(d, "Sahyadri Softech Pvt. Ltd., Pune", bold=True, before=2)
para(d, "Designation: QA Engineer")
para(d, "Duration: August 2020 – Till Date")
para(d, "Responsibilities:")
for s in ["Preparing test cases and test data for the insurance policy admin web application.",
          "Automating regression suite using Selenium WebDriver with Java and TestNG (450+ scripts).",
          "API testing using Postman and Rest Assured.",
          "Logging and tracking defects in JIRA, attending daily stand-up meetings."]:
    bullet(d, s)

heading("TECHNICAL SKILLS")
para(d, "Testing Tools : Selenium WebDriver, TestNG, Postman, Rest Assured, JMeter")
para(d, "Languages : Java, SQL")
para(d, "Bug Tracking : JIRA, Bugzilla")
para(d, "Operating Systems : Windows, Linux")

heading("PROJECTS")
para(d, "Project Title: PolicyDesk – Policy Administration System", bold=True, before=2)
para(d, "Client: A general insurance company (UK)")
para(d, "Role: QA Engineer")
para(d, "Description: Web application for issuing and renewing motor and home insurance policies.")

heading("CERTIFICATIONS")
para(d, "ISTQB Certified Tester Foundation Level (CTFL) – 2021")

heading("PERSONAL DETAILS")
table([["Father's Name", ": Shri Mahesh Rao"],
       ["Date of Birth", ": 14th March 1998"],
       ["Gender", ": Female"],
       ["Nationality", ": Indian"],
       ["Marital Status", ": Single"],
       ["Languages Known", ": English, Hindi, Marathi, Kannada"],
       ["Hobbies", ": Reading, Rangoli, Badminton"]], [4.5, 12.0], header=False)

heading("DECLARATION")
para(d, "I hereby declare that the information furnished above is true to the best of my knowledge and belief.")
para(d, "Place: Pune", before=10)
p = para(d, "Date: ")
right_tab(p, 17)
run(p, "\t(ANANYA RAO)", bold=True)
d.save(sys.argv[1])
