# The whole set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-dist lint bench assets translations screenshots wheel dist clean

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

assets: $(STAMP)
	$(BIN)/python build_spec/compile_assets.py

run: assets
	$(BIN)/cwd-desktop

lint: assets
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pre-commit validate-config .pre-commit-config.yaml

test: assets lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not dist"

bench: assets
	$(BIN)/python -m bench

# The README's pictures, from the demo data, on a virtual screen (apt-get install xvfb).
screenshots: assets
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python docs/screenshots/make.py

translations: $(STAMP)
	$(BIN)/python build_spec/compile_assets.py --update-translations

# The one-folder build users install (PyInstaller); then its self-test.
dist: assets
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		build_spec/cwd_desktop.spec
	du -sh dist/cwd-desktop

test-dist: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m dist tests/test_dist.py

wheel: $(STAMP)
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info cwd_desktop/gui/forms resources/translations/*.qm
