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
.PHONY: help venv install system-deps forms translations run test torture screenshots bench \
        package clean distclean

help:
	@echo "make install | system-deps | forms | translations | run [ARGS=...] | test | torture"
	@echo "     screenshots | bench [BENCH_ARGS=--quick|--only NAME] | clean | distclean"
	@echo "     package (one-folder app in dist/maestro-desktop/, see packaging/README.md)"

# Without ensurepip (Debian's python3 lacks python3-venv) venv leaves a half-made .venv behind:
# install the package first, and remove the debris if creation still fails.
$(BIN)/python:
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || PYTHON=$(PYTHON) bash packaging/system-deps.sh
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip

venv: $(BIN)/python

# Re-installed only when pyproject.toml changes (dependencies, entry points).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[test,package]"
	touch $@

install: $(STAMP)

system-deps:
	@PYTHON=$(PYTHON) bash packaging/system-deps.sh

maestro_desktop/gui/forms/ui_%.py: ui/%.ui | $(STAMP)
	$(BIN)/pyside6-uic $< -o $@

forms: $(FORMS)

# Every string users read, into the French catalogues (kept translations, new ones unfinished:
# translate them with pyside6-linguist, then run this again): the Designer forms' and the
# first screen's, which Qt translates (lupdate ui/*.ui and the two files below -> forms.ts),
# every tr()/trn()/tr_table() string of the code (-> core.ts, gui.ts; `packaging/i18n_update.py
# --check` lists what is missing), and forms.ts compiled into forms.qm, which is committed
# (tests/gui/test_translations_gui.py checks it is current).
I18N_FR := resources/i18n/fr
QT_TR_SOURCES := maestro_desktop/gui/main_window.py maestro_desktop/gui/login_page.py
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations relative -no-ui-lines \
	    -source-language en -target-language fr_FR $(sort $(wildcard ui/*.ui)) \
	    $(QT_TR_SOURCES) -ts $(I18N_FR)/forms.ts
	$(BIN)/python packaging/i18n_update.py
	$(BIN)/pyside6-lrelease -silent $(I18N_FR)/forms.ts -qm $(I18N_FR)/forms.qm

run: system-deps install forms
	$(BIN)/python -m maestro_desktop $(ARGS)

# Any non-zero exit fails the target, including pytest's 5 ("no tests collected").
test: system-deps install forms
	$(OFFSCREEN) $(BIN)/python -m ruff check maestro_desktop tests benchmarks
	$(OFFSCREEN) $(BIN)/python -m pytest -q

# 200 SIGKILLs of a scripted session driver; prints the figures (tests/torture/harness.py).
torture: system-deps install forms
	$(BIN)/python tests/torture/harness.py --kills 200

screenshots: system-deps install forms
	rm -f docs/screenshots/*.png docs/screenshots/fr/*.png docs/*.png
	$(OFFSCREEN) $(BIN)/python -m maestro_desktop.gui.screenshots docs/screenshots
	$(OFFSCREEN) $(BIN)/python -m maestro_desktop.gui.screenshots docs/screenshots/fr --lang fr
	$(BIN)/python tests/export/make_sheet_images.py
	$(BIN)/python tests/export/make_sheet_images.py --lang fr --out docs/screenshots/fr

bench: system-deps install forms
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

# The one-folder app (PyInstaller, packaging/maestro.spec): dist/maestro-desktop/ holds the GUI
# `maestro-desktop` and the CLI `maestro`; rebuilt only when its inputs changed.
package: system-deps install forms
	$(OFFSCREEN) $(BIN)/python packaging/build.py --dist dist --work build/pyinstaller
	@echo "package: dist/maestro-desktop/ ($$(du -sh dist/maestro-desktop | cut -f1))"

clean:
	rm -rf maestro_desktop/gui/forms/ui_*.py build dist .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) *.egg-info benchmarks/results
