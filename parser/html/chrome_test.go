package html

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const siteHeader = `<header class="site"><a href="/" class="logo">Jane's Blog</a><nav><a href="/">Home</a><a href="/posts">Posts</a><a href="/about">About</a></nav></header>`
const siteFooter = `<footer><p>© 2024 Jane. Powered by Hugo.</p><a href="/rss">RSS</a></footer>`

var chromeTests = []struct {
	name string
	src  string
	want []L
}{
	{"nav dropped", `<nav><a href="/">Home</a><a href="/cv">CV</a></nav><div role="navigation"><a href="/a">A</a></div><p>Body</p>`,
		texts("Body")},
	{"nav with contact kept", `<nav><a href="mailto:jane@example.com">jane@example.com</a></nav><p>Body</p>`,
		[]L{{Text: "jane@example.com"}, {Text: "Body"}}},
	{"site header and footer around a body without main", `<body><a class="skip" href="#content">Skip to content</a>` + siteHeader +
		`<div id="content"><h1>Jane Doe</h1><p>Engineer</p></div>` + siteFooter + `</body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Engineer"}}},
	{"resume header kept when the page is just a resume", `<body><header><h1>Jane Doe</h1><p>Engineer · Berlin</p></header><section><h2>Experience</h2><p>Acme</p></section><footer><p>References on request</p></footer></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Engineer · Berlin"}, {Text: "Experience", Heading: 2}, {Text: "Acme"}, {Text: "References on request"}}},
	{"resume header with a table of contents keeps its name", `<body><header><h1>Jane Doe</h1><nav><a href="#exp">Experience</a><a href="#edu">Education</a><a href="#skills">Skills</a></nav></header><section id="exp"><h2>Experience</h2><p>Acme</p></section></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Experience", Heading: 2}, {Text: "Acme"}}},
	{"header of links only is chrome", `<body><header><a href="/">Logo</a> <a href="/blog">Blog</a> <a href="/talks">Talks</a></header><div><h1>Jane Doe</h1></div></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}}},
	{"main preferred", `<body>` + siteHeader + `<aside><h3>Recent posts</h3><ul><li><a href="/p/1">One</a></li><li><a href="/p/2">Two</a></li><li><a href="/p/3">Three</a></li></ul></aside>` +
		`<main><h1>Jane Doe</h1><p>A long enough summary of the resume that dominates the page text.</p><ul><li>Go</li><li>Rust</li></ul></main><div class="widget">Subscribe to my newsletter</div>` + siteFooter + `</body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "A long enough summary of the resume that dominates the page text."}, {Text: "Go", Marker: "•"}, {Text: "Rust", Marker: "•"}}},
	{"resume header and sidebar outside main kept", `<body><header><h1>Jane Doe</h1><p><a href="mailto:jane@example.com">jane@example.com</a></p></header>` +
		`<aside><h2>Skills</h2><ul><li>Go</li></ul></aside><main><h2>Experience</h2><p>A long enough description of the work experience at Acme Corporation.</p></main>` + siteFooter + `</body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "jane@example.com"}, {Text: "Skills", Heading: 2}, {Text: "Go", Marker: "•"},
			{Text: "Experience", Heading: 2}, {Text: "A long enough description of the work experience at Acme Corporation."}}},
	{"header inside article kept", `<body>` + siteHeader + `<article><header><h1>Jane Doe</h1><p>Engineer</p></header><p>Summary text of the resume body here.</p><footer>Tags: cv</footer></article>` + siteFooter + `</body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Engineer"}, {Text: "Summary text of the resume body here."}, {Text: "Tags: cv"}}},
	{"main not dominant: body less chrome", `<body>` + siteHeader + `<main><p>Short</p></main><section><h2>Experience</h2><p>Most of the resume text lives outside of the main element here.</p></section>` + siteFooter + `</body>`,
		[]L{{Text: "Short"}, {Text: "Experience", Heading: 2}, {Text: "Most of the resume text lives outside of the main element here."}}},
	{"nested article preferred when it holds nearly all of main", `<body><main><div class="crumbs">Home › CV</div><article><h1>Jane Doe</h1><p>The resume text is long enough to be nearly everything in main, more than 85% of it, surely.</p></article></main></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "The resume text is long enough to be nearly everything in main, more than 85% of it, surely."}}},
	{"several articles: none is the root", `<body>` + siteHeader + `<article><h2>Job one</h2><p>Did one thing.</p></article><article><h2>Job two</h2><p>Did another thing.</p></article></body>`,
		[]L{{Text: "Job one", Heading: 2}, {Text: "Did one thing."}, {Text: "Job two", Heading: 2}, {Text: "Did another thing."}}},
	{"cookie banner", `<div id="cookie-banner"><p>We use cookies.</p><button>Accept</button></div><div class="gdpr-notice">GDPR</div><div class="ConsentDialog">Consent</div><p>Resume</p>`,
		texts("Resume")},
	{"a wiki's chrome", `<div id="mw-head"><a href="/w/Talk">Discussion</a> <a href="/w/edit">Edit</a></div><div id="mw-panel"><a href="/">Main page</a><a href="/r">Random page</a></div>` +
		`<h1 class="firstHeading">Jane Doe</h1><div id="siteSub">From Examplewiki</div><div id="toc"><div class="toctitle">Contents</div><ul><li>1 Career</li></ul></div>` +
		`<h2>Career <span class="mw-editsection">[<a href="/w/edit">edit</a>]</span></h2><p>Engineer at Acme.</p><div id="catlinks">Categories: CVs</div>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Career", Heading: 2}, {Text: "Engineer at Acme."}}},
	{"a wiki-like toc class word is no chrome", `<p class="stock-toc-list">Resume</p>`, texts("Resume")},
	{"a wrapper named like a wiki's chrome holds the page's text", `<div id="toc"><p>` + strings.Repeat("Long resume text. ", 80) + `</p></div>`,
		texts(strings.TrimSpace(strings.Repeat("Long resume text. ", 80)))},
	{"breadcrumbs and toolbars", `<div class="breadcrumb">Home &gt; CV</div><ol aria-label="Breadcrumb"><li>Home</li></ol><div role="toolbar">Download Share</div><div class="resume-toolbar">Print</div><p>Resume</p>`,
		texts("Resume")},
	{"wrapper with a cookie class is not a banner", `<div class="cookie-bar-visible"><p>` + strings.Repeat("Long resume text. ", 80) + `</p></div>`,
		texts(strings.TrimSpace(strings.Repeat("Long resume text. ", 80)))},
	{"section with a heading outside main kept", `<body><main><h2>Experience</h2><p>A long enough description of the work experience at Acme Corporation and Beta.</p></main><section><h2>Education</h2><p>MIT</p></section><section class="comments"><h3>Comments</h3><a href="/u/1">u1</a><a href="/u/2">u2</a><a href="/u/3">u3</a></section></body>`,
		[]L{{Text: "Experience", Heading: 2}, {Text: "A long enough description of the work experience at Acme Corporation and Beta."}, {Text: "Education", Heading: 2}, {Text: "MIT"}}},
	{"name-only header outside main kept, blog header dropped", `<body><header><h1>Jane Doe</h1></header><header class="site"><h1><a href="/">Blog</a></h1><nav><a href="/a">A</a></nav></header><main><p>Summary: ten years of backend work on payments, logistics and search.</p></main></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Summary: ten years of backend work on payments, logistics and search."}}},
	{"role banner and contentinfo", `<body><div role="banner"><a href="/">Site</a><a href="/a">A</a><a href="/b">B</a></div><main><p>Content of the resume.</p></main><div role="contentinfo">© 2024</div></body>`,
		texts("Content of the resume.")},
	{"a navbar with the name and the contact details outside <main> kept, a site menu beside it dropped", `<body><nav class="navbar"><h2>Jane Doe</h2><ul><li><a href="mailto:jane@example.com">jane@example.com</a></li><li><a href="#">+49 30 1234567</a></li></ul></nav>` +
		`<nav><a href="/">Home</a><a href="/a">A</a><a href="/b">B</a></nav><main><h2>Profile</h2><p>Ten years of backend work on payments, logistics and search.</p></main></body>`,
		[]L{{Text: "Jane Doe", Heading: 2}, {Text: "jane@example.com", Marker: "•"}, {Text: "+49 30 1234567", Marker: "•"}, {Text: "Profile", Heading: 2}, {Text: "Ten years of backend work on payments, logistics and search."}}},
	{"a header band in a plain div beside <main> kept", `<body><div class="band"><h1>Jane Doe</h1><div>jane@example.com<br>+49 30 1234567</div></div><main><h2>Profile</h2><p>Ten years of backend work.</p></main></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "jane@example.com"}, {Text: "+49 30 1234567"}, {Text: "Profile", Heading: 2}, {Text: "Ten years of backend work."}}},
	{"a div of site links and a phone beside <main> dropped", `<body><div class="top"><a href="/">Jobs</a><a href="/a">Companies</a><a href="/b">Salaries</a> Hotline +49 30 1234567</div><main><p>Content of the resume: ten years of backend work on payments, logistics and search.</p></main></body>`,
		texts("Content of the resume: ten years of backend work on payments, logistics and search.")},
	{"footer with contact kept", `<body><main><h1>Jane Doe</h1><p>Experience at Acme and Beta, ten years in total.</p></main><footer>jane@example.com · +49 30 1234567</footer></body>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Experience at Acme and Beta, ten years in total."}, {Text: "jane@example.com · +49 30 1234567"}}},
}

func TestChrome(t *testing.T) {
	for _, tt := range chromeTests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			if diff := cmp.Diff(tt.want, summarize(d.Lines)); diff != "" {
				t.Errorf("lines (-want +got):\n%s\n%s", diff, d)
			}
		})
	}
}

