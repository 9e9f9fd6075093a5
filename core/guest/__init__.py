"""Looking inside the guest: the read-only scripts, running them through Run Command, reading their answer."""
