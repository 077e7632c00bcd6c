// Package schema holds Go types for JSON Resume v1.0.0 documents and
// validates documents against the official JSON Schema (resume-schema@1.0.1).
//
// Every object type except Resume carries an X map with extra keys. The JSON
// Resume convention is that such keys start with "x-" (e.g. "x-altName");
// Meta may carry any key (e.g. provenance such as "source" or "format").
// Unmarshalling keeps every unknown key in X, whatever its name, so documents
// round-trip; marshalling emits X after the standard fields, sorted by key.
package schema

import (
	"bytes"
	"encoding/json"
)

// Resume is a JSON Resume document. The schema forbids extra top-level keys,
// so Resume has no X map. The optional top-level "$schema" key is not
// modelled and is dropped on unmarshal.
type Resume struct {
	Basics       Basics        `json:"basics,omitzero"`
	Work         []Work        `json:"work,omitempty"`
	Volunteer    []Volunteer   `json:"volunteer,omitempty"`
	Education    []Education   `json:"education,omitempty"`
	Awards       []Award       `json:"awards,omitempty"`
	Certificates []Certificate `json:"certificates,omitempty"`
	Publications []Publication `json:"publications,omitempty"`
	Skills       []Skill       `json:"skills,omitempty"`
	Languages    []Language    `json:"languages,omitempty"`
	Interests    []Interest    `json:"interests,omitempty"`
	References   []Reference   `json:"references,omitempty"`
	Projects     []Project     `json:"projects,omitempty"`
	Meta         *Meta         `json:"meta,omitempty"`
}

// Basics holds the person's contact details. Email must be a valid address and
// URL an absolute URI (with scheme) to pass validation.
type Basics struct {
	Name     string         `json:"name,omitempty"`
	Label    string         `json:"label,omitempty"`
	Image    string         `json:"image,omitempty"`
	Email    string         `json:"email,omitempty"`
	Phone    string         `json:"phone,omitempty"`
	URL      string         `json:"url,omitempty"`
	Summary  string         `json:"summary,omitempty"`
	Location *Location      `json:"location,omitempty"`
	Profiles []Profile      `json:"profiles,omitempty"`
	X        map[string]any `json:"-"`
}

// IsZero reports whether b encodes as {}; it makes Resume omit "basics"
// (omitzero) even when b holds empty slices or maps.
func (b Basics) IsZero() bool {
	d, err := b.MarshalJSON()
	return err == nil && string(d) == "{}"
}

// Location is a postal location; CountryCode is ISO-3166-1 alpha-2.
type Location struct {
	Address     string         `json:"address,omitempty"`
	PostalCode  string         `json:"postalCode,omitempty"`
	City        string         `json:"city,omitempty"`
	CountryCode string         `json:"countryCode,omitempty"`
	Region      string         `json:"region,omitempty"`
	X           map[string]any `json:"-"`
}

// Profile is a social network profile.
type Profile struct {
	Network  string         `json:"network,omitempty"`
	Username string         `json:"username,omitempty"`
	URL      string         `json:"url,omitempty"`
	X        map[string]any `json:"-"`
}

// Work is a job. Dates are YYYY, YYYY-MM or YYYY-MM-DD.
type Work struct {
	Name        string         `json:"name,omitempty"`
	Location    string         `json:"location,omitempty"`
	Description string         `json:"description,omitempty"`
	Position    string         `json:"position,omitempty"`
	URL         string         `json:"url,omitempty"`
	StartDate   string         `json:"startDate,omitempty"`
	EndDate     string         `json:"endDate,omitempty"`
	Summary     string         `json:"summary,omitempty"`
	Highlights  []string       `json:"highlights,omitempty"`
	X           map[string]any `json:"-"`
}

// Volunteer is a volunteering position. Dates are YYYY, YYYY-MM or YYYY-MM-DD.
type Volunteer struct {
	Organization string         `json:"organization,omitempty"`
	Position     string         `json:"position,omitempty"`
	URL          string         `json:"url,omitempty"`
	StartDate    string         `json:"startDate,omitempty"`
	EndDate      string         `json:"endDate,omitempty"`
	Summary      string         `json:"summary,omitempty"`
	Highlights   []string       `json:"highlights,omitempty"`
	X            map[string]any `json:"-"`
}

