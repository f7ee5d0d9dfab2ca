"""The rules every request passes, whatever surface it came from (access now; content policy,
consent and quotas belong here too). Commands and adapters call this package; it imports
neither, so one rule is written once and no front end can drift from it."""
