import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

doc = new_doc(font="Georgia", size=10.5, margins_cm=2.2)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)   # US Letter
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]
r = hp.add_run("LaToya M. Bridgewater — Federal Résumé — Page "); r.font.size = Pt(9)
r2 = hp.add_run(); r2.font.size = Pt(9); add_field(r2, "PAGE")
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

para(doc, "LaToya M. Bridgewater, BSN, RN", bold=True, size=17, space_after=2)
for line in ["2217 Example Ridge Road, Fayetteville, AR 72703",
             "Day phone: (479) 555-0138   |   Email: latoya.bridgewater@example.com",
             "Citizenship: U.S. Citizen   |   Veterans' Preference: None   |   Federal status: current VA employee (VN-0610, Nurse II)",
             "Announcement number: VHA-24-CN-1187-EP   |   Position applied for: Nurse Manager (Medical-Surgical), VN-0610-III"]:
    para(doc, line, size=9.5, space_after=0)

def head(t):
    h = doc.add_heading(t, level=2)
    return h

head("Summary of Qualifications")
para(doc, "Registered nurse with nine years of acute-care experience, six of them in a 32-bed VA medical-surgical unit, "
          "including charge nurse duty, preceptorship of new graduates and unit quality work on falls and CAUTI.")

head("Work Experience")

def job(employer, address, dates, hours, salary, grade, title, supervisor, duties, accomplishments):
    para(doc, employer, bold=True, space_before=8, space_after=0)
    para(doc, address, space_after=0)
    para(doc, dates, space_after=0)
    para(doc, "Hours per week: " + hours, space_after=0)
    para(doc, "Salary: " + salary, space_after=0)
    if grade:
        para(doc, grade, space_after=0)
    para(doc, title, bold=True, italic=True, space_after=0)
    para(doc, supervisor, space_after=3)
    para(doc, "Duties:", bold=True, space_after=0)
    para(doc, duties, space_after=2)
    if accomplishments:
        para(doc, "Key accomplishments:", bold=True, space_after=0)
        for a in accomplishments:
            bullet(doc, a)

job("Department of Veterans Affairs – Ozark Valley VA Medical Center",
    "1100 N. Example Avenue, Fayetteville, AR 72703, United States",
    "06/2019 – Present", "40", "$89,214.00 USD per year", "Series: 0610   Pay plan: VN   Grade: Nurse II",
    "Clinical Nurse (Charge Nurse), Medical-Surgical Unit 3B",
    "Supervisor: Denise Harlan, Nurse Manager, (479) 555-0163; okay to contact: Yes",
    "Provide direct care to 5–6 veterans per shift on a 32-bed medical-surgical unit; assess, plan and evaluate care "
    "using CPRS and BCMA; act as charge nurse three shifts per week, making assignments for 9 RNs and 4 nursing assistants "
    "and managing bed flow with the patient flow coordinator; precept new graduate nurses in the VA Transition to Practice program.",
    ["Led the unit falls huddle; falls with injury dropped from 7 in FY2021 to 2 in FY2023.",
     "Co-wrote the unit CAUTI bundle checklist adopted by two other wards in 2022.",
     "Precepted 11 new graduate nurses; 10 still employed at the facility."])

job("Mercy Ridge Regional Hospital",
    "400 Example Blvd, Springdale, AR 72762, United States",
    "08/2015 – 05/2019", "36", "$31.50 per hour", None,
    "Staff Nurse (RN), Telemetry",
    "Supervisor: Mark Ellison, Clinical Manager, (479) 555-0177; okay to contact: Yes",
    "Cared for 4–5 telemetry patients per 12-hour shift; interpreted cardiac rhythms and titrated drips per protocol; "
    "taught discharge education on heart failure and anticoagulation.",
    ["Member of the hospital Sepsis Committee, 2017 – 2019."])

job("Green Meadow Care Center",
    "85 Example Lane, Rogers, AR 72756, United States",
    "01/2012 – 07/2015", "32", "$11.25 per hour", None,
    "Certified Nursing Assistant",
    "Supervisor: Carla Nunez, Director of Nursing, (479) 555-0104; okay to contact: No",
    "Assisted long-term care residents with activities of daily living, vital signs and intake/output; worked part-time "
    "while attending nursing school.", [])

para(doc, "Note: 08/2018 – 11/2018 unpaid family medical leave (FMLA) from Mercy Ridge; returned to the same position.",
     italic=True, space_before=6)

head("Education")
para(doc, [("Bachelor of Science in Nursing (BSN)", {"bold": True}), (" – Northwest Arkansas Baptist University, Siloam Springs, AR", {})], space_after=0)
para(doc, "Graduated 05/2015   |   GPA: 3.62 of 4.0   |   128 semester hours   |   Cum Laude", space_after=4)
para(doc, [("High School Diploma", {"bold": True}), (" – Rogers Heights High School, Rogers, AR – 05/2011", {})])

head("Licenses and Certifications")
for c in ["Registered Nurse, Arkansas State Board of Nursing – multistate license R-000147, issued 07/2015, expires 10/31/2026",
          "Basic Life Support (BLS), American Heart Association – expires 03/2026",
          "Advanced Cardiovascular Life Support (ACLS), American Heart Association – expires 03/2026",
          "Medical-Surgical Registered Nurse Certification (CMSRN), MSNCB – 2021"]:
    bullet(doc, c)

head("Job-Related Training")
para(doc, "VA Transition to Practice Preceptor Course (16 hours), 2020; TeamSTEPPS 2.0 (8 hours), 2021; "
          "Crucial Conversations (12 hours), 2022.")

head("Awards")
bullet(doc, "VA I CARE Award, Ozark Valley VA Medical Center, 09/2022")
bullet(doc, "DAISY Award for Extraordinary Nurses, Mercy Ridge Regional Hospital, 2018")

head("Professional Associations")
para(doc, "Academy of Medical-Surgical Nurses (AMSN), member since 2019")

head("Volunteer Experience")
para(doc, [("Free Clinic Volunteer RN", {"bold": True}), (", Samaritan Street Clinic, Fayetteville, AR – 2020 to present (4 hours per month)", {})], space_after=0)
para(doc, "Blood-pressure and diabetes screening for uninsured adults.")

head("References")
for rline in ["Denise Harlan, Nurse Manager, Ozark Valley VA Medical Center – (479) 555-0163",
              "Mark Ellison, Clinical Manager, Mercy Ridge Regional Hospital – (479) 555-0177"]:
    para(doc, rline, space_after=1)

doc.save(out_path("en_latoya_bridgewater.docx"))
