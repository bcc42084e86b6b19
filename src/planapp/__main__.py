import sys

from planapp.cli import main

sys.exit(main())
