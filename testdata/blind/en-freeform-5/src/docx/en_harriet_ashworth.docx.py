# Early-career research CV typed in Word with the built-in Heading 1 / Heading 2 styles left at
# their defaults (blue Calibri Light). Entries `Title, Organisation, City (2021 – now)`; degree
# lines `MSc Bioinformatics (Distinction), University, 2021` with the thesis title on the next
# line; numbered publications; posters; `Summer 2018` placement.
import sys
from docxlib import *

d = new_doc(font="Calibri", size=11, margins_cm=(2.0, 2.0, 2.2, 2.2))
heading_style(d, "Heading 1", 14, "2F5496", "Calibri Light", bold=False, before=12, after=3)
heading_style(d, "Heading 2", 11.5, "1F3864", "Calibri Light", bold=True, before=6, after=0)
heading_style(d, "Title", 26, "000000", "Calibri Light", bold=False, before=0, after=0)

para(d, ["Harriet Ashworth"], style="Title")
para(d, ["Research Assistant in computational genomics"], after=2)
para(d, ["Flat 3, 22 Mill Road, Cambridge CB1 2AD · 07700 900416 · h.ashworth@example.org · ORCID 0000-0002-5550-0161 · github.com/hashworth-lab"], after=4)

para(d, ["Research experience"], style="Heading 1")
para(d, ["Research Assistant, Fenland Institute for Genomic Medicine, Cambridge (2021 – now)"], style="Heading 2")
para(d, ["Single-cell RNA-seq analysis for the Barrow lab (rare paediatric kidney disease)."], after=1)
for b in ["Built the Nextflow pipeline now used for all 10x Genomics runs in the group (≈ 400 samples).",
          "Co-first author on a cell atlas of the developing nephron (under review).",
          "Supervise two summer students each year."]:
    bullet(d, [b], indent=0.6)
para(d, ["Bioinformatics Intern, Wensum Biotech, Norwich (Summer 2018)"], style="Heading 2")
para(d, ["Variant-calling benchmarks for a plant-breeding client; wrote a Snakemake workflow and its tests."], after=1)
para(d, ["Undergraduate Research Assistant, University of Bramley, Department of Biology (2019 – 2020)"], style="Heading 2")
para(d, ["Ten hours a week on zebrafish imaging analysis in Fiji/ImageJ."], after=1)

para(d, ["Education"], style="Heading 1")
para(d, [("MSc Bioinformatics (Distinction)", dict(b=True)), ", University of East Holland, 2021"], after=0)
para(d, [("Dissertation: ", dict(i=True)), "“Denoising droplet-based single-cell data with variational autoencoders” (supervisor: Prof. M. Okafor)"], after=4)
para(d, [("BSc (Hons) Biological Sciences, 2:1", dict(b=True)), ", University of Bramley, 2017 – 2020"], after=0)
para(d, [("Dissertation: ", dict(i=True)), "“Fin regeneration timing in adult zebrafish”"], after=4)
para(d, [("Harrogate Ladies' Sixth Form College", dict(b=True)), ", 2017"], after=0)
para(d, ["A levels: Biology (A*), Chemistry (A), Mathematics (A)"], after=2)

para(d, ["Publications"], style="Heading 1")
pubs = ["Ashworth H., Lindqvist P., Barrow E. (2024). NephroAtlas: a single-cell map of the developing human nephron. bioRxiv preprint.",
        "Teller S., Ashworth H., Barrow E. (2023). scDenoise: fast denoising of droplet single-cell data. Bioinformatics Advances, 3(1).",
        "Ashworth H., Greene L. (2021). Regeneration timing in adult zebrafish fins. Journal of Undergraduate Biology, 12, 44–51."]
for i, p in enumerate(pubs, 1):
    para(d, ["%d.\t" % i + p], indent=0.6, first=-0.6, after=2)

para(d, ["Conference posters"], style="Heading 1")
para(d, ["Single-cell atlas of nephron progenitors. Genome Informatics UK, Hinxton, September 2023."], after=1)

para(d, ["Skills"], style="Heading 1")
para(d, [("Programming: ", dict(b=True)), "Python, R, Bash, SQL"], after=0)
para(d, [("Workflows & tools: ", dict(b=True)), "Nextflow, Snakemake, Scanpy, Seurat, Docker, Slurm"], after=0)
para(d, [("Wet lab: ", dict(b=True)), "PCR, zebrafish husbandry, confocal microscopy"], after=0)

para(d, ["Awards"], style="Heading 1")
para(d, ["Best MSc dissertation prize, University of East Holland (2021)"], after=0)
para(d, ["Genome Informatics UK travel bursary (2023)"], after=0)

para(d, ["Referees"], style="Heading 1")
para(d, ["Dr Eleanor Barrow, Group Leader, Fenland Institute for Genomic Medicine — e.barrow@example.org"], after=0)
para(d, ["Prof. Michael Okafor, University of East Holland — m.okafor@example.edu"], after=0)
d.save(sys.argv[1])
