"""The work of Nya perspektiv – Värmland: Region Värmland's plan (the annual seminar the political steering
group plans and holds, and the region's own goal for children's mental health) and Karlstad's plan. The
shared goal "vuxenlivet" has no activity yet: the joint view shows it as a goal without activity. The
coordinator's time is Region Värmland's commitment for 2026 in organize's demo. Facts from SKR (2020), the
rest invented and marked (see `work.demo.specs`)."""

from work.demo.specs import (
    INVENTED,
    SKR,
    Activity,
    Competence,
    Group,
    Note,
    Plan,
    Resource,
    Version,
    Who,
    Work,
    ago,
    d,
    dec,
)

SLUG = "nya-perspektiv-varmland"

REGION = "Region Värmland"

WORK = Work(
    plans=[
        Plan(
            REGION,
            "Region Värmlands handlingsplan för Nya perspektiv 2026",
            2026,
            f"{SKR}, exempel 2: inriktningsdokumentet 'utgör underlag för den ordinarie planerings- och "
            f"budgetprocessen i kommunerna och regionen'. Planen {INVENTED}.",
            end_year=2026,
            activities=[
                Activity(
                    "Det årliga seminariet för Nya perspektiv",
                    Who(REGION, "Koordinator för Nya perspektiv"),
                    ["halsa"],
                    f"{SKR}, kap. 4: den politiska styrgruppen 'har ansvar för att planera och genomföra det årliga "
                    f"seminariet för Nya perspektiv'. Datumen {INVENTED}.",
                    start=d(2026, 3, 1),
                    end=d(2026, 10, 31),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(230), "ongoing", "Programmet klart; temat är barnalivet."),
                        Note(ago(45), "done", "Seminariet hölls med 210 deltagare från alla kommuner."),
                    ],
                    competences=[Competence("Folkhälsoanalys", REGION)],
                    groups=[
                        Group(
                            "staff",
                            "co_creating",
                            "Förtroendevalda och tjänstepersoner i kommunerna och regionen",
                            "Utvärderingsenkät efter seminariet.",
                        )
                    ],
                    resources=[Resource(2026, fte=dec("0.5"), fte_actual=dec("0.5"), note="Koordinatorns tid.")],
                ),
                Activity(
                    "Första bedömning inom 30 dagar för barn och unga med psykisk ohälsa",
                    Who(REGION, "Koordinator för Nya perspektiv"),
                    ["barnalivet"],
                    f"Aktiviteten {INVENTED}; den tjänar regionens eget mål i steer-demon.",
                    own=True,
                    start=d(2026, 1, 1),
                    end=d(2026, 12, 31),
                    knowledge_basis="proven",
                    notes=[Note(ago(80), "ongoing", "Sju av tio får en första bedömning inom 30 dagar.")],
                    competences=[
                        Competence("Barn- och ungdomspsykiatri", REGION),
                        Competence("Elevhälsans psykologer", "Karlstads kommun"),
                    ],
                    groups=[Group("patients", "consulted", "Barn och unga med psykisk ohälsa", "Patientenkät.")],
                    resources=[Resource(2026, fte=dec("0.3"), note="Samordning med kommunernas elevhälsa.")],
                ),
            ],
            versions=[
                Version(
                    ago(330),
                    f"Planen för 2026, efter inriktningsdokumentet. {INVENTED}",
                    "regionstyrelse",
                    "Regionstyrelsen, Region Värmland",
                    ago(320),
                    "RS 2026/14",
                )
            ],
        ),
        Plan(
            "Karlstads kommun",
            "Karlstads kommuns plan för Nya perspektiv 2026",
            2026,
            f"Planen {INVENTED}; varje part beslutar i sin egen budgetprocess ({SKR}, exempel 2).",
            end_year=2026,
            activities=[
                Activity(
                    "Samordnat stöd för elever som riskerar att inte fullfölja gymnasiet",
                    Who("Karlstads kommun", "Socialchef"),
                    ["ungdomslivet"],
                    f"Aktiviteten {INVENTED}; den tjänar Karlstads eget mål i steer-demon.",
                    own=True,
                    start=d(2026, 1, 15),
                    end=d(2026, 12, 20),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(200), "ongoing", "Elevhälsan och socialtjänsten har gemensamma elevkonferenser."),
                        Note(ago(40), "ongoing", "52 elever har fått samordnat stöd."),
                    ],
                    competences=[
                        Competence("Elevhälsa", "Karlstads kommun"),
                        Competence("Socialtjänst", "Karlstads kommun"),
                    ],
                    groups=[
                        Group("young", "co_creating", "Gymnasieelever 16–19 år i Karlstad", "Elevråd i tre skolor.")
                    ],
                )
            ],
            versions=[Version(ago(300), f"Första versionen. {INVENTED}")],
        ),
    ],
)
