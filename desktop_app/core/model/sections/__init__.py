"""The sections of a scenario, each a frozen pydantic model (`scenario.py` puts them together).

`base` holds what every section is built from; `workload` the queries, the knowledge and the
retrieval pipeline; `strategies` the models' prices and each strategy's settings; `operations`
the effort, quality, market, finance and checklist answers.
"""
