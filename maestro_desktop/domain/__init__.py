"""Pure rules: no I/O, no Qt, no clock of their own (every rule takes `now` or `today`)."""

# `maestro_desktop.domain.news2(...)` scores a set of observations. The name is the function,
# not the submodule: import the module's other names with `from maestro_desktop.domain.news2
# import News2`, or reach the module as sys.modules["maestro_desktop.domain.news2"].
from .news2 import news2

__all__ = ["news2"]
