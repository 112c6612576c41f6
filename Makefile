# Two commands on a fresh machine:  `make serve`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
INDEX  ?= .index
HOST   ?= 127.0.0.1
PORT   ?= 5000
BIN     = $(VENV)/bin

.PHONY: serve test index install clean

$(BIN)/newsarchive: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/newsarchive

index: install
	$(BIN)/newsarchive --index $(INDEX) index fixtures

serve: index
	$(BIN)/newsarchive --index $(INDEX) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(INDEX) *.egg-info
