"""The work of Barnens bästa gäller – i Kronoberg: Region Kronoberg's plan for the county-wide process
(the two process leaders, the evidence-based Scottish model with its reference, the study trip, a pilot
that is evaluated but not yet scaled up) and the joint plan of the working group in each municipality. The
region's staff time is its commitment for 2026 in organize's demo. Facts from SKR (2020), the rest
invented and marked (see `work.demo.specs`)."""

from collaborations.demo import KRONOBERG
from work.demo.specs import (
    INVENTED,
    SKR,
    Activity,
    Competence,
    Group,
    Note,
    Pilot,
    Plan,
    Resource,
    Version,
    Who,
    Work,
    ago,
    d,
    dec,
)

SLUG = "barnens-basta-galler-kronoberg"

MODEL = (
    f"{SKR}, exempel 6 och kap. 4: arbetet 'bygger på inspiration från Skottlandsmodellen som är en evidensbaserad "
    "modell för samverkan kring barn och unga'."
)
REFERENCE = (
    "Skottlandsmodellen: Getting It Right For Every Child (GIRFEC), Skotska regeringen [allmän kännedom]; "
    f"'en evidensbaserad modell för samverkan kring barn och unga' ({SKR}, exempel 6)."
)
WORKING_GROUPS = (
    f"{SKR}, kap. 4: 'Därtill finns även en arbetsgrupp i varje berörd kommun samt en i hälso- och sjukvården.' "
    "Processledarna på Region Kronoberg 'samarbetar nära med övriga processledare ute i kommuner och "
    f"verksamheter'. Läget och datumen {INVENTED}."
)
REGION = "Region Kronoberg"
PROCESS_LEAD = Who(REGION, "Processledare")

# How far each municipality's working group has come (days since its last note, and the status).
PROGRESS = {
    "Alvesta kommun": (40, "ongoing", "Arbetsgruppen har gått igenom alla ärenden med samordnad plan."),
    "Lessebo kommun": (75, "ongoing", "Gemensam utbildning för skola och socialtjänst genomförd."),
    "Ljungby kommun": (30, "ongoing", "Elevhälsan och socialtjänsten har gemensamma ärendedragningar varje vecka."),
    "Markaryds kommun": (120, "paused", "Pausad i väntan på ny processledare."),
    "Tingsryds kommun": (55, "ongoing", "Arbetsgruppen har startat; första mötet med förskolan."),
    "Uppvidinge kommun": (90, "ongoing", "Rutin för tidiga samtal med vårdnadshavare antagen."),
    "Växjö kommun": (20, "ongoing", "Samordnad individuell plan används för 140 barn."),
    "Älmhults kommun": (65, "planned", "Arbetsgruppen tillsätts efter sommaren."),
}


def working_group(municipality: str) -> Activity:
    days, status, text = PROGRESS[municipality]
    return Activity(
        f"Arbetsgrupp för Barnens bästa i {municipality.removesuffix(' kommun').removesuffix('s')}",
        Who(municipality, "Processledare"),
        ["tidiga", "arbetssatt"],
        WORKING_GROUPS,
        description="Kommunens arbetsgrupp omsätter de gemensamma arbetssätten i skola, socialtjänst och elevhälsa.",
        own=municipality == "Växjö kommun",
        start=d(2025, 1, 15),
        knowledge_basis="evidence",
        evidence_reference=REFERENCE,
        notes=[
            Note(ago(days + 180), "ongoing", "Arbetsgruppen har träffats varje månad."),
            Note(ago(days), status, text),
        ]
        if status != "planned"
        else [Note(ago(days), status, text)],
        groups=[Group("staff", "co_creating", "Skola, socialtjänst och elevhälsa i kommunen")],
    )


