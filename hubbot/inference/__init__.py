"""Model serving: the dispatcher, the backends, the registry that builds them."""

from hubbot.inference.quiet import quiet_library_notices

quiet_library_notices()  # before any backend imports transformers, diffusers or peft
