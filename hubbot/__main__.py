import sys

from hubbot.cli import main

sys.exit(main())
