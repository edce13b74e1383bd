"""The scenario: its fields, its file schema, its versions and its dated events."""