// Education is a course of study. Dates are YYYY, YYYY-MM or YYYY-MM-DD.
type Education struct {
	Institution string         `json:"institution,omitempty"`
	URL         string         `json:"url,omitempty"`
	Area        string         `json:"area,omitempty"`
	StudyType   string         `json:"studyType,omitempty"`
	StartDate   string         `json:"startDate,omitempty"`
	EndDate     string         `json:"endDate,omitempty"`
	Score       string         `json:"score,omitempty"`
	Courses     []string       `json:"courses,omitempty"`
	X           map[string]any `json:"-"`
}

// Award is an award. Date is YYYY, YYYY-MM or YYYY-MM-DD.
type Award struct {
	Title   string         `json:"title,omitempty"`
	Date    string         `json:"date,omitempty"`
	Awarder string         `json:"awarder,omitempty"`
	Summary string         `json:"summary,omitempty"`
	X       map[string]any `json:"-"`
}

// Certificate is a certification. Unlike other dates, Date must be a full
// YYYY-MM-DD date (the schema uses "format": "date", not the iso8601 pattern).
type Certificate struct {
	Name   string         `json:"name,omitempty"`
	Date   string         `json:"date,omitempty"`
	URL    string         `json:"url,omitempty"`
	Issuer string         `json:"issuer,omitempty"`
	X      map[string]any `json:"-"`
}

// Publication is a publication. ReleaseDate is YYYY, YYYY-MM or YYYY-MM-DD.
type Publication struct {
	Name        string         `json:"name,omitempty"`
	Publisher   string         `json:"publisher,omitempty"`
	ReleaseDate string         `json:"releaseDate,omitempty"`
	URL         string         `json:"url,omitempty"`
	Summary     string         `json:"summary,omitempty"`
	X           map[string]any `json:"-"`
}

// Skill is a skill with optional level and keywords.
type Skill struct {
	Name     string         `json:"name,omitempty"`
	Level    string         `json:"level,omitempty"`
	Keywords []string       `json:"keywords,omitempty"`
	X        map[string]any `json:"-"`
}

// Language is a spoken language.
type Language struct {
	Language string         `json:"language,omitempty"`
	Fluency  string         `json:"fluency,omitempty"`
	X        map[string]any `json:"-"`
}

// Interest is an interest with keywords.
type Interest struct {
	Name     string         `json:"name,omitempty"`
	Keywords []string       `json:"keywords,omitempty"`
	X        map[string]any `json:"-"`
}

// Reference is a reference from another person.
type Reference struct {
	Name      string         `json:"name,omitempty"`
	Reference string         `json:"reference,omitempty"`
	X         map[string]any `json:"-"`
}

// Project is a project. Dates are YYYY, YYYY-MM or YYYY-MM-DD.
type Project struct {
	Name        string         `json:"name,omitempty"`
	Description string         `json:"description,omitempty"`
	Highlights  []string       `json:"highlights,omitempty"`
	Keywords    []string       `json:"keywords,omitempty"`
	StartDate   string         `json:"startDate,omitempty"`
	EndDate     string         `json:"endDate,omitempty"`
	URL         string         `json:"url,omitempty"`
	Roles       []string       `json:"roles,omitempty"`
	Entity      string         `json:"entity,omitempty"`
	Type        string         `json:"type,omitempty"`
	X           map[string]any `json:"-"`
}

// Meta holds document metadata. Canonical must be an absolute URI; the schema
// does not constrain LastModified (documented as YYYY-MM-DDThh:mm:ss). X may
// hold any key, e.g. provenance ("source", "format", "encoding").
type Meta struct {
	Canonical    string         `json:"canonical,omitempty"`
	Version      string         `json:"version,omitempty"`
	LastModified string         `json:"lastModified,omitempty"`
	X            map[string]any `json:"-"`
}

