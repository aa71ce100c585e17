"""`twiliocli mcp`: the account's tools for an AI assistant, over the Model Context Protocol.

Why a package of its own: the tools are made from the same declarations as the commands
(`catalog.py`), every answer goes through one bounding and escaping step (`answers.py`), and
every write through one policy (`policy.py`); only `server.py` imports the optional `mcp` SDK,
so the base install and the CLI's start-up never pay for it.
"""
