# maestro-desktop developer tasks (GNU make). A fresh Debian machine needs only python3 >= 3.11:
# `make test` creates .venv, installs the package and, as root, the system packages Qt needs.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OFFSCREEN := QT_QPA_PLATFORM=offscreen

# Designer forms are compiled at build time, never edited by hand: ui/x.ui -> forms/ui_x.py
FORMS := $(patsubst ui/%.ui,maestro_desktop/gui/forms/ui_%.py,$(wildcard ui/*.ui))

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1

# apt-get (system-deps) and pip must never run at the same time, so -j does not apply here.
.NOTPARALLEL:
.DEFAULT_GOAL := help
.PHONY: help venv install system-deps forms run test screenshots bench clean distclean

help:
	@echo "make install | system-deps | forms | run [ARGS=...] | test | screenshots"
	@echo "     bench [BENCH_ARGS=--quick|--only NAME] | clean | distclean"

# Without ensurepip (Debian's python3 lacks python3-venv) venv leaves a half-made .venv behind:
# install the package first, and remove the debris if creation still fails.
$(BIN)/python:
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || PYTHON=$(PYTHON) bash packaging/system-deps.sh
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip

venv: $(BIN)/python

# Re-installed only when pyproject.toml changes (dependencies, entry points).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[test]"
	touch $@

install: $(STAMP)

system-deps:
	@PYTHON=$(PYTHON) bash packaging/system-deps.sh

maestro_desktop/gui/forms/ui_%.py: ui/%.ui | $(STAMP)
	$(BIN)/pyside6-uic $< -o $@

forms: $(FORMS)

run: system-deps install forms
	$(BIN)/python -m maestro_desktop $(ARGS)

# Any non-zero exit fails the target, including pytest's 5 ("no tests collected").
test: system-deps install forms
	$(OFFSCREEN) $(BIN)/python -m ruff check maestro_desktop tests benchmarks
	$(OFFSCREEN) $(BIN)/python -m pytest -q

screenshots: system-deps install forms
	$(OFFSCREEN) $(BIN)/python -m maestro_desktop.gui.screenshots docs/screenshots

bench: system-deps install forms
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf maestro_desktop/gui/forms/ui_*.py build dist .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) *.egg-info benchmarks/results
