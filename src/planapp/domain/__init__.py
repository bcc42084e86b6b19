"""Plan entities and their rules: no Qt, no I/O."""