// codeHostPage is a saved repository file view: site chrome, repository
// chrome and sidebars around the rendered README.
const codeHostPage = `<!DOCTYPE html><html><head><title>jane/cv: README.md</title><script>window.x = {"a": 1};</script>
<style>.Header{display:flex} body{font-size:14px}</style></head>
<body class="logged-out env-production">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="p-3 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out" role="banner"><div class="d-flex"><a href="https://github.com/" aria-label="Homepage"><svg><path d="M1"/></svg></a>
<nav aria-label="Global"><ul><li><button>Product</button><div><a href="/features/copilot">GitHub Copilot Write better code with AI</a><a href="/features/actions">Actions Automate any workflow</a></div></li><li><a href="/pricing">Pricing</a></li></ul></nav>
<div class="search">Search or jump to...</div><a href="/login">Sign in</a><a href="/signup">Sign up</a></div></header></div>
<div id="cookie-consent-banner">We use optional cookies to improve your experience.</div>
<main id="js-repo-pjax-container">
<div id="repository-container-header"><strong><a href="/jane/cv">cv</a></strong><span>Public</span><a href="/login">Notifications</a><a href="/login">Fork 3</a><a href="/login">Star 12</a></div>
<nav class="UnderlineNav" aria-label="Repository"><a href="/jane/cv">Code</a><a href="/jane/cv/issues">Issues</a><a href="/jane/cv/pulls">Pull requests</a></nav>
<div class="Layout"><div class="Layout-sidebar"><h2>About</h2><p>My curriculum vitae</p><h2>Releases</h2><p>No releases published</p><h2>Languages</h2><ul><li>HTML 100.0%</li></ul></div>
<div class="Layout-main"><div class="Box"><div class="Box-header"><a href="/jane">jane</a> Update README.md <relative-time datetime="2024-01-01">Jan 1, 2024</relative-time> <a href="/jane/cv/commits">12 commits</a></div>
<div id="readme" class="Box-body"><article class="markdown-body entry-content container-lg" itemprop="text">
<div class="markdown-heading"><h1 tabindex="-1" class="heading-element">Jane Doe</h1><a id="user-content-jane-doe" class="anchor" aria-label="Permalink: Jane Doe" href="#jane-doe"><svg class="octicon"><path d="M7"/></svg></a></div>
<p>Backend engineer · <a href="mailto:jane@example.com">jane@example.com</a> · <a href="https://github.com/jane">github.com/jane</a></p>
<div class="markdown-heading"><h2 tabindex="-1" class="heading-element">Experience</h2><a class="anchor" aria-label="Permalink: Experience" href="#experience"><svg><path d="M7"/></svg></a></div>
<ul><li><strong>Acme</strong> — Senior Engineer (2020–2024)</li><li><strong>Beta</strong> — Engineer (2016–2020)</li></ul>
<div class="markdown-heading"><h2 class="heading-element">Skills</h2></div><table><thead><tr><th>Area</th><th>Tools</th></tr></thead><tbody><tr><td>Languages</td><td>Go, Rust</td></tr></tbody></table>
</article></div></div></div></div>
</main>
<footer class="footer" role="contentinfo"><h2 class="sr-only">Footer</h2><p>© 2024 GitHub, Inc.</p><nav aria-label="Footer"><a href="https://docs.github.com/terms">Terms</a><a href="https://docs.github.com/privacy">Privacy</a></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can't perform that action at this time.</div>
<template id="site-details-dialog"><details><summary>Dialog</summary></details></template>
</body></html>`

func TestCodeHostPage(t *testing.T) {
	d := mustParse(t, codeHostPage)
	want := []L{
		{Text: "Jane Doe", Heading: 1},
		{Text: "Backend engineer · jane@example.com · github.com/jane"},
		{Text: "Experience", Heading: 2},
		{Text: "Acme — Senior Engineer (2020–2024)", Marker: "•"},
		{Text: "Beta — Engineer (2016–2020)", Marker: "•"},
		{Text: "Skills", Heading: 2},
		{Text: "Area | Tools", Cells: []string{"Area", "Tools"}},
		{Text: "Languages | Go, Rust", Cells: []string{"Languages", "Go, Rust"}},
	}
	if diff := cmp.Diff(want, summarize(d.Lines)); diff != "" {
		t.Errorf("lines (-want +got):\n%s\n%s", diff, d)
	}
	if got := d.Lines[1].Links; len(got) != 2 || got[0].URL != "mailto:jane@example.com" || got[1].Text != "github.com/jane" {
		t.Errorf("links = %+v", got)
	}
}
