"""The `newsarchive` command line: index a folder, search it, list quotations and speakers, serve the web UI."""
