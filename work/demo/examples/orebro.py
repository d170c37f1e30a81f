"""The work of Business Region Örebro: the plan of the joint office (Örebro kommun leads the operative work)
with one activity per collaboration area, each driven by a coordinator, and the management group's monthly
follow-up of the action plans; a pilot not yet evaluated; and Kumla's own plan. The office's staff time is
Örebro kommun's commitment for 2026 in organize's demo, shared out by the activities. Facts from SKR (2020),
the rest invented and marked (see `work.demo.specs`)."""

from work.demo.specs import (
    INVENTED,
    SKR,
    Activity,
    Competence,
    Group,
    Note,
    Person,
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

SLUG = "business-region-orebro"

AREAS = (
    f"{SKR}, kap. 4: 'Business Region Örebros arbete sker inom fyra samverkansområden' och 'Verksamhetsledaren och "
    "koordinatorerna håller samman och driver arbetet framåt inom respektive område tillsammans med en "
    f"marknadskoordinator.' Områdets namn och aktiviteten {INVENTED}."
)
FOLLOW_UP = (
    f"{SKR}, kap. 4: ledningsgruppen av näringslivschefer, verksamhetsledare och koordinatorer 'träffas en gång i "
    "månaden, följer upp handlingsplaner samt tar löpande beslut kopplade till verksamheten.'"
)
OFFICE = "Örebro kommun"
LEAD = Who(OFFICE, "Verksamhetsledare, BRO:s kansli")
MARKETING = Who(OFFICE, "Marknadskoordinator, BRO:s kansli")


def coordinator(n: int) -> Who:
    return Who(OFFICE, f"Koordinator, BRO:s kansli ({n})")


def monthly(days: list[int], status: str = "ongoing") -> list[Note]:
    """The management group's monthly follow-up, as progress notes."""
    return [Note(ago(n), status, "Följt upp i ledningsgruppens månadsmöte; inga avvikelser.") for n in days]


WORK = Work(
    people=[Person("Amir", "Karimi", OFFICE, "Marknadskoordinator, BRO:s kansli", "marknad.bro@orebro.example")],
    plans=[
        Plan(
            OFFICE,
            "BRO:s handlingsplan 2026 för kansliet",
            2026,
            f"{SKR}, exempel 3: Örebro kommun har av regionen fått uppdraget att leda det operativa arbetet. Planen "
            f"som dokument {INVENTED}.",
            end_year=2026,
            description="Vad BRO:s kansli gör under året inom de fyra samverkansområdena.",
            activities=[
                Activity(
                    "Ledningsgruppens månatliga uppföljning av handlingsplanerna",
                    LEAD,
                    ["tillvaxt"],
                    f"{FOLLOW_UP} Datumen {INVENTED}.",
                    start=d(2026, 1, 1),
                    end=d(2026, 12, 31),
                    knowledge_basis="proven",
                    notes=monthly([92, 62, 31]),
                    groups=[Group("companies", "informed", "Företag i länet", "Nyhetsbrev efter varje möte.")],
                    resources=[Resource(2026, fte=dec("1.0"), fte_actual=dec("1.0"), note="Verksamhetsledaren.")],
                ),
                Activity(
                    "Samverkansområde etablering och investering: en dörr in för etableringsförfrågningar",
                    coordinator(1),
                    ["etablering"],
                    f"{AREAS} 'Varje enskild etablering ses som ett gemensamt lyft för hela regionen.'",
                    own=True,
                    start=d(2026, 1, 1),
                    end=d(2026, 12, 31),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(200), "ongoing", "Elva förfrågningar hittills i år, nio besvarade inom två dagar."),
                        *monthly([31]),
                    ],
                    competences=[
                        Competence("Mark- och planfrågor", "Kumla kommun"),
                        Competence("Investeringsfrämjande", "Region Örebro län"),
                    ],
                    groups=[Group("companies", "consulted", "Företag som vill etablera sig", "Uppföljningssamtal.")],
                    resources=[Resource(2026, fte=dec("1.0"), fte_actual=dec("0.9"), note="Koordinator 1.")],
                ),
                Activity(
                    "Samverkansområde nyföretagande och växande företag",
                    coordinator(2),
                    ["nyforetagande"],
                    AREAS,
                    start=d(2026, 1, 1),
                    end=d(2026, 12, 31),
                    knowledge_basis="proven",
                    notes=monthly([62, 31]),
                    groups=[Group("companies", "co_creating", "Nystartade företag", "Företagarnas panel, fyra möten.")],
                    resources=[Resource(2026, fte=dec("1.0"), fte_actual=dec("1.0"), note="Koordinator 2.")],
                ),
                Activity(
                    "Samverkansområde kompetensförsörjning",
                    coordinator(3),
                    ["kompetens"],
                    AREAS,
                    start=d(2026, 1, 1),
                    end=d(2026, 12, 31),
                    knowledge_basis="proven",
                    notes=[Note(ago(45), "ongoing", "Kartläggningen av företagens behov har dragit ut på tiden.")],
                    competences=[
                        Competence("Vuxenutbildning och yrkeshögskola", "Örebro kommun"),
                        Competence("Analys av företagens framtida kompetensbehov", "", "Ingen part har analytiker."),
                    ],
                    groups=[Group("employers", "consulted", "Arbetsgivare i länet", "Enkät med 120 svar.")],
                    resources=[Resource(2026, fte=dec("1.0"), fte_actual=dec("0.6"), note="Koordinator 3.")],
                ),
                Activity(
                    "Marknadsföring av regionen",
                    MARKETING,
                    ["marknadsforing"],
                    f"{SKR}, kap. 4: kansliet har 'en marknadskoordinator'. Aktiviteten {INVENTED}.",
                    start=d(2026, 1, 1),
                    end=d(2026, 12, 31),
                    knowledge_basis="proven",
                    notes=monthly([31]),
                    resources=[Resource(2026, fte=dec("1.0"), fte_actual=dec("1.0"), note="Marknadskoordinatorn.")],
                ),
                Activity(
                    "Digital etableringslots: gemensam karta över ledig verksamhetsmark",
                    coordinator(1),
                    ["etablering"],
                    f"Piloten {INVENTED}; 'en dörr in' för företagen är ur {SKR}, kap. 4.",
                    start=d(2026, 3, 1),
                    knowledge_basis="innovation",
                    pilot=Pilot(
                        "Örebro, Kumla och Hallsberg",
                        3,
                        "Hur många förfrågningar som besvaras inom två arbetsdagar med och utan kartan, och hur mycket "
                        "tid kommunerna lägger på att ta fram underlag.",
                        ago(-120),
                    ),
                    notes=[Note(ago(150), "ongoing", "Kartan är i drift i de tre kommunerna.")],
                    competences=[Competence("Geografiska informationssystem (GIS)", "Örebro kommun")],
                    groups=[Group("companies", "consulted", "Företag som söker mark", "Tio användartester.")],
                ),
            ],
            versions=[
                Version(
                    ago(330),
                    f"Planen för 2026. {INVENTED}",
                    "namnd",
                    "Kommunstyrelsens näringslivsutskott, Örebro kommun",
                    ago(315),
                    "KS 2026/41",
                )
            ],
        ),
        Plan(
            "Kumla kommun",
            "Kumla kommuns plan för näringslivet i BRO 2026",
            2026,
            f"Planen {INVENTED}; varje part formulerar sin egen handlingsplan ({SKR}, kap. 4).",
            end_year=2026,
            activities=[
                Activity(
                    "Planlägga mark för verksamheter vid E20",
                    Who("Kumla kommun", "Näringslivschef"),
                    ["etablering"],
                    f"Aktiviteten {INVENTED}; den tjänar Kumlas eget mål i steer-demon.",
                    own=True,
                    start=d(2026, 2, 1),
                    end=d(2027, 6, 30),
                    knowledge_basis="proven",
                    notes=[Note(ago(100), "ongoing", "Detaljplanen ute på samråd.")],
                    competences=[Competence("Fysisk planering", "Kumla kommun")],
                    groups=[Group("residents", "consulted", "Boende i Kumla", "Samrådsmöte med 35 deltagare.")],
                    resources=[
                        Resource(2026, money=dec("600000"), fte=dec("0.5"), note="Planarkitekt och utredningar.")
                    ],
                )
            ],
            versions=[Version(ago(300), f"Första versionen. {INVENTED}")],
        ),
    ],
)
