"""Builds the wheel with compiled forms and translations; all metadata is in pyproject.toml."""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "build_spec"))
import compile_assets


class BuildPyWithAssets(build_py):
    """Compile ui/*.ui before collecting modules; ship resources/ as cwd_desktop/_resources."""

    def run(self):
        compile_assets.compile_forms()
        super().run()
        if not self.editable_mode:
            compile_assets.install_resources(Path(self.build_lib) / "cwd_desktop" / "_resources")


setup(cmdclass={"build_py": BuildPyWithAssets})