// Marshal encodes the document without HTML escaping, followed by a newline.
// With pretty set, it is indented by two spaces.
func (r *Resume) Marshal(pretty bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// JSON methods: each type converts itself to a method-less defined type
// ("plain") so the generic helpers can use encoding/json without recursion.

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (b Basics) MarshalJSON() ([]byte, error) {
	type plain Basics
	return marshalWithX(plain(b), b.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (b *Basics) UnmarshalJSON(d []byte) error {
	type plain Basics
	return unmarshalWithX(d, (*plain)(b), &b.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (l Location) MarshalJSON() ([]byte, error) {
	type plain Location
	return marshalWithX(plain(l), l.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (l *Location) UnmarshalJSON(d []byte) error {
	type plain Location
	return unmarshalWithX(d, (*plain)(l), &l.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (p Profile) MarshalJSON() ([]byte, error) {
	type plain Profile
	return marshalWithX(plain(p), p.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (p *Profile) UnmarshalJSON(d []byte) error {
	type plain Profile
	return unmarshalWithX(d, (*plain)(p), &p.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (w Work) MarshalJSON() ([]byte, error) {
	type plain Work
	return marshalWithX(plain(w), w.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (w *Work) UnmarshalJSON(d []byte) error {
	type plain Work
	return unmarshalWithX(d, (*plain)(w), &w.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (v Volunteer) MarshalJSON() ([]byte, error) {
	type plain Volunteer
	return marshalWithX(plain(v), v.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (v *Volunteer) UnmarshalJSON(d []byte) error {
	type plain Volunteer
	return unmarshalWithX(d, (*plain)(v), &v.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (e Education) MarshalJSON() ([]byte, error) {
	type plain Education
	return marshalWithX(plain(e), e.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (e *Education) UnmarshalJSON(d []byte) error {
	type plain Education
	return unmarshalWithX(d, (*plain)(e), &e.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (a Award) MarshalJSON() ([]byte, error) {
	type plain Award
	return marshalWithX(plain(a), a.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (a *Award) UnmarshalJSON(d []byte) error {
	type plain Award
	return unmarshalWithX(d, (*plain)(a), &a.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (c Certificate) MarshalJSON() ([]byte, error) {
	type plain Certificate
	return marshalWithX(plain(c), c.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (c *Certificate) UnmarshalJSON(d []byte) error {
	type plain Certificate
	return unmarshalWithX(d, (*plain)(c), &c.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (p Publication) MarshalJSON() ([]byte, error) {
	type plain Publication
	return marshalWithX(plain(p), p.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (p *Publication) UnmarshalJSON(d []byte) error {
	type plain Publication
	return unmarshalWithX(d, (*plain)(p), &p.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (s Skill) MarshalJSON() ([]byte, error) {
	type plain Skill
	return marshalWithX(plain(s), s.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (s *Skill) UnmarshalJSON(d []byte) error {
	type plain Skill
	return unmarshalWithX(d, (*plain)(s), &s.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (l Language) MarshalJSON() ([]byte, error) {
	type plain Language
	return marshalWithX(plain(l), l.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (l *Language) UnmarshalJSON(d []byte) error {
	type plain Language
	return unmarshalWithX(d, (*plain)(l), &l.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (i Interest) MarshalJSON() ([]byte, error) {
	type plain Interest
	return marshalWithX(plain(i), i.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (i *Interest) UnmarshalJSON(d []byte) error {
	type plain Interest
	return unmarshalWithX(d, (*plain)(i), &i.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (r Reference) MarshalJSON() ([]byte, error) {
	type plain Reference
	return marshalWithX(plain(r), r.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (r *Reference) UnmarshalJSON(d []byte) error {
	type plain Reference
	return unmarshalWithX(d, (*plain)(r), &r.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (p Project) MarshalJSON() ([]byte, error) {
	type plain Project
	return marshalWithX(plain(p), p.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (p *Project) UnmarshalJSON(d []byte) error {
	type plain Project
	return unmarshalWithX(d, (*plain)(p), &p.X)
}

// MarshalJSON emits the standard fields, then the extras in X sorted by key.
func (m Meta) MarshalJSON() ([]byte, error) {
	type plain Meta
	return marshalWithX(plain(m), m.X)
}

// UnmarshalJSON reads the standard fields and keeps any other key in X.
func (m *Meta) UnmarshalJSON(d []byte) error {
	type plain Meta
	return unmarshalWithX(d, (*plain)(m), &m.X)
}
