"""Background work of leading, run by the task worker: rendered documents, reminder e-mails."""
