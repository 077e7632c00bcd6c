import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *
d = new("Calibri", 10.5)
T = 17.0
para(d, ("Inês Carvalho, PhD", "b", 20), align="center")
para(d, "Data Scientist (ex-computational biologist)", align="center")
para(d, "Lisbon, Portugal  ·  +351 912 555 017  ·  ines.carvalho@example.pt  ·  github.com/inescarvalho-ds", align="center")
def H(t):
    p = para(d, (t.upper(), "b", 11), space_before=10); bottom_border(p)
H("Summary")
para(d, "Computational biologist moving into industry data science. Seven years building statistical and machine-learning models "
        "on noisy, high-dimensional data (single-cell RNA-seq, imaging), with production-quality Python and R. Recently led "
        "forecasting models for a retail partner during an industry placement.")
H("Professional Experience")
def job(title, dates, emp, bullets):
    para(d, (title, "b"), "\t" + dates, tab=T, space_before=6)
    para(d, (emp, "i"))
    for b in bullets: bullet(d, b)
job("Data Scientist", "Oct 2023 – Present", "Tejo Analytics, Lisbon",
    ["Demand forecasting for 1,800 grocery SKUs (LightGBM, hierarchical reconciliation); forecast error down 17%.",
     "Built the team's feature store on dbt and BigQuery."])
job("Data Science Placement (industry fellowship)", "Mar '23 – Sep '23", "Mercado Atlântico S.A., Porto",
    ["Six-month fellowship; churn model for the loyalty programme, deployed with MLflow."])
H("Research Experience")
job("Postdoctoral Researcher", "Mar '19 – Feb '23", "Instituto de Biologia Computacional do Tejo, Oeiras",
    ["Led single-cell analysis for a 4-lab consortium on zebrafish regeneration; released two open-source R packages.",
     "Supervised two MSc students; wrote a successful FCT project grant (€240k)."])
job("Doctoral Researcher", "Oct '14 – Feb '19", "Universidade Nova de Coimbra, Center for Neuroscience",
    ["Bayesian models of gene regulatory networks; thesis on cell-fate decisions."])
H("Education")
para(d, "PhD in Computational Biology, Universidade Nova de Coimbra, Coimbra, Portugal\t2019", tab=T)
para(d, "MSc in Bioinformatics, Universidade do Algarve Ocidental, Faro, Portugal\t2014", tab=T)
para(d, "BSc in Biochemistry, Universidade do Algarve Ocidental, Faro, Portugal\t2012", tab=T)
H("Selected Publications")
for s in ["Carvalho I., Mendes R., Okafor T. (2022). Regeneration trajectories in zebrafish fin at single-cell resolution. Developmental Cell Reports 14(3).",
          "Carvalho I., Sousa P. (2019). Bayesian inference of cell-fate switches. Journal of Systems Biology Methods 7, 112–129."]:
    bullet(d, s)
H("Skills")
para(d, ("Programming: ", "b"), "Python, R, SQL, Bash")
para(d, ("ML & statistics: ", "b"), "scikit-learn, LightGBM, PyTorch, Stan, time-series forecasting")
para(d, ("Data tools: ", "b"), "dbt, BigQuery, Airflow, MLflow, Docker")
H("Languages")
para(d, "Portuguese (native), English (C2), Spanish (B2), French (A2)")
d.save(sys.argv[1])
