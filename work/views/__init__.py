"""The pages of the parties' work."""
