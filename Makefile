# The whole set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint bench assets translations wheel clean

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

assets: $(STAMP)
	$(BIN)/python build_spec/compile_assets.py

run: assets
	$(BIN)/cwd-desktop

lint: $(STAMP)
	$(BIN)/ruff check .

test: assets lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: assets
	$(BIN)/python -m bench

translations: $(STAMP)
	$(BIN)/python build_spec/compile_assets.py --update-translations

wheel: $(STAMP)
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info cwd_desktop/gui/forms resources/translations/*.qm
