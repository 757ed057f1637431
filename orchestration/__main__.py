"""`python -m orchestration`: the pipeline over the landing folder's days (run_pipeline.main).

The command is this package's __main__ rather than `-m orchestration.run_pipeline` because
worker processes import the main module of the process that starts them, unless it is a
__main__ (multiprocessing.spawn): from here they do not import Dagster and dbt.
"""

import sys

from orchestration.run_pipeline import main

sys.exit(main())
