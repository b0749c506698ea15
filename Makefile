# briefs: the two commands a new machine needs are "make build" and "make test".

GO      ?= go
BIN     := bin/briefs
SITE    ?= .
DATA    ?= ../shared/data
FUZZTIME ?= 30s

.PHONY: build serve binary test lint bench bench-corpus pgo eval eval-clean eval-summary fuzz clean install

## build: build the example site in this repository into public/
build: binary
	$(BIN) build -s $(SITE)

## serve: preview the example site at http://127.0.0.1:1313/, rebuilding it as you edit
serve: binary
	$(BIN) serve -s $(SITE)

## binary: compile bin/briefs
binary:
	$(GO) build -o $(BIN) ./cmd/briefs

## install: install briefs into $GOBIN (or ~/go/bin)
install:
	$(GO) install ./cmd/briefs

## test: vet and run every test with the race detector (without PGO: only bin/briefs needs
## it, and building the test binaries' dependencies twice would double the compile time)
test:
	$(GO) vet ./...
	$(GO) test -race -pgo=off ./...

## lint: gofmt and staticcheck (install: go install honnef.co/go/tools/cmd/staticcheck@v0.7.0)
lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: the files above need formatting"; exit 1; }
	staticcheck ./...

## bench: briefs build on generated sites of 1,000 and 10,000 articles (cold, no change,
## one changed), then the per-stage go test benchmarks
bench: binary
	$(GO) build -o bin/bench-corpus ./cmd/bench-corpus
	$(GO) run ./cmd/bench-build -briefs $(BIN) -corpus bin/bench-corpus -data $(DATA)/summaries -sizes $(SIZES)
	$(GO) test -run='^$$' -bench=. -benchmem ./...

SIZES ?= 1000,10000

## bench-corpus: write a site of N raw articles from $(DATA) into $(OUT) for benchmarks
N   ?= 10000
OUT ?= /tmp/briefs-bench-$(N)
bench-corpus:
	$(GO) run ./cmd/bench-corpus -data $(DATA)/summaries -n $(N) -o $(OUT)

## pgo: refresh cmd/briefs/default.pgo, the CPU profile of a cold build of 10,000 articles
## that go build uses for profile-guided optimization
PGOSITE ?= /tmp/briefs-pgo-site
pgo:
	test -f $(PGOSITE)/briefs.toml || $(GO) run ./cmd/bench-corpus -data $(DATA)/summaries -n 10000 -o $(PGOSITE)
	$(GO) build -pgo=off -o bin/briefs-nopgo ./cmd/briefs
	rm -rf $(PGOSITE)/public $(PGOSITE)/.briefs-cache
	bin/briefs-nopgo build --quiet -s $(PGOSITE) --cpuprofile cmd/briefs/default.pgo

## eval: dev-set figures for cleaning and for summaries (reads $(DATA))
eval: eval-clean eval-summary

eval-clean:
	$(GO) run ./cmd/eval-clean -data $(DATA)/extraction

eval-summary:
	$(GO) run ./cmd/eval-summary -data $(DATA)/summaries

## fuzz: run every fuzz target for $(FUZZTIME)
fuzz:
	@for pkg in $$($(GO) list ./...); do \
		for t in $$($(GO) test -list='^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "== $$pkg $$t"; \
			$(GO) test -run='^$$' -fuzz="^$$t\$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

## clean: remove build output and caches
clean:
	rm -rf public bin .briefs-cache
