"""The one command line, `incidents SUBCOMMAND ...`: parses arguments and calls each layer."""
