"""The modules a walk over one layer of an app looks at (its forms, its filters …): the layer is a module
(`steer/forms.py`) or a package with one module per aggregate (`organize/forms/`), and a class belongs to
the module that defines it, not to the package that re-exports it."""

import importlib
import pkgutil
from types import ModuleType


def modules_of(name: str) -> list[ModuleType]:
    """The module `name` and, when it is a package, every module in it (ModuleNotFoundError when there is
    no such module, as `importlib.import_module`)."""
    module = importlib.import_module(name)
    found = [module]
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), prefix=f"{name}."):
        found.append(importlib.import_module(info.name))
    return found
