"""The command groups: one module a group, imported only when its group is used (cli/app.py)."""
