"""Harpreet Sandhu -- a Word résumé laid out with right-aligned tab stops for every date."""
import sys
from docxlib import *

doc = new_doc(font="Calibri", size=10.5, margins=(1.6, 1.9, 1.6, 1.9), page="Letter")
heading_style_font(doc, "Heading 1", "Calibri Light", 12.5, color="1F5F6B", before=10, after=3)
W = content_width(doc)
R = [(W, "right")]

core(doc, title="Resume", author="Harpreet Sandhu")

para(doc, [("Harpreet Kaur Sandhu", {"b": True, "size": 20})], align="center", after=0)
para(doc, [("Payroll & Accounting Supervisor", {"size": 12, "color": "1F5F6B"})], align="center", after=2)
para(doc, "Brampton, ON  |  (905) 555-0172  |  harpreet.sandhu@example.com  |  linkedin.com/in/harpreetksandhu",
     align="center", after=6)

doc.add_heading("Summary", level=1)
para(doc, "Payroll professional with 9 years of Canadian multi-province payroll for unionized and salaried "
          "workforces of up to 1,400 employees. I like clean reconciliations, calm year-ends and teaching "
          "managers how to read a pay stub.", after=2)

doc.add_heading("Experience", level=1)
para(doc, [("Maple Crest Foods Inc.", {"b": True}), ", Mississauga, ON\t", ("05/2019 – Present", {"b": True})], tabs=R,
     before=2, after=0)
para(doc, [("Payroll Supervisor", {"i": True}), "\t", ("01/2022 – Present", {"i": True})], tabs=R, after=1)
bullet(doc, "Lead a team of 4 running bi-weekly and weekly payrolls for 1,400 employees in Ontario, Quebec and Alberta")
bullet(doc, "Led the move from ADP Workforce Now to Ceridian Dayforce; parallel runs matched to the cent for three cycles")
bullet(doc, "Cut off-cycle cheques by 60% by fixing the time-card approval workflow with plant supervisors")
para(doc, [("Senior Payroll Administrator", {"i": True}), "\t", ("05/2019 – 12/2021", {"i": True})], tabs=R, before=3, after=1)
bullet(doc, "Owned T4, T4A and RL-1 year-end filing and the monthly PD7A remittance reconciliation")
bullet(doc, "Built an Excel Power Query model for vacation and stat-holiday accruals used by Finance")

para(doc, [("Lakeshore Staffing Group", {"b": True}), ", Toronto, ON\t", ("08/2016 – 04/2019", {"b": True})], tabs=R,
     before=6, after=0)
para(doc, [("Payroll & Benefits Administrator", {"i": True})], after=1)
bullet(doc, "Processed weekly payroll for 600+ temporary workers across 40 client sites")
bullet(doc, "Handled ROEs, garnishments and benefits enrolment with Sun Life and Manulife")

para(doc, [("Bramalea Tax & Bookkeeping", {"b": True}), ", Brampton, ON\t", ("09/2014 – 07/2016", {"b": True})],
     tabs=R, before=6, after=0)
para(doc, [("Bookkeeping Assistant (part-time)", {"i": True})], after=1)
bullet(doc, "Data entry in QuickBooks and personal tax returns in season, while studying")

doc.add_heading("Education", level=1)
para(doc, [("Bachelor of Commerce (Accounting)", {"b": True}), "\t2012 – 2016"], tabs=R, after=0)
para(doc, [("Credit River University, Toronto, ON", {"i": True})], after=2)

doc.add_heading("Certifications", level=1)
para(doc, "Certified Payroll Manager (CPM) — National Payroll Institute\t2022", tabs=R, after=0)
para(doc, "Payroll Compliance Practitioner (PCP) — National Payroll Institute\t2017", tabs=R, after=0)

doc.add_heading("Skills", level=1)
S = [(4.2, "left")]
para(doc, [("Payroll systems:", {"b": True}), "\tADP Workforce Now, Ceridian Dayforce, UKG Pro"], tabs=S, after=0)
para(doc, [("Accounting:", {"b": True}), "\tSAP S/4HANA (FI), QuickBooks Online, GL reconciliation"], tabs=S, after=0)
para(doc, [("Compliance:", {"b": True}), "\tCPP/QPP, EI, ESA (Ontario), CNESST, WSIB"], tabs=S, after=0)
para(doc, [("Tools:", {"b": True}), "\tExcel (Power Query, XLOOKUP), Power BI, Smartsheet"], tabs=S, after=0)

doc.add_heading("Languages", level=1)
para(doc, "English (fluent)  •  Punjabi (native)  •  Hindi (conversational)")

doc.add_heading("Volunteer", level=1)
para(doc, [("Volunteer Tax Preparer", {"b": True}), ", Brampton Community Tax Clinic (CVITP)\t2018 – Present"],
     tabs=R, after=0)
para(doc, "Prepare 50+ free returns each spring for seniors and newcomer families.")

doc.save(sys.argv[1])
