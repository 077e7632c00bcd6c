# Google-Docs-like résumé: Title / Subtitle / Heading 1 / Heading 2 styles, Arial 11.
import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from docxlib import *
d = new_doc('Arial', 10.5, 2.2)
style_font(d, 'Title', 'Arial', 24, '1F3864', False)
style_font(d, 'Subtitle', 'Arial', 12, '666666')
style_font(d, 'Heading 1', 'Arial', 13, '1F3864', True)
style_font(d, 'Heading 2', 'Arial', 11, '000000', True)
core_props(d, 'Maeve Donnelly CV', 'Maeve Donnelly')
para(d, 'Maeve Donnelly', style='Title')
para(d, 'Supervising Pharmacist · MPharm, MPSI', style='Subtitle')
para(d, 'M: 087 555 0142  |  E: maeve.donnelly@example.com  |  linkedin.com/in/maeve-donnelly-pharm')
para(d, '12 Rosemount Park, Newcastle Road,')
para(d, 'Galway H91 X2Y5')
para(d, 'Right to work: Irish citizen (EU)  |  Full clean driving licence (Cat. B)')

para(d, 'Profile', style='Heading 1')
para(d, 'Community pharmacist with nine years in busy Galway pharmacies, the last five as Supervising Pharmacist. '
        'I run a tight dispensary, lead a team of eleven and have built up our vaccination and '
        'minor-ailment services. Now looking for a hospital or clinical-services role in the West.')

para(d, 'Experience', style='Heading 1')
para(d, 'Supervising Pharmacist | Carroll\'s Pharmacy, Salthill | Galway | 3/2019 – present', style='Heading 2')
bullets(d, ['Supervising Pharmacist under the Pharmacy Act 2007: SOPs, PSI inspections (2021, 2024 — no findings)',
            'Set up the HSE flu and COVID-19 vaccination clinic: 2,300 vaccinations in the 2023/24 season',
            'Methadone (MMT) dispensing for 40 patients, liaison with the local GP and addiction services',
            'Introduced a fridge-line temperature log that cut cold-chain write-offs by 70%'])
para(d, 'Pharmacist | Corrib Pharmacy Group (6 branches) | Galway & Oranmore | 9/2016 – 2/2019', style='Heading 2')
bullets(d, ['Relief then permanent pharmacist across six branches; up to 450 items a day',
            'Delivered medicine-use reviews and smoking-cessation clinics'])
para(d, 'Pre-registration / Intern Pharmacist | St. Brendan\'s Hospital Pharmacy | Loughrea | 2015 – 2016', style='Heading 2')
bullets(d, ['12-month internship: aseptic compounding, ward rounds, drug-information queries'])

para(d, 'Education', style='Heading 1')
para(d, ('Master of Pharmacy (MPharm)', 'b'), ', Royal College of Surgeons in Ireland (RCSI), 2015 – 2016 (First Class Honours)')
para(d, ('Bachelor of Science in Pharmacy (BSc Pharm)', 'b'), ', Trinity College Dublin, 2011 – 2015 (2.1)')
para(d, 'Leaving Certificate, Coláiste Iognáid, Galway — 2011, 560 points')

para(d, 'Professional Registration', style='Heading 1')
para(d, 'Pharmaceutical Society of Ireland (PSI) — Registered Pharmacist, Reg. No. 5550142, since 2016')
para(d, 'Vaccination & Immunisation Certification (PSI-accredited, IIOP), renewed 2024')

para(d, 'Professional Development', style='Heading 1')
bullets(d, ['Certificate in Clinical Pharmacy Practice (part-time), Atlantic School of Health, 2023',
            'IIOP: Anticoagulation, Asthma & COPD inhaler technique, Medication Safety (2022–2024)'])

para(d, 'Key Skills', style='Heading 1')
para(d, 'Dispensary management · Vaccination · Methadone / MMT · Medicine-use review · Socrates & Touchstore PMR · Staff rostering · Irish (fluent, B2)')

para(d, 'Referees', style='Heading 1')
para(d, 'Mr Declan Carroll, Owner & Superintendent Pharmacist, Carroll\'s Pharmacy — 091 555 018')
para(d, 'Dr Aoife Kenny, Chief Pharmacist, St. Brendan\'s Hospital — aoife.kenny@example.ie')
save(d)
