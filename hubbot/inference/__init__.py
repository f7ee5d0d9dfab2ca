"""Model serving: the dispatcher, the backends, the registry that builds them."""

import os

from hubbot.inference.quiet import quiet_library_notices

# transformers 5 "kernelizes" every model it loads with code fetched from the Hub (and refuses
# to load at all without the `kernels` package): first seen on a GPU, where no model loaded
# offline. Nothing is fetched at run time here; a deployment that vets and caches those
# kernels sets USE_HUB_KERNELS=YES.
os.environ.setdefault("USE_HUB_KERNELS", "NO")

quiet_library_notices()  # before any backend imports transformers, diffusers or peft
