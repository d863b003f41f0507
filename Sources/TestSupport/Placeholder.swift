// TestSupport: sources follow.
