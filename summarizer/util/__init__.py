"""Small helpers shared by every layer: atomic file writes, secret redaction."""