WORK = Work(
    plans=[
        Plan(
            REGION,
            "Region Kronobergs handlingsplan för Barnens bästa gäller 2025–2027",
            2025,
            f"{MODEL} Planen som dokument och perioden {INVENTED}.",
            end_year=2027,
            activities=[
                Activity(
                    "Studieresa till Skottland med kommunerna",
                    PROCESS_LEAD,
                    ["arbetssatt"],
                    f"{SKR}, kap. 4: 'Innan arbetet kom officiellt igång genomfördes en gemensam studieresa till "
                    f"Skottland, tillsammans med kommunerna i Kronobergs län.' Datumen {INVENTED}.",
                    start=d(2018, 9, 10),
                    end=d(2018, 9, 14),
                    knowledge_basis="proven",
                    notes=[Note(d(2018, 9, 20), "done", "Resan genomförd med deltagare från alla åtta kommuner.")],
                    groups=[Group("staff", "co_creating", "Chefer från kommunerna och regionen")],
                ),
                Activity(
                    "Gemensamma arbetsformer enligt Skottlandsmodellen: den länsövergripande processen",
                    PROCESS_LEAD,
                    ["arbetssatt", "tidiga"],
                    f"{MODEL} 'Det finns två processledare på Region Kronoberg som ansvarar för den länsövergripande "
                    f"processen.' Läget och resurserna {INVENTED}.",
                    own=True,
                    start=d(2025, 1, 1),
                    end=d(2027, 12, 31),
                    knowledge_basis="evidence",
                    evidence_reference=REFERENCE,
                    notes=[
                        Note(ago(330), "ongoing", "Alla åtta kommuner har processledare."),
                        Note(ago(150), "ongoing", "Tvärgruppen har tagit fram en gemensam modell för tidig upptäckt."),
                        Note(ago(35), "ongoing", "Modellen prövas i barnhälsovården."),
                    ],
                    competences=[
                        Competence("Processledning", REGION),
                        Competence("Forskning och utvärdering", "Linnéuniversitetet"),
                        Competence("Barn- och ungdomspsykiatri", REGION),
                        Competence("Gemensam uppföljning över skola och socialtjänst", "", "Ingen part har det ännu."),
                    ],
                    groups=[
                        Group(
                            "staff",
                            "co_creating",
                            "Tvärgruppen ”barn och unga”",
                            f"Tvärgruppen är referensgrupp till processledarna ({SKR}, kap. 4).",
                        ),
                        Group("parents", "consulted", "Vårdnadshavare", "Fokusgrupper i tre kommuner."),
                    ],
                    resources=[Resource(2026, fte=dec("1.5"), fte_actual=dec("1.5"), note="De två processledarna.")],
                ),
                Activity(
                    "Barnets samordnare i barnhälsovården",
                    Who(REGION, "Barnsjuksköterska"),
                    ["tidiga"],
                    f"Piloten och dess utvärdering {INVENTED}; nya arbetssätt prövas i liten skala först "
                    f"({SKR}, kap. 4).",
                    description="En barnsjuksköterska samordnar insatserna för barn med behov från flera verksamheter.",
                    own=True,
                    start=d(2025, 9, 1),
                    knowledge_basis="innovation",
                    pilot=Pilot(
                        "Två barnavårdscentraler i Ljungby och Alvesta",
                        2,
                        "Hur snabbt barn med behov från flera verksamheter får en samordnad plan, och vad "
                        "vårdnadshavarna tycker.",
                        ago(60),
                        evaluated_on=ago(40),
                        result=f"Tiden till samordnad plan halverades; vårdnadshavarna nöjda. Styrgruppen tar "
                        f"ställning till att införa det i hela länet. {INVENTED}",
                    ),
                    notes=[
                        Note(ago(450), "ongoing", "Piloten startar på två barnavårdscentraler."),
                        Note(ago(38), "ongoing", "Utvärderingen klar; väntar på styrgruppens beslut."),
                    ],
                    competences=[Competence("Barnhälsovård", REGION)],
                    groups=[
                        Group("parents", "consulted", "Vårdnadshavare till barn 0–5 år", "Intervjuer med 18 familjer.")
                    ],
                    resources=[Resource(2026, fte=dec("0.5"), fte_actual=dec("0.5"), note="Barnsjuksköterskans tid.")],
                ),
            ],
            versions=[
                Version(
                    ago(300),
                    f"Planen efter de likalydande besluten. {INVENTED}",
                    "namnd",
                    "Hälso- och sjukvårdsnämnden, Region Kronoberg",
                    ago(280),
                    "HSN 2025/88",
                )
            ],
        ),
        Plan(
            "",
            "Gemensam plan för arbetsgrupperna i kommunerna",
            2025,
            f"{WORKING_GROUPS} Den gemensamma planen {INVENTED}.",
            description="En arbetsgrupp i varje kommun; processledarna samarbetar med regionens processledare.",
            activities=[working_group(name) for name in KRONOBERG],
            versions=[Version(ago(250), f"Planen för arbetsgrupperna. {INVENTED}")],
        ),
    ],
)
