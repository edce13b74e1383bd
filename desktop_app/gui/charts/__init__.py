"""The charts, one module each, on a styled base.

- `palette`: the fixed strategy and component colours, backgrounds, pens;
- `axes`: month and value axes (the tick maths is Qt-free, in `present/axis_ticks.py`);
- `base`: `StyledChart` (fonts, background, hover texts), `EvaluationChart` (months),
  `MoneyChart` (amounts in the scenario's currency);
- `cumulative_chart`, `components_chart`, `hours_chart`, `staleness_chart`, `replicas_chart`,
  `tornado`: one chart each; `event_marks`: events drawn on the month charts;
- `export`: PNG and SVG files, the chart view and its context menu; `chart_table`: a chart's
  numbers as a table; `chart_tabs`: the window's chart tabs.
"""
