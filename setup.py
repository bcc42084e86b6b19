"""Build hook: the interface's translations are compiled (.ts to .qm) into every build.

``pip install .`` puts the .qm files into the wheel; ``pip install -e .`` writes them beside
the .ts files in src/ (git ignores them), where the program also recompiles any that a later
edit of a .ts made stale. Everything else about the package is in pyproject.toml.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = Path("planapp", "resources", "translations")


def _translation_files():
    path = HERE / "src" / "planapp" / "ui" / "translation_files.py"
    spec = importlib.util.spec_from_file_location("_planapp_translation_files", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        files = _translation_files()
        source = HERE / "src" / TRANSLATIONS
        target = source if self.editable_mode else Path(self.build_lib) / TRANSLATIONS
        files.compile_translations(source, target)


setup(cmdclass={"build_py": BuildWithTranslations})
