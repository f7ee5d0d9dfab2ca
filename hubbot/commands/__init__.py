"""Commands: one module per command, on the platform-neutral request and replies of `base`.

`runner.execute()` / `runner.execute_action()` are the entry points the adapters call;
`discovery` lists the command modules and is the one source both adapters register their
slash commands from. This package file imports nothing, so `base` (the request, the reply
events) can be imported by the policy layer below the commands without loading them.
"""
