"""Pure rules and layouts of the work of the parties: the pilot rule (W3), an activity as a row of the
action plan template, and the timeline's geometry."""
