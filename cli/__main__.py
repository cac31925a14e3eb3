"""python -m cli ... : the same as the `incidents` command."""
import sys

from .main import main

sys.exit(main())
