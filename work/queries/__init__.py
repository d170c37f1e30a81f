"""Reads of the parties' work, through the gateway: the activities a user may see with their goals and
latest progress notes (`activities`), the joint view by goal and the timeline (`joint`), the plans
(`plans`), what has lost its owner (`ownerless`)."""
