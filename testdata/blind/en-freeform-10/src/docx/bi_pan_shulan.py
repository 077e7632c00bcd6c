"""Pan Shulan - English CV on page 1-2, then a short Chinese version after a page break."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

d = new_doc(font="Calibri", size=10, margins_cm=1.7, page="Letter", east_asian="Noto Sans CJK SC")
TEAL = "1B6F6A"

def heading(text):
    p = para(d, "", before=9, after=3)
    run(p, text, bold=True, size=11, color=TEAL)
    border(p, "bottom", sz=6, color=TEAL)

def job(left, right, bullets=(), sub=None):
    p = para(d, "", before=4, after=0); tab_right(p, 17.8)
    run(p, left, bold=True); run(p, "\t" + right)
    if sub:
        para(d, sub, italic=True, after=1)
    for b in bullets:
        bullet(d, b)

# ---------------- English ----------------
p = para(d, "", after=0)
run(p, "SHULAN PAN", bold=True, size=20, color=TEAL); run(p, ", R.TCM.P, R.Ac", size=12, color=TEAL)
run(p, "     \u6f58\u6dd1\u5170", size=16, color="555555")
para(d, "Registered TCM Practitioner & Acupuncturist", size=12, after=2)
para(d, "Burnaby, BC  \u00b7  604-555-0139  \u00b7  shulan.pan@example.ca  \u00b7  WeChat: panshulan_tcm", size=9.5, after=4)

heading("PROFILE")
para(d, "TCM practitioner and acupuncturist with 13 years of clinical practice, seven of them in a Guangzhou "
        "hospital acupuncture department and five in Burnaby. Strong in pain management, fertility support and "
        "post-stroke rehabilitation; I explain treatment plans in English, Mandarin and Cantonese and work "
        "alongside physiotherapists and family doctors.")

heading("REGISTRATION & LICENCES")
for b in ["Registered TCM Practitioner (R.TCM.P) and Registered Acupuncturist, CTCMA \u2013 Reg. No. 55012 \u2013 since 2019",
          "Medical Practitioner Qualification Certificate (Chinese Medicine), PRC \u2013 2012",
          "Standard First Aid & CPR Level C \u2013 2024"]:
    bullet(d, b)

heading("CLINICAL EXPERIENCE")
job("Acupuncturist & TCM Practitioner, Golden Maple Integrative Health Clinic, Burnaby", "Sep 2019 \u2013 Present", [
    "About 45 patient visits a week: musculoskeletal pain, headache, insomnia, fertility and menopause care.",
    "Set up a shared referral pathway with the clinic's two physiotherapists; documented in Jane App.",
    "Run a monthly community talk on seasonal health in Mandarin and Cantonese."])
job("Herbal Dispensary Assistant, Lotus Herbal Dispensary, Richmond, BC", "Jan 2018 \u2013 Aug 2019", [
    "Dispensed granule and raw-herb prescriptions while preparing for the Canadian registration exams."])
job("Guangzhou Yunling Hospital of TCM, Acupuncture Dept.", "Jul 2010 \u2013 Nov 2017", [
    "Attending Physician (2014 \u2013 2017): outpatient clinic of 40\u201360 patients a day; supervised 6 residents.",
    "Resident Physician (2010 \u2013 2014): ward rotations in acupuncture, tuina and neurology rehabilitation."],
    sub="Attending Physician; earlier Resident Physician")

heading("EDUCATION")
for a, b in [("M.Med., Acupuncture and Tuina \u2013 Nanling University of Chinese Medicine, Guangzhou", "2007 \u2013 2010"),
             ("B.Med., Traditional Chinese Medicine (5-year program) \u2013 Nanling University of Chinese Medicine", "2002 \u2013 2007")]:
    p = para(d, "", after=1); tab_right(p, 17.8); run(p, a + "\t" + b)

heading("PUBLICATIONS")
for b in ["Pan S, Chen L. Electroacupuncture for post-stroke shoulder pain: a retrospective review of 86 cases. "
          "Journal of Southern Acupuncture. 2016;28(4):33\u201337.",
          "Pan S. Treating insomnia in new immigrants: notes from a Burnaby clinic. TCM Practice Canada. 2022;6:12\u201314."]:
    bullet(d, b)

heading("LANGUAGES & OTHER")
para(d, "Mandarin (native), Cantonese (fluent), English (professional; CELPIP 8, 2017)", after=1)
para(d, "Volunteer acupuncturist, Burnaby Seniors Wellness Fair (2021 \u2013 present)", after=1)
para(d, "Interests: tai chi, hiking the North Shore, calligraphy", after=1)

# ---------------- Chinese ----------------
page_break(d)
p = para(d, "", after=0)
run(p, "\u6f58\u6dd1\u5170", bold=True, size=20, color=TEAL); run(p, "\u3000\u4e2a\u4eba\u7b80\u5386\uff08\u4e2d\u6587\u7248\uff09", size=12)
para(d, "\u6ce8\u518c\u4e2d\u533b\u5e08\u3001\u9488\u7078\u5e08", size=11, after=2)
para(d, "\u7535\u8bdd\uff1a604-555-0139\u3000\u90ae\u7bb1\uff1ashulan.pan@example.ca\u3000\u5fae\u4fe1\uff1apanshulan_tcm\u3000\u73b0\u5c45\uff1a\u52a0\u62ff\u5927 \u672c\u62ff\u6bd4", size=9.5, after=4)

heading("\u4e2a\u4eba\u7b80\u4ecb")
para(d, "\u4ece\u4e8b\u4e2d\u533b\u9488\u7078\u4e34\u5e8a\u5de5\u4f5c13\u5e74\uff0c\u64c5\u957f\u75bc\u75db\u7ba1\u7406\u3001\u5907\u5b55\u8c03\u7406\u53ca\u4e2d\u98ce\u540e\u5eb7\u590d\u3002\u53ef\u7528\u666e\u901a\u8bdd\u3001\u7ca4\u8bed\u548c\u82f1\u8bed\u4e0e\u60a3\u8005\u6c9f\u901a\u3002")

heading("\u5de5\u4f5c\u7ecf\u5386")
job("\u91d1\u67ab\u7efc\u5408\u5065\u5eb7\u8bca\u6240\uff08\u672c\u62ff\u6bd4\uff09\u3000\u9488\u7078\u5e08 / \u4e2d\u533b\u5e08", "2019.09 \u2014 \u81f3\u4eca")
job("\u83b2\u82b1\u4e2d\u836f\u623f\uff08\u5217\u6cbb\u6587\uff09\u3000\u914d\u836f\u52a9\u7406", "2018.01 \u2014 2019.08")
job("\u5e7f\u5dde\u4e91\u5cad\u4e2d\u533b\u533b\u9662 \u9488\u7078\u79d1\u3000\u4e3b\u6cbb\u533b\u5e08", "2014.07 \u2014 2017.11")
job("\u5e7f\u5dde\u4e91\u5cad\u4e2d\u533b\u533b\u9662 \u9488\u7078\u79d1\u3000\u4f4f\u9662\u533b\u5e08", "2010.07 \u2014 2014.06")

heading("\u6559\u80b2\u80cc\u666f")
for a, b in [("\u5357\u5cad\u4e2d\u533b\u836f\u5927\u5b66\u3000\u9488\u7078\u63a8\u62ff\u5b66\u3000\u7855\u58eb", "2007.09 \u2014 2010.07"),
             ("\u5357\u5cad\u4e2d\u533b\u836f\u5927\u5b66\u3000\u4e2d\u533b\u5b66\uff08\u4e94\u5e74\u5236\uff09\u3000\u672c\u79d1", "2002.09 \u2014 2007.07")]:
    p = para(d, "", after=1); tab_right(p, 17.8); run(p, a + "\t" + b)

heading("\u8d44\u683c\u8bc1\u4e66")
para(d, "\u4e2d\u533b\u6267\u4e1a\u533b\u5e08\u8d44\u683c\u8bc1\u4e66\uff082012\uff09\uff1b\u52a0\u62ff\u5927BC\u7701\u6ce8\u518c\u4e2d\u533b\u5e08\u3001\u9488\u7078\u5e08\uff082019\uff09", after=1)

save(d, "bi_pan_shulan.docx")
