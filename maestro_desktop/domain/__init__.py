"""Pure rules: no I/O, no Qt, no clock of their own (every rule takes `now` or `today`)."""
