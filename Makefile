.PHONY: all build test bench lint sample fuzz

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
	go test ./parser/pdf -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./parser/docx -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./parser/docx -run '^$$' -fuzz FuzzDocumentXML -fuzztime $(FUZZTIME)
