"""Nurul Hidayah -- Singapore résumé: the whole body is ONE borderless two-column table,
the left cell of each row carrying employer / place / dates ("meta"), the right cell the role."""
import sys
from docxlib import *

doc = new_doc(font="Arial", size=10, margins=(1.5, 1.8, 1.5, 1.8))
core(doc, title="CV - Nurul Hidayah", author="Nurul")

para(doc, [("Nurul Hidayah binte Rosli", {"b": True, "size": 18, "color": "7A1F3D"})], after=0)
para(doc, [("Supply Chain Executive  |  Inbound, Inventory & Cold Chain", {"size": 11})], after=2)
para(doc, "Woodlands, Singapore   ·   (+65) 5550 0184   ·   nurul.hidayah@example.com   ·   Notice period: 1 month",
     after=8)

L, Rw = 4.6, 12.8
rows = []  # (kind, left, right)


def section(t, title):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[1])
    first_para(c, [(title.upper(), {"b": True, "color": "7A1F3D"})], before=8, after=2)
    border(c.paragraphs[0], "bottom", sz=6, color="7A1F3D")


def row(t, left, right_title=None, bullets=(), right_lines=()):
    r = t.add_row()
    lc, rc = r.cells
    for k, line in enumerate(left):
        p = first_para(lc, line, after=0) if k == 0 else para(lc, line, after=0)
    started = False
    if right_title:
        first_para(rc, right_title, after=1)
        started = True
    for line in right_lines:
        if not started:
            first_para(rc, line, after=0)
            started = True
        else:
            para(rc, line, after=0)
    for b in bullets:
        if not started:
            first_para(rc, "• " + b, after=0)
            started = True
        else:
            p = para(rc, "• " + b, after=0, indent=0.35, first=-0.35)


t = table(doc, 0, 2, [L, Rw])

section(t, "Professional summary")
r = t.add_row()
c = r.cells[0].merge(r.cells[1])
first_para(c, "Supply chain executive with 7 years in third-party logistics warehouses in Tuas and Jurong. "
              "I keep inventory accurate, inbound docks moving and SAP clean, and I enjoy fixing processes "
              "with the people who run them.", after=2)

section(t, "Work experience")
row(t, [("Kestrel Freight Pte Ltd", {"b": True}), "Tuas, Singapore", ("Mar 2021 – Present", {"i": True})],
    [("Supply Chain Executive (Inbound & Inventory)", {"b": True})],
    ["Plan inbound for 3 pharma and FMCG clients, ~220 containers a month, with a team of 6 coordinators",
     "Raised inventory record accuracy from 97.1% to 99.6% with daily ABC cycle counts in SAP EWM",
     "Wrote the cold-chain (2–8 °C) receiving SOP used for the site's GDP audit, passed with no major findings"])
row(t, [("Jul 2018 – Feb 2021", {"i": True})],
    [("Senior Warehouse Coordinator", {"b": True})],
    ["Scheduled dock slots and manpower for two shifts; cut truck waiting time from 95 to 40 minutes",
     "Trained 25 new staff on RF scanning and FEFO picking"])
row(t, [("Lion City Cold Chain Pte Ltd", {"b": True}), "Jurong, Singapore", ("Jan 2017 – Jun 2018", {"i": True})],
    [("Logistics Coordinator", {"b": True})],
    ["Booked transport and handled customs permits (TradeNet) for chilled and frozen imports"])
row(t, [("Harbourfront Distribution", {"b": True}), ("Mar – Aug 2016", {"i": True})],
    [("Industrial Attachment – Logistics Trainee", {"b": True})],
    ["Mapped pick paths for the e-commerce mezzanine; the new layout saved about 12% walking distance"])

section(t, "Education")
row(t, [("2019 – 2022", {"i": True}), "part-time"],
    right_lines=[[("B.Sc. (Hons) Logistics and Supply Chain Management", {"b": True}), ", Second Class (Upper)"],
                 "Straits Institute of Management"])
row(t, [("2013 – 2016", {"i": True})],
    right_lines=[[("Diploma in Logistics & Operations Management", {"b": True})],
                 "Kranji Polytechnic  –  GPA 3.52 / 4.00"])

section(t, "Certifications")
row(t, ["2023"], right_lines=["SAP Certified Application Associate – SAP S/4HANA Extended Warehouse Management"])
row(t, ["2020"], right_lines=["WSQ Advanced Certificate in Supply Chain Management"])
row(t, ["2019"], right_lines=["Forklift Driver Certificate (WSQ)"])

section(t, "Skills")
row(t, [("Systems", {"b": True})], right_lines=["SAP S/4HANA (MM, EWM), Oracle NetSuite, Manhattan WMS, TradeNet"])
row(t, [("Analytics", {"b": True})], right_lines=["Excel (pivot tables, Power Query), Power BI, SQL (basic)"])
row(t, [("Operations", {"b": True})], right_lines=["Cycle counting, FEFO, cold-chain SOPs, 5S, GDP"])
row(t, [("Languages", {"b": True})], right_lines=["English (fluent), Malay (native), Mandarin (basic)"])

section(t, "Awards")
row(t, ["2022"], right_lines=["Service Excellence Award (Silver), Kestrel Freight"])
row(t, ["2016"], right_lines=["Best Industrial Attachment Student, Kranji Polytechnic School of Business"])

doc.save(sys.argv[1])
