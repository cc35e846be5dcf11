"""Qt widgets, windows and the bridge to services: the only package that imports Qt."""
