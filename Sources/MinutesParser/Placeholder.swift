// MinutesParser: sources follow.
