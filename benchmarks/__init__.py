"""What `make bench` runs: each figure against a floor measured in the same run."""
