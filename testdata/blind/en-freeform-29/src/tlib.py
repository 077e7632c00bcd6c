"""Helpers for writing the truths of en-freeform-29 by hand."""

def W(name, position, start=None, end=None, location=None, summary=None, highlights=None, **x):
    d = {}
    if name: d["name"] = name
    if position: d["position"] = position
    if location: d["location"] = location
    if start: d["startDate"] = start
    if end: d["endDate"] = end
    if summary: d["summary"] = summary
    if highlights: d["highlights"] = highlights
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def E(institution, studyType=None, area=None, start=None, end=None, score=None, **x):
    d = {}
    if institution: d["institution"] = institution
    if area: d["area"] = area
    if studyType: d["studyType"] = studyType
    if start: d["startDate"] = start
    if end: d["endDate"] = end
    if score: d["score"] = score
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def C(name, issuer=None, **x):
    d = {"name": name}
    if issuer: d["issuer"] = issuer
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def A(title, date=None, awarder=None, **x):
    d = {"title": title}
    if date: d["date"] = date
    if awarder: d["awarder"] = awarder
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def S(name, keywords, **x):
    d = {}
    if name: d["name"] = name
    d["keywords"] = keywords
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def L(language, fluency=None, **x):
    d = {"language": language}
    if fluency: d["fluency"] = fluency
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def V(organization, position=None, start=None, end=None, summary=None, highlights=None, **x):
    d = {"organization": organization}
    if position: d["position"] = position
    if start: d["startDate"] = start
    if end: d["endDate"] = end
    if summary: d["summary"] = summary
    if highlights: d["highlights"] = highlights
    d.update({("x-" + k[2:] if k.startswith("x_") else k): v for k, v in x.items()})
    return d

def I(*names):
    return [{"name": n} for n in names]
