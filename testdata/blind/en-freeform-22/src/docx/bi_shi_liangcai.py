"""Singapore WSH officer from Quanzhou: English-led Word CV with bilingual headings (Simplified Chinese),
right-tab dates, a Chinese-first job and degree from Fujian, Noto Sans CJK SC as East-Asian font,
bold name line with the Chinese name after it, and a 'Label | Label' contact row."""
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font='Calibri', size=10.5, margins=(1.6, 1.6, 2.0, 2.0), east_asia='Noto Sans CJK SC')
W = text_width(d)
para(d, [('SHI LIANGCAI', {'b': True, 'size': 20, 'color': '14532D'}), ('  施良才', {'size': 16, 'color': '14532D'})], after=0)
para(d, [('Registered WSH Officer (MOM) | 注册职业安全卫生官', {'size': 11.5})], after=2)
para(d, 'Blk 512 Jurong West Street 52, #08-214, Singapore 640512  |  +65 8555 0163  |  shi.liangcai@example.com.sg', size=9.5, after=0)
para(d, 'Singapore Permanent Resident', size=9.5, after=4)

def heading(en, zh):
    p = para(d, [(en + '  ', {'b': True, 'color': '14532D'}), (zh, {'color': '14532D'})], before=9, after=3)
    bottom_border(p, '14532D', 8)

def job(title, org, dates, bullets=(), summary=None):
    para(d, [(title, {'b': True}), '\t', dates], after=0, tab_right=W)
    para(d, [(org, {'i': True})], after=2)
    if summary:
        para(d, summary, after=2)
    for b in bullets:
        bullet(d, b, after=0)

heading('PROFILE', '个人简介')
para(d, 'WSH officer with 14 years in construction safety in Fujian and Singapore, the last six as a registered '
        'WSH Officer on public housing and industrial projects. I keep sites running safely with clear risk '
        'assessments, toolbox talks in three languages and permit-to-work systems that supervisors actually follow.', after=2)

heading('WORK EXPERIENCE', '工作经历')
job('WSH Officer', 'Kallang Bay Builders Pte Ltd, Singapore', 'Jun 2019 – Present',
    ['Registered WSH Officer for two HDB BTO projects (1,280 units) with up to 450 workers on site.',
     'Run daily toolbox meetings in English, Mandarin and Hokkien; review method statements and risk assessments with subcontractors.',
     'Led the site to bizSAFE Star and 1.2 million man-hours without a lost-time injury.',
     'Investigate incidents and near misses and report to MOM through iReport.'])
job('Safety Coordinator', 'Pioneer Crescent Engineering Pte Ltd, Singapore', 'Mar 2016 – May 2019',
    ['Managed permit-to-work for hot work, confined space and work at height in a shipyard fabrication shop.',
     'Conducted weekly site inspections and tracked corrective actions to closure.'])
job('安全员 Safety Officer', '泉州宏建建设工程有限公司 (Quanzhou Hongjian Construction Engineering Co., Ltd.), 福建泉州', '2010.07 – 2015.12',
    ['负责高层住宅项目现场安全巡查、三级安全教育及特种作业人员持证管理。',
     'Prepared scaffolding and tower crane inspection records for the local construction safety station.'])

heading('EDUCATION', '教育背景')
para(d, [('Specialist Diploma in Workplace Safety and Health', {'b': True}), '\t', '2017 – 2018'], after=0, tab_right=W)
para(d, [('Pasir Panjang Institute of Safety, Singapore', {'i': True})], after=3)
para(d, [('大专  建筑工程技术专业', {'b': True}), '\t', '2007.09 – 2010.07'], after=0, tab_right=W)
para(d, [('泉南建筑职业技术学院 (Quannan Vocational College of Building Technology), 福建泉州', {'i': True})], after=2)

heading('CERTIFICATES', '资格证书')
for c in ['Registered WSH Officer — Ministry of Manpower (MOM), Reg. No. WSHO/2019/0417',
          'Advanced Certificate in Workplace Safety and Health (WSQ) — 2017',
          'bizSAFE Risk Management Champion — 2020',
          'Construction Safety Orientation Course (CSOC) — 2016',
          '建筑施工企业专职安全生产管理人员（C证）— 福建省住房和城乡建设厅, 2011']:
    bullet(d, c, after=0)

heading('SKILLS', '专业技能')
para(d, [('Safety: ', {'b': True}), 'risk assessment, permit-to-work, incident investigation, WSH audits, toolbox talks'], after=0)
para(d, [('Software: ', {'b': True}), 'MS Office, SafetyCulture (iAuditor), AutoCAD (viewing)'], after=0)

heading('LANGUAGES', '语言')
para(d, 'English (fluent) · 普通话 Mandarin (native) · 闽南话 Hokkien (native)', after=2)
para(d, [('References available upon request.', {'i': True})], before=8)
save(d)
