"""The forms of the parties' work: action plans, their versions, decisions and Excel import; activities,
progress notes, evaluation, competences, target groups and resources."""
