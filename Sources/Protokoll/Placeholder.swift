// Protokoll: sources follow.
