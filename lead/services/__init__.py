"""The writes of leading a collaboration, each checked and recorded: meetings and agenda, attendance and
minutes, decisions, assignments and reminders, news, calendar feeds, handovers and continuity."""
