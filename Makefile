.PHONY: all build test bench lint sample fuzz zoo zoo-eval nasty phonedata

all: build test

build:
	go build -o bin/resumex ./cmd/resumex

# the README's test command, also run by .ci/run
test:
	go vet ./...
	go test ./...

sample: build
	./bin/resumex parse --pretty testdata/fixtures/en_senior.txt

bench:
	bash scripts/bench.sh

# internal/phonedata's numbering plans, from nyaruka/phonenumbers' metadata
# (after updating that library; its tests fail while plans_gen.go is stale)
phonedata:
	go generate ./internal/phonedata

# the cost model (docs/limits.md): time and peak RSS of resumex on every
# nasty input (internal/nasty), one process per file, written to a temp dir
nasty:
	bash scripts/nasty.sh

lint:
	test -z "$$(gofmt -l .)"
	go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@latest ./...

# each fuzz target for FUZZTIME (default 30s)
FUZZTIME ?= 30s
fuzz:
	go test ./extract -run '^$$' -fuzz FuzzExtract -fuzztime $(FUZZTIME)
	go test ./parser -run '^$$' -fuzz FuzzParseText -fuzztime $(FUZZTIME)
	go test ./parser -run '^$$' -fuzz FuzzDetect -fuzztime $(FUZZTIME)
	go test ./parser/html -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./schema -run '^$$' -fuzz FuzzValidate -fuzztime $(FUZZTIME)
	go test ./internal/gfm -run '^$$' -fuzz FuzzMatchesGoldmark -fuzztime $(FUZZTIME)
	go test ./parser/pdf -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./parser/docx -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./parser/docx -run '^$$' -fuzz FuzzDocumentXML -fuzztime $(FUZZTIME)
	go test . -run '^$$' -fuzz FuzzCost -fuzztime $(FUZZTIME)

# the layout zoo: zoo/resumes rendered by npm themes, LaTeX classes, pandoc,
# LibreOffice and python-docx into testdata/zoo (checked in; needs node,
# chromium, soffice, pandoc, texlive, python3-docx), then the dev/test split
zoo:
	bash zoo/render-themes.sh
	bash zoo/render-themes-extra.sh
	bash zoo/render-themes-more.sh
	bash zoo/render-themes-4.sh
	bash zoo/render-layouts.sh
	bash zoo/render-layouts-2.sh
	python3 zoo/split.py

# the zoo table: F1 per format and per layout, dev and test layouts apart
ZOO_OUT ?= /tmp/resumex-zoo-out
zoo-eval: build
	rm -rf $(ZOO_OUT)
	./bin/resumex parse --quiet --out $(ZOO_OUT) --exclude '*.json' testdata/zoo || true
	./bin/resumex eval --by format --by layout --split testdata/zoo/split.json testdata/zoo $(ZOO_OUT)
