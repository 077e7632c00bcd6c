# A pharmacist's self-made Word résumé: centred title, label grid typed with full-width spaces (no table),
# bold headings with a bottom rule look (underscores line), 出生年月, 执业药师.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *

d = new_doc("宋体", 10.5)
para(d, "个 人 简 历", bold=True, size=16, align="center", space_after=8)
for l in ["姓　　名：尹淑雯　　　　　　性　　别：女",
          "出生年月：1996.05　　　　　 学　　历：大专",
          "联系电话：139-0000-5208　　 电子邮箱：yinshuwen@example.cn",
          "现居住地：长沙·岳麓　　　　 求职意向：执业药师 / 药店店长"]:
    para(d, l)

def h(t):
    para(d, "")
    para(d, t, bold=True, size=12)
    para(d, "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", color="AAAAAA", size=6)

h("教育背景")
para(d, "2014年9月～2017年6月　　湘南医药高等专科学校　　药学　　大专")
para(d, "主修课程：药理学、药物化学、药剂学、药事管理与法规、医院药学概要")

h("工作经历")
para(d, "2020年8月～至今　　湖南益康大药房连锁有限公司（岳麓店）　　驻店药师 / 副店长", bold=True)
for l in ["1、负责处方审核与用药咨询，日均审方 80 余张，差错率为零；",
          "2、慢病会员管理：建立高血压、糖尿病会员档案 600 余份，开展用药随访；",
          "3、协助店长做好 GSP 检查、药品养护与近效期管理；",
          "4、2023 年门店销售额同比增长 18%。"]:
    para(d, l)
para(d, "")
para(d, "2017年7月～2020年7月　　长沙市第五人民医院　　药剂科 药士", bold=True)
for l in ["1、门诊药房调剂发药，参与静配中心轮转；",
          "2、协助药品盘点与效期管理。"]:
    para(d, l)

h("技能证书")
for l in ["执业药师（药学）　　2020年", "初级药师（药士）　　2018年", "全国计算机等级考试一级", "普通话二级乙等"]:
    para(d, l)

h("专业技能")
para(d, "熟练使用海典、英克等药店 ERP 系统；熟悉 GSP 规范与处方审核流程。")

h("自我评价")
para(d, "工作认真细致，有耐心，善于和中老年顾客沟通；持续学习慢病管理与中药知识。")
save(d)
