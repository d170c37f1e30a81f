"""Loading of reference data (drivers, themes, Agenda 2030) from the files in `data/`."""

import csv
from pathlib import Path

from collaborations.choices import DriverChoice, ThemeChoice

DATA_DIR = Path(__file__).resolve().parent / "data"

# Official Swedish names of the 17 goals (globalamalen.se).
GOAL_NAMES_SV = {
    1: "Ingen fattigdom",
    2: "Ingen hunger",
    3: "Hälsa och välbefinnande",
    4: "God utbildning för alla",
    5: "Jämställdhet",
    6: "Rent vatten och sanitet för alla",
    7: "Hållbar energi för alla",
    8: "Anständiga arbetsvillkor och ekonomisk tillväxt",
    9: "Hållbar industri, innovationer och infrastruktur",
    10: "Minskad ojämlikhet",
    11: "Hållbara städer och samhällen",
    12: "Hållbar konsumtion och produktion",
    13: "Bekämpa klimatförändringarna",
    14: "Hav och marina resurser",
    15: "Ekosystem och biologisk mångfald",
    16: "Fredliga och inkluderande samhällen",
    17: "Genomförande och globalt partnerskap",
}


def load_reference_data(apps) -> None:
    """Create or update drivers, themes, goals and targets. Idempotent; used by a migration."""
    Driver = apps.get_model("collaborations", "Driver")
    Theme = apps.get_model("collaborations", "Theme")
    AgendaGoal = apps.get_model("collaborations", "AgendaGoal")
    AgendaTarget = apps.get_model("collaborations", "AgendaTarget")
    for code in DriverChoice.values:
        Driver.objects.get_or_create(code=code)
    for code in ThemeChoice.values:
        Theme.objects.get_or_create(code=code)
    with open(DATA_DIR / "goals.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            number = int(row["goal"])
            AgendaGoal.objects.update_or_create(
                number=number,
                defaults={
                    "name_sv": GOAL_NAMES_SV[number],
                    "title_en": row["title_en"],
                    "colour": row["color_hex_esri_2018"],
                },
            )
    with open(DATA_DIR / "targets.csv", encoding="utf-8") as fh:
        for position, row in enumerate(csv.DictReader(fh)):
            AgendaTarget.objects.update_or_create(
                code=row["target"],
                defaults={"goal_id": int(row["goal"]), "title_en": row["title_en"], "position": position},
            )
