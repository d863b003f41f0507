// MinutesWriters: sources follow.
