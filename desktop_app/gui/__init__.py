"""The Qt layer: windows, charts and printing on top of the core.

The core the window needs is imported here, before any module of this package imports Qt.
Once PySide6 is loaded, it reads the source of every module imported for the first time
(`shibokensupport/feature.py` looks for the text "PySide6" in it); loaded first, numpy's and
pydantic's 250 modules are spared that, which takes about a sixth off the start-up.
"""

import desktop_app.core.analyses.break_even_finder
import desktop_app.core.analyses.decision_map
import desktop_app.core.analyses.monte_carlo
import desktop_app.core.analyses.sensitivity
import desktop_app.core.appdata.examples
import desktop_app.core.appdata.recovery
import desktop_app.core.appdata.scenario_files
import desktop_app.core.appdata.settings
import desktop_app.core.engine.evaluation
import desktop_app.core.prices.catalog
import desktop_app.core.prices.currency
import desktop_app.core.prices.presets
import desktop_app.core.prices.user_catalog
import desktop_app.present.tables  # noqa: F401
