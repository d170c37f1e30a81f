"""How to call each service of `work` once, for the history test (tests/core/test_history.py)."""

import datetime
import io

import openpyxl

from core.services import SYSTEM
from tests.factories.work import (
    ActionPlanFactory,
    ActionPlanVersionFactory,
    ActivityCompetenceFactory,
    ActivityFactory,
    ActivityResourceFactory,
    ActivityTargetGroupFactory,
    ProgressNoteFactory,
    innovation,
)
from work import services
from work.queries.plan_export import plan_workbook


def _evaluated():
    return services.record_evaluation(
        innovation(), actor=SYSTEM, evaluated_on=datetime.date(2026, 6, 1), evaluation_result="Fler fullföljde."
    )


def _imported():
    """The plan exported, one activity renamed in the file, and the file read back in."""
    plan = ActivityFactory().plan
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook(plan, SYSTEM)))
    book["Aktiviteter"].cell(row=2, column=2).value = "Feriepraktik för alla unga"
    file = io.BytesIO()
    book.save(file)
    return services.import_action_plan(plan, file.getvalue(), actor=SYSTEM)


WORK_SCENARIOS = {
    "import_action_plan": _imported,
    "create_action_plan": lambda: ActionPlanFactory(),
    "update_action_plan": lambda: services.update_action_plan(ActionPlanFactory(), actor=SYSTEM, end_year=2028),
    "delete_action_plan": lambda: services.delete_action_plan(ActionPlanFactory(), actor=SYSTEM),
    "save_plan_version": lambda: ActionPlanVersionFactory(),
    "record_plan_decision": lambda: services.record_plan_decision(
        ActionPlanVersionFactory(),
        actor=SYSTEM,
        decision_body="kommunstyrelse",
        decision_date=datetime.date(2026, 3, 1),
    ),
    "create_activity": lambda: ActivityFactory(),
    "update_activity": lambda: services.update_activity(
        ActivityFactory(), actor=SYSTEM, end_date=datetime.date(2027, 6, 30)
    ),
    "delete_activity": lambda: services.delete_activity(ActivityFactory(), actor=SYSTEM),
    "add_progress_note": lambda: ProgressNoteFactory(),
    "remove_progress_note": lambda: services.remove_progress_note(ProgressNoteFactory(), actor=SYSTEM),
    "record_evaluation": _evaluated,
    "scale_up_activity": lambda: services.scale_up_activity(_evaluated(), actor=SYSTEM, on=datetime.date(2026, 8, 1)),
    "add_competence": lambda: ActivityCompetenceFactory(),
    "update_competence": lambda: services.update_competence(
        ActivityCompetenceFactory(), actor=SYSTEM, note="Söks hos regionen."
    ),
    "remove_competence": lambda: services.remove_competence(ActivityCompetenceFactory(), actor=SYSTEM),
    "add_target_group": lambda: ActivityTargetGroupFactory(),
    "update_target_group": lambda: services.update_target_group(
        ActivityTargetGroupFactory(), actor=SYSTEM, involvement="co_creating"
    ),
    "remove_target_group": lambda: services.remove_target_group(ActivityTargetGroupFactory(), actor=SYSTEM),
    "set_activity_resource": lambda: ActivityResourceFactory(),
    "remove_activity_resource": lambda: services.remove_activity_resource(ActivityResourceFactory(), actor=SYSTEM),
}
