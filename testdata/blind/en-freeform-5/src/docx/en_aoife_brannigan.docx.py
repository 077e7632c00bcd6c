# Two-column Word résumé: one borderless 2-column table, shaded sidebar LEFT (contact, skills,
# languages, certifications), main column right. Job header = employer line, then
# `Title | City | dates` line(s).
import sys
from docxlib import *

d = new_doc(font="Calibri", size=10, margins_cm=(1.2, 1.2, 1.2, 1.2))
t = d.add_table(rows=1, cols=2)
no_borders(t)
col_widths(t, [6.4, 12.2])
side, main = t.rows[0].cells
shade_cell(side, "1F3A4D")
cell_margins(side, 200, 200, 220, 220)
cell_margins(main, 120, 120, 320, 80)
W = "FFFFFF"; L = "BFD7E6"

def shead(txt):
    p = cell_para(side, [(txt, dict(b=True, color=L, size=10.5))], before=12, after=3)
    border(p, "bottom", "BFD7E6", 4)

def sline(parts, after=2):
    return cell_para(side, [(x, dict(color=W, size=9.5)) if isinstance(x, str) else (x[0], dict(x[1], color=W, size=9.5)) for x in parts], after=after)

cell_para(side, [("AOIFE", dict(b=True, color=W, size=17))], after=0)
cell_para(side, [("BRANNIGAN", dict(b=True, color=W, size=17))], after=4)
cell_para(side, [("DevOps & Platform Engineer", dict(i=True, color=L, size=11))], after=10)
shead("CONTACT")
sline(["Dublin 8, Ireland"])
sline(["+353 87 555 0147"])
sline(["aoife.brannigan@example.com"])
sline(["linkedin.com/in/aoife-brannigan-ops"])
sline(["github.com/aoifeb-ops"])
shead("SKILLS")
for lab, items in [("Cloud", "AWS, Azure"), ("IaC", "Terraform, Pulumi, Ansible"),
                   ("Containers", "Docker, Kubernetes, Helm, Argo CD"),
                   ("CI/CD", "GitHub Actions, GitLab CI, Jenkins"),
                   ("Observability", "Prometheus, Grafana, Loki, PagerDuty"),
                   ("Scripting", "Python, Go, Bash")]:
    sline([(lab, dict(b=True))], after=0)
    sline([items], after=4)
shead("LANGUAGES")
sline(["English — native"])
sline(["Irish — conversational"])
sline(["French — B1"])
shead("CERTIFICATIONS")
sline(["Certified Kubernetes Administrator (CKA), 2022"], after=3)
sline(["AWS Certified DevOps Engineer – Professional, 2021"], after=3)
sline(["HashiCorp Certified: Terraform Associate, 2020"], after=3)

A = "1F3A4D"
def mhead(txt):
    p = cell_para(main, [(txt, dict(b=True, color=A, size=12))], before=10, after=4)
    border(p, "bottom", "1F3A4D", 6)

mhead("PROFILE")
cell_para(main, ["Platform engineer with seven years in payments and analytics companies. I build paved roads: "
                 "Terraform modules, Kubernetes platforms and CI pipelines that let product teams ship several times "
                 "a day without paging anyone at 3 a.m."], align="justify", after=4)
mhead("EXPERIENCE")

def employer(name):
    cell_para(main, [(name, dict(b=True, size=11))], before=6, after=0)

def role(title, city, dates):
    cell_para(main, [(title, dict(i=True)), "  |  " + city + "  |  " + dates], after=2)

def bul(txt):
    p = bullet(main, [txt], indent=0.5, sym="▪", after=1)

employer("Tidewater Payments")
role("Senior DevOps Engineer", "Dublin", "Sept 2019 – Present")
bul("Led the move of 140 services from EC2 autoscaling groups to EKS with Argo CD; deploys went from weekly to 30+ a day.")
bul("Wrote the Terraform module library (62 modules) used by nine product teams; cut new-environment setup from 3 weeks to 2 days.")
bul("Introduced SLOs and error budgets for the card-authorisation path; p99 latency alerts down 70%.")
bul("On-call lead for the platform rota of six engineers; ran blameless post-mortems.")

employer("Corrib Analytics Ltd")
role("DevOps Engineer", "Galway", "Jan 2018 – Aug 2019")
bul("Replaced a hand-built Jenkins farm with GitLab CI runners on spot instances, saving about €4,000 a month.")
bul("Packaged the Spark workloads as Helm charts and moved them to Azure AKS.")
role("Systems Administrator", "Galway", "Jul 2016 – Dec 2017")
bul("Looked after 80 Linux servers with Ansible; brought patching from quarterly to monthly.")

employer("Ferrycarrig Software")
role("IT Support Analyst (graduate programme)", "Wexford", "2015 – 2016")
bul("First-line support for 200 staff; scripted laptop builds in PowerShell.")

mhead("EDUCATION")
cell_para(main, [("BSc (Hons) Computing", dict(b=True)), ", Shannonside Technological University, 2015"], after=1)
cell_para(main, [("Certificate in Cloud Infrastructure (Springboard+)", dict(b=True)), ", Liffey Institute of Technology, 2019"], after=1)
mhead("INTERESTS")
cell_para(main, ["Sea swimming at the Forty Foot · coaching an under-12s camogie team · restoring an old Raleigh bike"], after=1)
d.save(sys.argv[1])
