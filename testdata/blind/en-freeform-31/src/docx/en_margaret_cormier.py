"""Margaret "Peggy" Cormier, MSc, RN: nephrology nurse's Word CV (Calibri-like Carlito, Letter)."""
import sys
from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc("Carlito", 11, letter=True, margins=2.0)
p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
add(p, 'Margaret "Peggy" Cormier, MSc, RN', bold=True, size=18, color="0B5563")
para(d, "Nephrology Nurse · Home Dialysis Educator", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(d, "Dieppe, New Brunswick E1A  •  506-555-0121  •  peggy.cormier@example.ca", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)

heading(d, "Summary", color="0B5563")
para(d, "Registered nurse with fourteen years in hemodialysis and home dialysis, bilingual (English and Acadian French). "
        "I teach patients to run their own machines at home and I want to lead a home dialysis program.")

heading(d, "Nursing Experience", color="0B5563")
tabbed(d, "Home Dialysis Nurse Educator", "Apr. 2021 – present")
bullet(d, "Train 25–30 patients and care partners a year on home hemodialysis (NxStage) and peritoneal dialysis")
para(d, "Tidewater Regional Renal Program, Bore Park Hospital site — Moncton, NB", italic=True, after=0)
bullet(d, "Home visits across Westmorland and Albert counties; wrote the program's bilingual training binder")
bullet(d, "Cut the average training time for home hemodialysis from 7 to 5 weeks")
tabbed(d, "Charge Nurse, Hemodialysis Unit", "Sept. 2014 – Mar. 2021")
bullet(d, "Charge on a 24-station in-centre unit three shifts a week; staff of 11 RNs and 4 LPNs")
para(d, "Tidewater Regional Renal Program, Bore Park Hospital site — Moncton, NB", italic=True, after=0)
bullet(d, "Led the switch to buttonhole cannulation for fistulas; infection audit every quarter")
tabbed(d, "Staff Nurse, Medicine and Nephrology", "2010 – 2014")
para(d, "Hôpital Sainte-Anne-de-Memramcook (now closed), Memramcook, NB", italic=True, after=0)

heading(d, "Education", color="0B5563")
tabbed(d, "MSc (Nursing) — Université de Shediac, Shediac, NB", "2019 – 2022", bold_left=False)
para(d, "Thesis: Care partners' burden in the first year of home hemodialysis. Part-time, online.", size=10, after=2)
tabbed(d, "BN (Bachelor of Nursing) — Tantramar University, Sackville, NB", "2006 – 2010", bold_left=False)

heading(d, "Registration & Certification", color="0B5563")
bullet(d, "Registered Nurse, Nurses Association of New Brunswick (NANB), 2010 – present, registration no. 000000")
bullet(d, "CNeph(C) — Canadian Nurses Association nephrology certification, 2016, renewed 2021")
bullet(d, "Basic Life Support (BLS) — Heart and Stroke Foundation, 2024")

heading(d, "Publications", color="0B5563")
bullet(d, "Cormier M, Gallant R. Teaching home hemodialysis in two languages. Atlantic Renal Nursing Journal. 2023;8(2):14-19.")

heading(d, "Languages", color="0B5563")
para(d, "I grew up speaking Acadian French and work in both official languages every day; my written French is "
        "good enough for patient teaching material. I have a little Spanish from two summers volunteering in Honduras.")

heading(d, "Volunteer", color="0B5563")
para(d, "Kidney walk organizer, Kidney Foundation of Canada — Moncton, 2017 – present")

para(d, "References on request.", italic=True)
d.save(sys.argv[1])
