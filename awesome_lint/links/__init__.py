"""Links: finding them in a document (offline) and checking them (network, opt-in)."""
