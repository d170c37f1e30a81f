"""Demo data of the formal basis for the eight collaborations of SKR's publication.

Source: SKR (2020), *Att hantera komplexa samhällsutmaningar. Organisera, styra och leda i
samverkan* (chapters 1 and 4) and the talk *Att styra i territoriet*. What the sources say is
written in `source_note`; what they do not say (dates, decision bodies, diarienummer, amounts,
names of people, the order of a rotating chair) is invented for the demo and marked
"[påhittat för demon]" or with `is_invented`. Loaded by `manage.py seed_demo` only.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from actors import services as actor_services
from actors.models import Organization, Person
from collaborations.models import Collaboration
from organize import services

SKR = "SKR (2020), Att hantera komplexa samhällsutmaningar"
TALK = "Föredraget Att styra i territoriet"
INVENTED = "[påhittat för demon]"


def d(year: int, month: int = 1, day: int = 1) -> datetime.date:
    return datetime.date(year, month, day)


# Invented people: a deterministic sequence of common Swedish names, each marked as invented.
FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Anders",
    "Eva",
    "Johan",
    "Sofia",
    "Per",
    "Emma",
    "Nils",
    "Ingrid",
    "Magnus",
    "Helena",
    "Fredrik",
    "Linnea",
    "Oskar",
    "Elin",
    "Gustav",
    "Sara",
    "Henrik",
    "Ida",
]
LAST = [
    "Lindberg",
    "Sandberg",
    "Forsberg",
    "Holmqvist",
    "Nyström",
    "Åberg",
    "Lundgren",
    "Sjöberg",
    "Hedlund",
    "Engström",
    "Wallin",
    "Björk",
    "Ekström",
    "Dahl",
    "Blom",
    "Strand",
    "Lindqvist",
    "Nordin",
    "Viklund",
]


@dataclass(frozen=True)
class Seat:
    organization: str
    title: str
    position: str = "member"
    email: str = ""  # a demo user's e-mail: that person takes the seat


@dataclass(frozen=True)
class BodySpec:
    key: str
    name: str
    kind: str
    purpose: str
    seats: list[Seat]
    parent: str = ""
    decision_areas: list[str] = field(default_factory=list)
    convener: str = ""
    meeting_rhythm: str = ""
    meetings_per_year: int | None = None
    chair_mode: str = "fixed"
    chair: str = ""
    rotation: list[str] = field(default_factory=list)
    rotation_start: datetime.date | None = None
    rotation_months: int | None = None
    secret: bool = False
    source_note: str = ""
    documents: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class AgreementSpec:
    kind: str
    title: str
    versions: list[dict[str, Any]]
    # (organization, status, decision body, body name, date, reference); the last version's adoptions
    adoptions: list[tuple[str, str, str, str, datetime.date | None, str]]
    commissioned: str = ""
    source_note: str = ""


@dataclass(frozen=True)
class FinancingSpec:
    name: str
    year: int
    method: str
    total: Decimal
    payers: list[tuple[str, Decimal | None]]
    population_year: int | None = None
    anchor: str = ""
    anchor_percent: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class Formal:
    agreements: list[AgreementSpec] = field(default_factory=list)
    bodies: list[BodySpec] = field(default_factory=list)
    responsibilities: list[tuple[str, str, str]] = field(default_factory=list)  # (org, kind, what)
    follow_up: list[dict[str, Any]] = field(default_factory=list)
    financing: list[FinancingSpec] = field(default_factory=list)
    external: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)


OREBRO_KOMMUNER = [
    "Askersunds kommun",
    "Degerfors kommun",
    "Hallsbergs kommun",
    "Hällefors kommun",
    "Karlskoga kommun",
    "Kumla kommun",
    "Laxå kommun",
    "Lekebergs kommun",
    "Lindesbergs kommun",
    "Ljusnarsbergs kommun",
    "Nora kommun",
    "Örebro kommun",
]
VARMLAND_KOMMUNER = [
    "Arvika kommun",
    "Eda kommun",
    "Filipstads kommun",
    "Forshaga kommun",
    "Grums kommun",
    "Hagfors kommun",
    "Hammarö kommun",
    "Karlstads kommun",
    "Kils kommun",
    "Kristinehamns kommun",
    "Munkfors kommun",
    "Storfors kommun",
    "Sunne kommun",
    "Säffle kommun",
    "Torsby kommun",
    "Årjängs kommun",
]
BLEKINGE_KOMMUNER = [
    "Karlskrona kommun",
    "Ronneby kommun",
    "Karlshamns kommun",
    "Sölvesborgs kommun",
    "Olofströms kommun",
]
KRONOBERG_KOMMUNER = [
    "Alvesta kommun",
    "Lessebo kommun",
    "Ljungby kommun",
    "Markaryds kommun",
    "Tingsryds kommun",
    "Uppvidinge kommun",
    "Växjö kommun",
    "Älmhults kommun",
]
BORAS_PARTIES = [
    "Borås Stad",
    "Skatteverket",
    "Säkerhetspolisen",
    "Kriminalvården",
    "Kronofogdemyndigheten",
    "Polismyndigheten",
    "Åklagarmyndigheten",
    "Arbetsförmedlingen",
    "Försäkringskassan",
    "Ekobrottsmyndigheten",
    "Södra Älvsborgs Räddningstjänstförbund",
    "Migrationsverket",
    "Västra Götalandsregionen",
    "Tranemo kommun",
    "Ulricehamns kommun",
]


def _adopted_by_all(parties, body_for, first: datetime.date, prefix: str):
    """Adoptions of every party (dates and diarienummer invented, three days apart from `first`)."""
    rows = []
    for i, org in enumerate(parties):
        body, name = body_for(org)
        rows.append((org, "adopted", body, name, first + datetime.timedelta(days=3 * i), f"{prefix}/{i + 11}"))
    return rows


def _council(org: str) -> tuple[str, str]:
    if org.startswith(("Region", "Landstinget")) or org == "Västra Götalandsregionen":
        return "regionstyrelse", "Regionstyrelsen"
    if org.endswith("kommun") or org == "Borås Stad":
        return "kommunstyrelse", "Kommunstyrelsen"
    return "myndighetschef", ""


FORMAL: dict[str, Formal] = {
    "business-region-orebro": Formal(
        agreements=[
            AgreementSpec(
                "cooperation",
                "Samverkansavtal om Business Region Örebro",
                versions=[
                    {
                        "drafted_on": d(2014, 10, 1),
                        "valid_from": d(2015, 1, 1),
                        "review_date": d(2026, 6, 30),
                        "purpose": "BRO är regionens samverkansplattform för näringslivsfrågor och arbetar för att "
                        "skapa tillväxt genom att få fler företag att starta, etablera sig och växa i regionen.",
                        "goals": "Bygger på målen i den regionala utvecklingsstrategin (RUS).",
                        "text": "Region Örebro län är huvudman för BRO och finansierar verksamheten till hälften; "
                        "resterande finansiering kommer från de samverkande kommunerna enligt en särskild modell. "
                        f"Datum och omprövning {INVENTED}.",
                        "conflict_clause": f"Parterna söker i första hand lösa oenigheter i styrgruppen. {INVENTED}",
                        "exit_clause": f"En part kan säga upp sitt deltagande till utgången av ett kalenderår med "
                        f"tolv månaders uppsägningstid. {INVENTED}",
                    }
                ],
                adoptions=_adopted_by_all(["Region Örebro län", *OREBRO_KOMMUNER], _council, d(2014, 11, 3), "KS 2014"),
                source_note=f"{SKR}, exempel 3 och kap. 4: 'BRO regleras via ett samverkansavtal mellan Region "
                f"Örebro län och alla kommuner i Örebro län'. Beslutande organ, datum och diarienummer {INVENTED}.",
            ),
            AgreementSpec(
                "commission",
                "Uppdragsavtal: Örebro kommun leder BRO:s operativa arbete",
                commissioned="Örebro kommun",
                versions=[
                    {
                        "drafted_on": d(2014, 11, 1),
                        "valid_from": d(2015, 1, 1),
                        "valid_until": d(2027, 12, 31),
                        "purpose": "Region Örebro län har genom ett särskilt uppdragsavtal gett Örebro kommun i "
                        "uppdrag att leda det operativa arbetet.",
                        "text": f"Giltighetstid {INVENTED}.",
                    }
                ],
                adoptions=[
                    (
                        "Region Örebro län",
                        "adopted",
                        "namnd",
                        "Regionala tillväxtnämnden",
                        d(2014, 12, 4),
                        "RS 14/01234",
                    ),
                    ("Örebro kommun", "adopted", "kommunstyrelse", "Kommunstyrelsen", d(2014, 12, 9), "KS 14/0987"),
                ],
                source_note=f"{SKR}, kap. 4 (BRO). Datum och diarienummer {INVENTED}.",
            ),
        ],
        bodies=[
            BodySpec(
                "styrgrupp",
                "BRO:s styrgrupp",
                "political_steering",
                "Politisk styrning av BRO med den regionala utvecklingsstrategin som gemensamt styrdokument.",
                seats=[Seat("Region Örebro län", "Ordförande i regionala tillväxtnämnden", "chair")]
                + [
                    Seat(k, "Kommunalråd", email="kommunalrad@kumla.example" if k == "Kumla kommun" else "")
                    for k in OREBRO_KOMMUNER
                ],
                decision_areas=["Inriktning och prioriteringar för BRO", "Verksamhetsplan och budget"],
                convener="Region Örebro län",
                chair="Region Örebro län",
                meeting_rhythm=f"Fyra gånger per år {INVENTED}",
                meetings_per_year=4,
                source_note=f"{SKR}, kap. 4: 'BRO:s styrgrupp består av ordförande för den regionala "
                f"tillväxtnämnden samt en politiker från respektive samverkande kommun.' "
                f"Mötesrytm och mandat {INVENTED}.",
            ),
            BodySpec(
                "samordning",
                "Samordningsorgan (kommundirektörer)",
                "coordinating",
                "Genomföra arbetet i BRO på ledningsnivå.",
                parent="styrgrupp",
                seats=[
                    Seat("Region Örebro län", "Regiondirektör", "chair"),
                    Seat("Region Örebro län", "Regional utvecklingsdirektör"),
                ]
                + [Seat(k, "Kommundirektör") for k in OREBRO_KOMMUNER],
                convener="Region Örebro län",
                chair="Region Örebro län",
                source_note=f"{SKR}, kap. 4: samordningsorgan av kommundirektörerna samt regiondirektör och "
                "regional utvecklingsdirektör.",
            ),
            BodySpec(
                "ledning",
                "Ledningsgrupp (näringslivschefer och kansliet)",
                "management",
                "Följer upp handlingsplaner och tar löpande beslut i verksamheten; en dörr in för företagen.",
                parent="samordning",
                seats=[
                    Seat(k, "Näringslivschef", email="naringsliv@orebro.example" if k == "Örebro kommun" else "")
                    for k in OREBRO_KOMMUNER
                ]
                + [Seat("Region Örebro län", "Näringslivsansvarig")]
                + [Seat("Örebro kommun", "Verksamhetsledare, BRO:s kansli", "chair")]
                + [Seat("Örebro kommun", f"Koordinator, BRO:s kansli ({n})") for n in ("1", "2", "3")],
                decision_areas=["Löpande beslut i verksamheten", "Uppföljning av handlingsplaner"],
                convener="Örebro kommun",
                chair="Örebro kommun",
                meeting_rhythm="En gång i månaden",
                meetings_per_year=11,
                source_note=f"{SKR}, kap. 4: 'De träffas en gång i månaden, följer upp handlingsplaner samt tar "
                "löpande beslut kopplade till verksamheten.' Att kansliet är anställt av Örebro kommun är "
                f"{INVENTED}.",
            ),
        ],
        responsibilities=[
            ("Region Örebro län", "coordination", "Huvudman för BRO."),
            ("Region Örebro län", "financing", "Finansierar verksamheten till hälften."),
            ("Örebro kommun", "operational", "Leder det operativa arbetet genom uppdragsavtal; har BRO:s kansli."),
            *[
                (k, "financing", "Betalar sin del av den andra hälften efter folkmängd [modellen påhittad för demon].")
                for k in OREBRO_KOMMUNER
            ],
            *[
                (k, "operational", "Näringslivschefen sitter i ledningsgruppen: en dörr in för företagen.")
                for k in OREBRO_KOMMUNER
                if k != "Örebro kommun"
            ],
        ],
        follow_up=[
            {
                "subject": "Uppföljning av handlingsplanerna",
                "responsible": "Örebro kommun",
                "frequency": "monthly",
                "first_due": d(2026, 1, 15),
                "report_to": "ledning",
            },
            {
                "subject": "Dialogturné: uppföljning av det regionala partnerskapet med kommunernas ledningsgrupper",
                "responsible": "Region Örebro län",
                "frequency": "once",
                "first_due": d(2018, 10, 1),
            },
            {
                "subject": "Gemensam uppföljning till regionfullmäktige och kommunfullmäktige",
                "responsible": "",
                "frequency": "yearly",
                "first_due": d(2026, 3, 31),
                "report_to": "styrgrupp",
            },
        ],
        financing=[
            FinancingSpec(
                "Gemensam finansiering av BRO",
                2026,
                "anchor_then_population",
                Decimal("14000000.00"),
                payers=[(k, None) for k in OREBRO_KOMMUNER],
                population_year=2025,
                anchor="Region Örebro län",
                anchor_percent=Decimal("50"),
                note=f"{SKR}: 'Region Örebro län finansierar verksamheten till hälften och resterande finansiering "
                f"kommer från de samverkande kommunerna enligt en särskild modell.' Beloppet och att kommunernas "
                f"hälft delas efter folkmängd är {INVENTED}.",
            )
        ],
        resources=[
            {
                "organization": "Örebro kommun",
                "year": 2026,
                "money": Decimal("0"),
                "fte": Decimal("5.0"),
                "fte_actual": Decimal("4.5"),
                "note": "Kansliet: verksamhetsledare, tre koordinatorer och en marknadskoordinator (SKR 2020). "
                f"Utfallet {INVENTED}.",
            },
        ],
    ),
    "boras-myndighetssamverkan-trygghet": Formal(
        agreements=[
            AgreementSpec(
                "letter_of_intent",
                "Avsiktsförklaring för myndighetssamverkan för trygghet, rättvisa och demokrati",
                versions=[
                    {
                        "drafted_on": d(2016, 9, 1),
                        "valid_from": d(2016, 10, 1),
                        "review_date": d(2025, 12, 31),
                        "purpose": "Berörda myndigheter träffas och utbyter information med respekt för "
                        "sekretesslagstiftningen när det gäller brottslighet och brottsförebyggande arbete.",
                        "goals": "Varje myndighets kompetens och erfarenhet ska användas för att arbeta för trygghet, "
                        "rättvisa och demokrati i Borås genom att samverka och samarbeta mot gemensamma mål.",
                        "text": f"Datum, omprövning och undertecknare {INVENTED}.",
                    }
                ],
                adoptions=[
                    *_adopted_by_all(
                        [p for p in BORAS_PARTIES if p != "Ulricehamns kommun"], _council, d(2016, 9, 12), "2016"
                    ),
                    ("Ulricehamns kommun", "pending", "", "", None, ""),
                ],
                source_note=f"{SKR}, exempel 1 och kap. 4: 'En gemensam avsiktsförklaring har tagits fram för "
                f"samverkansarbetet.' {TALK}: 'Avsiktsförklaring'. Beslut, datum och att Ulricehamns beslut "
                f"väntar är {INVENTED}.",
            )
        ],
        bodies=[
            BodySpec(
                "forum",
                "Samverkansgruppen (operativa chefer)",
                "forum",
                "De berörda myndigheterna träffas och utbyter information under sekretess om aktuella händelser "
                "som rör brottslighet och säkerhet i Boråsområdet; tidigare påbörjade uppdrag följs upp vid "
                "varje möte.",
                seats=[
                    Seat(
                        p,
                        "Chef, Centrum för kunskap och säkerhet" if p == "Borås Stad" else "Operativ chef",
                        "chair" if p == "Borås Stad" else "member",
                        email="cks@boras.example"
                        if p == "Borås Stad"
                        else ("enhetschef@migrationsverket.example" if p == "Migrationsverket" else ""),
                    )
                    for p in BORAS_PARTIES
                ],
                decision_areas=[],
                convener="Borås Stad",
                chair="Borås Stad",
                meeting_rhythm="En gång i månaden",
                meetings_per_year=12,
                secret=True,
                source_note=f"{SKR}, kap. 4: 'träffas en gång i månaden … Eftersom det sker under sekretess förs "
                f"inte heller särskilda mötesanteckningar.' {TALK}: 'Kommunen leder men beslutar inte'.",
                documents=[("Lägesbild: händelser i Boråsområdet", f"Underlag till månadens möte {INVENTED}.")],
            ),
            BodySpec(
                "undergrupp",
                "Undergrupp: ekonomisk brottslighet och välfärdsbrott",
                "working",
                "De parter som berörs av ett identifierat problem träffas för att hantera det; agilt och operativt.",
                parent="forum",
                seats=[
                    Seat(p, "Handläggare")
                    for p in [
                        "Borås Stad",
                        "Skatteverket",
                        "Kronofogdemyndigheten",
                        "Ekobrottsmyndigheten",
                        "Polismyndigheten",
                        "Försäkringskassan",
                    ]
                ],
                convener="Borås Stad",
                chair="Borås Stad",
                meeting_rhythm="Vid behov",
                secret=True,
                source_note=f"{SKR}, kap. 4: 'träffas de parter som berörs inom samverkansgruppen för att hantera "
                f"det som uppstått.' Undergruppens ämne och sammansättning {INVENTED}.",
                documents=[("Underlag: misstänkt bidragsbrott i ett ärende", f"Fiktivt ärende {INVENTED}.")],
            ),
        ],
        responsibilities=[
            (
                "Borås Stad",
                "coordination",
                "Leder arbetet genom avdelningen Centrum för kunskap och säkerhet (CKS), "
                "centralt placerad under kommunstyrelsen; leder men beslutar inte.",
            ),
            *[
                (p, "operational", "Agerar inom sitt eget ansvar och regelverk i undergrupper med berörda.")
                for p in BORAS_PARTIES
                if p != "Borås Stad"
            ],
        ],
        follow_up=[
            {
                "subject": "Uppföljning av påbörjade uppdrag vid varje möte",
                "responsible": "Borås Stad",
                "frequency": "monthly",
                "first_due": d(2026, 1, 20),
                "report_to": "forum",
            },
            {
                "subject": "Okulär besiktning i fält av effekterna",
                "responsible": "",
                "frequency": "yearly",
                "first_due": d(2026, 9, 1),
            },
        ],
    ),
    "nya-perspektiv-varmland": Formal(
        agreements=[
            AgreementSpec(
                "direction",
                "Politiskt inriktningsdokument för Nya perspektiv",
                versions=[
                    {
                        "drafted_on": d(year - 1, 10, 1),
                        "valid_from": d(year, 1, 1),
                        "valid_until": d(year, 12, 31),
                        "review_date": d(year, 10, 31),
                        "purpose": "Kommunernas och regionens gemensamma ansvar för god och jämlik hälsa i Värmland.",
                        "goals": "Övergripande målsättningar och gemensamma resultatmål i sex utmaningar, bland dem "
                        "barnalivet, ungdomslivet, vuxenlivet och äldrelivet.",
                        "text": "Dokumentet fastställs årligen och utgör underlag för den ordinarie planerings- och "
                        "budgetprocessen i kommunerna och regionen.",
                    }
                    for year in (2025, 2026)
                ],
                adoptions=[
                    *_adopted_by_all(["Region Värmland", *VARMLAND_KOMMUNER[:-2]], _council, d(2025, 11, 3), "2025"),
                    (VARMLAND_KOMMUNER[-2], "pending", "", "", None, ""),
                    (VARMLAND_KOMMUNER[-1], "pending", "", "", None, ""),
                ],
                source_note=f"{SKR}, exempel 2 och kap. 4: 'Nya perspektiv styrs av ett politiskt "
                f"inriktningsdokument … Dokumentet fastställs årligen.' Beslutande organ, datum och vilka kommuner "
                f"som ännu inte fastställt 2026 års dokument {INVENTED}.",
            )
        ],
        bodies=[
            BodySpec(
                "styrgrupp",
                "Politisk styrgrupp för Nya perspektiv",
                "political_steering",
                "Planerar och genomför det årliga seminariet och följer och leder utvecklingsarbetet inom barnalivet, "
                "ungdomslivet, vuxenlivet och äldrelivet.",
                seats=[
                    Seat("Region Värmland", "Regionråd", "chair"),
                    Seat("Karlstads kommun", "Kommunalråd"),
                    Seat("Arvika kommun", "Kommunalråd"),
                    Seat("Torsby kommun", "Kommunalråd"),
                ],
                decision_areas=["Det årliga seminariets program", "Förslag till inriktningsdokument"],
                convener="Region Värmland",
                chair="Region Värmland",
                source_note=f"{SKR}, kap. 4. Sammansättningen {INVENTED}.",
            ),
            BodySpec(
                "beredning",
                "Beredningsgrupp",
                "preparatory",
                "Tjänstepersoner från regionen och kommunerna bereder styrgruppens ärenden.",
                parent="styrgrupp",
                seats=[
                    Seat(
                        "Region Värmland",
                        "Koordinator för Nya perspektiv",
                        "chair",
                        email="koordinator@regionvarmland.example",
                    ),
                    Seat("Karlstads kommun", "Socialchef"),
                    Seat("Hammarö kommun", "Skolchef"),
                ],
                convener="Region Värmland",
                chair="Region Värmland",
                source_note=f"{SKR}, kap. 4: 'en beredningsgrupp bestående av tjänstepersoner från både regionen och "
                f"kommunerna'. Ledamöterna {INVENTED}.",
            ),
            BodySpec(
                "seminarium",
                "Årligt seminarium för Nya perspektiv",
                "forum",
                "Kommunledningarna, regionledningen och ledningen för skola, socialtjänst och hälso- och sjukvård "
                "diskuterar gemensamma utmaningar. Inga formella beslut fattas.",
                seats=[],
                convener="Region Värmland",
                meeting_rhythm="En gång per år",
                meetings_per_year=1,
                chair_mode="none",
                source_note=f"{SKR}, kap. 4: 'Inga formella beslut fattas i samband med träffarna.'",
            ),
        ],
        responsibilities=[
            ("Region Värmland", "coordination", "Har en koordinator för arbetet med Nya perspektiv."),
            *[
                (k, "operational", "Bryter ned inriktningsdokumentet i den egna planerings- och budgetprocessen.")
                for k in VARMLAND_KOMMUNER
            ],
        ],
        follow_up=[
            {
                "subject": "Uppföljning av de gemensamma resultatmålen",
                "responsible": "",
                "frequency": "yearly",
                "first_due": d(2026, 11, 30),
                "report_to": "styrgrupp",
            },
        ],
        resources=[
            {
                "organization": "Region Värmland",
                "year": 2026,
                "money": Decimal("0"),
                "fte": Decimal("1.0"),
                "note": f"Koordinatorn för Nya perspektiv (SKR 2020); omfattningen {INVENTED}.",
            },
        ],
    ),
    "blekinge-unga-lyfter": Formal(
        agreements=[
            AgreementSpec(
                "direction",
                "Gemensam problemanalys och utvecklingsplan för Blekinges unga lyfter",
                versions=[
                    {
                        "drafted_on": d(2012, 11, 1),
                        "valid_from": d(2013, 1, 1),
                        "valid_until": d(2018, 12, 31),
                        "purpose": "Halvera ungdomsarbetslösheten till 2017 som ett första steg mot en nollvision.",
                        "goals": "Öka sysselsättning och deltagande hos arbetslösa unga kvinnor och unga män 15–29 år "
                        "som är öppet arbetssökande.",
                        "text": f"Dokumentets form och beslut {INVENTED}; {TALK}: 'Gemensam problemanalys och "
                        "utvecklingsplan'.",
                    }
                ],
                adoptions=_adopted_by_all(
                    [
                        "Region Blekinge",
                        *BLEKINGE_KOMMUNER,
                        "Arbetsförmedlingen",
                        "Länsstyrelsen i Blekinge län",
                        "Blekinge tekniska högskola",
                    ],
                    _council,
                    d(2012, 12, 3),
                    "2013",
                ),
                source_note=f"{SKR}, exempel 4; {TALK}. Skriften namnger ingen avtalsform; beslut {INVENTED}.",
            )
        ],
        bodies=[
            BodySpec(
                "blekingeradet",
                "Blekingerådet (samverkansledning)",
                "political_steering",
                "Regional politisk styrgrupp med gemensamt ledningsansvar för kraftsamlingen.",
                seats=[Seat("Region Blekinge", "Regionråd", email="samordnare@regionblekinge.example")]
                + [Seat(k, "Kommunalråd") for k in BLEKINGE_KOMMUNER]
                + [
                    Seat("Arbetsförmedlingen", "Marknadsområdeschef"),
                    Seat("Blekinge tekniska högskola", "Rektor"),
                    Seat("Länsstyrelsen i Blekinge län", "Landshövding"),
                ],
                decision_areas=["Inriktning för kraftsamlingen", "Projektets utvecklingsplan"],
                convener="Region Blekinge",
                chair_mode="rotating",
                rotation=["Region Blekinge", *BLEKINGE_KOMMUNER],
                rotation_start=d(2013, 1, 1),
                rotation_months=12,
                source_note=f"{TALK}: 'Blekingeråd – regionråd, kommunalråd, AF, Högskola o länsstyrelsen'; "
                f"'Gemensamt ledningsansvar o ambulerande ordförandeskap'. Rotationens ordning och längd {INVENTED}.",
            ),
            BodySpec(
                "chefsgrupp",
                "Chefsgrupp för kommuner, landsting och myndigheter",
                "management",
                "Knyter ihop det operativa arbetet och det strategiska ledningsarbetet.",
                parent="blekingeradet",
                seats=[Seat(k, "Arbetsmarknadschef") for k in BLEKINGE_KOMMUNER[:3]]
                + [Seat("Arbetsförmedlingen", "Sektionschef")],
                convener="Region Blekinge",
                chair="Region Blekinge",
                source_note=f"{SKR}, kap. 4: 'ett antal chefsgrupper från kommun, dåvarande landsting och "
                f"myndigheter'. Ledamöterna {INVENTED}.",
            ),
        ],
        responsibilities=[
            ("Region Blekinge", "coordination", "Projektägare för samverkansprojektet."),
            *[
                (k, "operational", "Driver navigatorcentrum: en dörr in för alla ungdomar 15–29 år.")
                for k in BLEKINGE_KOMMUNER
            ],
            ("Arbetsförmedlingen", "operational", "Deltar i navigatorcentrum och i det operativa arbetet."),
        ],
        external=[
            {
                "kind": "esf",
                "description": "Europeiska socialfonden: Blekinges unga lyfter",
                "funder": "Svenska ESF-rådet",
                "amount": Decimal("24000000"),
                "start": d(2013, 1, 1),
                "end": d(2018, 12, 31),
            },
            {
                "kind": "state_crisis",
                "description": "Statligt krisstöd till Blekinge län (regionala tillväxtmedel)",
                "funder": "",
                "amount": Decimal("12000000"),
                "start": d(2013, 1, 1),
                "end": d(2018, 12, 31),
            },
            {
                "kind": "esf",
                "description": "Europeiska socialfonden: fortsättningsprojektet Mind the Gap",
                "funder": "Svenska ESF-rådet",
                "amount": Decimal("9500000"),
                "start": d(2019, 1, 1),
                "end": d(2020, 12, 31),
            },
        ],
    ),
    "karlskronakommissionen": Formal(
        agreements=[
            AgreementSpec(
                "direction",
                "Uppdrag till Karlskronakommissionen 2015–2017",
                versions=[
                    {
                        "drafted_on": d(2015, 1, 15),
                        "valid_from": d(2015, 3, 1),
                        "valid_until": d(2017, 12, 31),
                        "purpose": "Ta ett helhetsgrepp och samordna insatserna kring social hållbarhet med fokus på "
                        "barn och unga.",
                        "goals": "De bästa förutsättningarna för en bra start i livet för alla barn och unga i "
                        "kommunen; grunden för ett socialt hållbart Karlskrona (i linje med Vision Karlskrona 2030).",
                    }
                ],
                adoptions=[
                    ("Karlskrona kommun", "adopted", "kommunstyrelse", "Kommunstyrelsen", d(2015, 2, 3), "KS 2015/112"),
                    ("Region Blekinge", "adopted", "director", "Regiondirektören", d(2015, 2, 20), "RB 2015/45"),
                    ("Polismyndigheten", "adopted", "director", "Lokalpolisområdeschefen", d(2015, 2, 25), ""),
                ],
                source_note=f"{SKR}, exempel 5 och kap. 4. Beslutande organ och datum {INVENTED}.",
            )
        ],
        bodies=[
            BodySpec(
                "styrgrupp",
                "Politisk styrgrupp för kommissionen",
                "political_steering",
                "Styr kommissionens arbete.",
                seats=[
                    Seat("Karlskrona kommun", "Kommunstyrelsens ordförande", "chair"),
                    Seat("Karlskrona kommun", "Kommunstyrelsens vice ordförande"),
                ],
                decision_areas=["Kommissionens inriktning", "Förslag till strategi och handlingsplan"],
                convener="Karlskrona kommun",
                chair="Karlskrona kommun",
                source_note=f"{SKR}, kap. 4: 'En politisk styrgrupp tillsattes för kommissionen'. "
                f"Ledamöter {INVENTED}.",
            ),
            BodySpec(
                "projektgrupp",
                "Projektgrupp",
                "working",
                "Representanter från fem kommunala förvaltningar, regionen och polisen.",
                parent="styrgrupp",
                seats=[
                    Seat("Karlskrona kommun", f"Representant, {f}")
                    for f in (
                        "utbildningsförvaltningen",
                        "socialförvaltningen",
                        "kultur- och fritidsförvaltningen",
                        "kommunledningsförvaltningen",
                        "idrotts- och fritidsförvaltningen",
                    )
                ]
                + [Seat("Region Blekinge", "Folkhälsostrateg"), Seat("Polismyndigheten", "Kommunpolis")],
                convener="Karlskrona kommun",
                chair="Karlskrona kommun",
                source_note=f"{SKR}, kap. 4. Vilka fem förvaltningar {INVENTED}.",
            ),
        ],
        responsibilities=[
            ("Karlskrona kommun", "coordination", "Samordnar kommissionen."),
            ("Region Blekinge", "operational", "Deltar i projektgruppen."),
            ("Polismyndigheten", "operational", "Deltar i projektgruppen."),
            ("Studiefrämjandet", "operational", "Strukturerar frivilligarbetet med seniorer i skolan."),
        ],
        resources=[
            {
                "organization": "Studiefrämjandet",
                "year": 2017,
                "money": Decimal("350000"),
                "fte": Decimal("1.0"),
                "money_actual": Decimal("340000"),
                "fte_actual": Decimal("1.0"),
                "note": f"En projektsamordnare för seniorer i skolan (SKR 2020); belopp {INVENTED}.",
            },
        ],
    ),
    "barnens-basta-galler-kronoberg": Formal(
        agreements=[
            AgreementSpec(
                "identical_decisions",
                "Likalydande beslut om Barnens bästa gäller",
                versions=[
                    {
                        "drafted_on": d(2018, 9, 1),
                        "valid_from": d(2019, 1, 1),
                        "purpose": "Tillsammans skapa en trygg och säker uppväxt för varje barn genom främjande, "
                        "tidiga och samordnade insatser.",
                        "goals": "Utgå från barnets behov och inte från hur myndigheterna är organiserade; gemensamma "
                        "arbetssätt och modeller kring barn och unga (Skottlandsmodellen).",
                    }
                ],
                adoptions=[
                    (
                        "Region Kronoberg",
                        "adopted",
                        "namnd",
                        "Nämnden för folkhälsa och social utveckling",
                        d(2018, 10, 10),
                        "RK 2018/0421",
                    ),
                    *[
                        (
                            k,
                            "adopted",
                            "namnd",
                            "Socialnämnden",
                            d(2018, 10, 15) + datetime.timedelta(days=3 * i),
                            f"SN 2018/{60 + i}",
                        )
                        for i, k in enumerate(KRONOBERG_KOMMUNER)
                    ],
                ],
                source_note=f"{TALK}: 'Likalydande beslut i alla kommuners nämnder och i regionen'. Vilka nämnder "
                f"och datum {INVENTED}.",
            )
        ],
        bodies=[
            BodySpec(
                "forum",
                "Kommunalt forum",
                "forum",
                "Det gemensamma politiska forumet, med en regional samverkans- och stödstruktur för socialtjänst och "
                "hälso- och sjukvård.",
                seats=[Seat("Region Kronoberg", "Regionråd")]
                + [Seat(k, "Socialnämndens ordförande") for k in KRONOBERG_KOMMUNER],
                convener="Region Kronoberg",
                chair="Region Kronoberg",
                source_note=f"{SKR}, kap. 4. Ledamöter {INVENTED}.",
            ),
            BodySpec(
                "styrgrupp",
                "Styrgrupp för Barnens bästa gäller",
                "management",
                "Leder arbetet med chefer från hälso- och sjukvården, skolan, socialtjänsten och polisen.",
                parent="forum",
                seats=[
                    Seat(
                        "Region Kronoberg",
                        "Hälso- och sjukvårdsdirektör",
                        "chair",
                        email="processledare@kronoberg.example",
                    ),
                    Seat("Växjö kommun", "Skolchef"),
                    Seat("Ljungby kommun", "Socialchef"),
                    Seat("Polismyndigheten", "Lokalpolisområdeschef"),
                ],
                decision_areas=["Gemensamma arbetssätt och modeller", "Processledarnas uppdrag"],
                convener="Region Kronoberg",
                chair="Region Kronoberg",
                source_note=f"{SKR}, kap. 4; {TALK}: 'Styrgrupp med ledande förvaltningschefer'. Ledamöter {INVENTED}.",
            ),
            BodySpec(
                "tvargrupp",
                "Tvärgrupp barn och unga",
                "reference",
                "Referensgrupp till processledarna med representanter för många olika professioner i regionen.",
                parent="styrgrupp",
                seats=[Seat("Region Kronoberg", "Barnsjuksköterska"), Seat("Alvesta kommun", "Kurator")],
                convener="Region Kronoberg",
                chair_mode="none",
                source_note=f"{SKR}, kap. 4.",
            ),
            *[
                BodySpec(
                    f"arbetsgrupp-{k}",
                    f"Arbetsgrupp {k}",
                    "working",
                    "Arbetsgrupp i den berörda kommunen.",
                    parent="styrgrupp",
                    seats=[Seat(k, "Processledare")],
                    convener=k,
                    chair=k,
                    source_note=f"{SKR}, kap. 4: 'en arbetsgrupp i varje berörd kommun samt en i hälso- och "
                    "sjukvården'.",
                )
                for k in KRONOBERG_KOMMUNER
            ],
            BodySpec(
                "arbetsgrupp-hos",
                "Arbetsgrupp hälso- och sjukvården",
                "working",
                "Arbetsgrupp i hälso- och sjukvården.",
                parent="styrgrupp",
                seats=[Seat("Region Kronoberg", "Processledare")],
                convener="Region Kronoberg",
                chair="Region Kronoberg",
                source_note=f"{SKR}, kap. 4.",
            ),
        ],
        responsibilities=[
            ("Region Kronoberg", "coordination", "Två processledare ansvarar för den länsövergripande processen."),
            *[(k, "financing", "Samfinansierar arbetet enligt en särskild modell.") for k in KRONOBERG_KOMMUNER],
            ("Region Kronoberg", "financing", "Samfinansierar arbetet enligt en särskild modell."),
        ],
        financing=[
            FinancingSpec(
                "Samfinansiering av Barnens bästa gäller",
                2026,
                "fixed_shares",
                Decimal("3200000.00"),
                payers=[("Region Kronoberg", Decimal("50")), *[(k, Decimal("6.25")) for k in KRONOBERG_KOMMUNER]],
                note=f"{SKR}: 'samfinansieras av Region Kronoberg och länets åtta kommuner enligt en särskild modell'. "
                f"Modellen (hälften regionen, resten lika) och beloppet {INVENTED}.",
            )
        ],
        resources=[
            {
                "organization": "Region Kronoberg",
                "year": 2026,
                "money": Decimal("0"),
                "fte": Decimal("2.0"),
                "note": f"Två processledare (SKR 2020); heltid {INVENTED}.",
            },
        ],
    ),
    "business-region-kronoberg": Formal(
        agreements=[
            AgreementSpec(
                "direction",
                "Handlingsplan för Business Region Kronoberg",
                versions=[
                    {
                        "drafted_on": d(year, 2, 1),
                        "valid_from": d(year, 3, 1),
                        "review_date": d(year + 1, 2, 28),
                        "purpose": "Skapa bättre förutsättningar för företagande, främja tillväxten och medverka till "
                        "att skapa ett attraktivt Kronoberg.",
                        "goals": "Målen i den regionala utvecklingsstrategin Gröna Kronoberg 2025.",
                        "text": "Handlingsplanen uppdateras kontinuerligt.",
                    }
                    for year in (2019, 2026)
                ],
                adoptions=_adopted_by_all(
                    ["Region Kronoberg", *KRONOBERG_KOMMUNER],
                    lambda org: (
                        ("director", "Regional utvecklingsdirektör")
                        if org.startswith("Region")
                        else ("director", "Näringslivschef")
                    ),
                    d(2026, 2, 10),
                    "BRK 2026",
                ),
                source_note=f"{SKR}, exempel 7: 'En särskild handlingsplan har tagits fram som kontinuerligt "
                f"uppdateras.' Skriften nämner inget avtal; beslut och datum {INVENTED}.",
            )
        ],
        bodies=[
            BodySpec(
                "natverk",
                "Nätverket för Business Region Kronoberg",
                "coordinating",
                "Regionen och kommunernas näringslivschefer samordnar näringslivsarbetet.",
                seats=[Seat("Region Kronoberg", "Processledare", "chair", email="processledare@kronoberg.example")]
                + [Seat(k, "Näringslivschef") for k in KRONOBERG_KOMMUNER],
                decision_areas=["Handlingsplanens fokusområden"],
                convener="Region Kronoberg",
                chair="Region Kronoberg",
                meeting_rhythm="Varje månad",
                meetings_per_year=12,
                source_note=f"{SKR}, kap. 4: 'Nätverket träffas löpande varje månad'; 'Region Kronoberg är "
                "sammankallande för BRK och finansierar arbetet.'",
            )
        ],
        responsibilities=[
            ("Region Kronoberg", "coordination", "Sammankallande för BRK."),
            ("Region Kronoberg", "financing", "Finansierar arbetet."),
            *[(k, "operational", "Näringslivschefen deltar i nätverket.") for k in KRONOBERG_KOMMUNER],
        ],
        financing=[
            FinancingSpec(
                "Regionens finansiering av BRK",
                2026,
                "fixed_shares",
                Decimal("1500000.00"),
                payers=[("Region Kronoberg", Decimal("100"))],
                note=f"{SKR}: 'Region Kronoberg … finansierar arbetet.' Beloppet {INVENTED}.",
            )
        ],
    ),
    "pitea-alvsbyn-femkanten": Formal(
        agreements=[
            AgreementSpec(
                "direction",
                "Riktlinjer för ökad samverkan med Älvsbyns kommun",
                versions=[
                    {
                        "drafted_on": d(2013, 3, 1),
                        "valid_from": d(2013, 6, 1),
                        "purpose": "Minska kostnader, minska sårbarhet, säkra kompetens, öka kvalité och öka "
                        "attraktivitet.",
                        "goals": "Stärka regionen; Älvsbyns kommun är strategisk part för samverkan. Den sammanvägda "
                        "nyttan, i stället för den enskilt bästa lösningen, ska vara styrande.",
                        "exit_clause": "I en samverkansrelation måste båda parter vara villiga att ge och ta; all "
                        "samverkan kan inte vara det bästa alternativet för Piteå.",
                    }
                ],
                adoptions=[
                    ("Piteå kommun", "adopted", "kommunfullmaktige", "Kommunfullmäktige", d(2013, 5, 27), "KF 2013/88"),
                ],
                source_note=f"{SKR}, exempel 8: 'År 2013 antog Piteå kommun riktlinjer för ökad samverkan med "
                f"Älvsbyns kommun.' Beslutande organ och datum {INVENTED}. Skriften säger inget om beslut i Älvsbyn.",
            )
        ],
        bodies=[
            BodySpec(
                "styrgrupp",
                "Styrgrupp för samverkan Piteå–Älvsbyn",
                "management",
                "Ansvarar för att genomföra förstudier, utredningar och beslutsunderlag för samverkan; en "
                "projektledare arbetar på styrgruppens uppdrag.",
                seats=[
                    Seat("Piteå kommun", "Kommunchef", "chair", email="kommunchef@pitea.example"),
                    Seat("Älvsbyns kommun", "Kommunchef"),
                    Seat("Piteå kommun", "Chef, kommunledningsförvaltningen"),
                    Seat("Älvsbyns kommun", "Chef, kommunledningsförvaltningen"),
                ],
                decision_areas=["Förstudier och utredningar", "Beslutsunderlag för samverkan"],
                convener="Piteå kommun",
                chair="Piteå kommun",
                meeting_rhythm="Minst fyra gånger per år",
                meetings_per_year=4,
                source_note=f"{SKR}, kap. 4: 'Styrgruppen träffas vid minst fyra tillfällen per år.' Ordförande "
                f"{INVENTED}.",
            )
        ],
        responsibilities=[
            ("Piteå kommun", "coordination", "Antog riktlinjerna och samordnar samverkan."),
            ("Älvsbyns kommun", "operational", "Berörda förvaltningschefer ansvarar för förstudier och utredningar."),
            ("Piteå kommun", "operational", "Berörda förvaltningschefer ansvarar för förstudier och utredningar."),
        ],
        follow_up=[
            {
                "subject": "Styrgruppens genomgång av pågående förstudier",
                "responsible": "Piteå kommun",
                "frequency": "quarterly",
                "first_due": d(2026, 3, 15),
                "report_to": "styrgrupp",
            },
        ],
    ),
}


class _People:
    """Invented people for the seats, one per (organization, title), created once."""

    def __init__(self, demo_people: dict[str, Person]):
        self.demo_people = demo_people
        self.taken = {(p.first_name, p.last_name) for p in demo_people.values()}
        self.n = 0

    def for_seat(self, seat: Seat, organization: Organization) -> Person:
        if seat.email and seat.email in self.demo_people:
            return self.demo_people[seat.email]
        first, last = FIRST[self.n % len(FIRST)], LAST[(self.n * 7) % len(LAST)]
        self.n += 1
        while (first, last) in self.taken:  # never the name of a demo login
            first, last = FIRST[self.n % len(FIRST)], LAST[(self.n * 7) % len(LAST)]
            self.n += 1
        ascii_name = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
        email = f"{ascii_name}.{self.n}@demo.example".lower()
        existing = Person.objects.filter(email=email).first()
        if existing is not None:
            return existing
        person = actor_services.create_person(
            actor=None, first_name=first, last_name=last, title=seat.title, email=email, is_invented=True
        )
        actor_services.add_representation(person, organization, actor=None, position=seat.title)
        return person


def load(orgs: dict[str, Organization], demo_people: dict[str, Person]) -> int:
    """Load the formal basis of every example that has none yet; returns how many were loaded."""
    people = _People(demo_people)
    people.n = Person.objects.filter(is_invented=True).count()
    loaded = 0
    for slug, formal in FORMAL.items():
        collaboration = Collaboration.objects.filter(slug=slug).first()
        if collaboration is None or collaboration.bodies.exists() or collaboration.agreements.exists():
            continue
        _load_one(collaboration, formal, orgs, people)
        loaded += 1
    return loaded


def _load_one(collaboration: Collaboration, formal: Formal, orgs, people: _People) -> None:
    for spec in formal.agreements:
        agreement = services.create_agreement(
            collaboration,
            actor=None,
            kind=spec.kind,
            title=spec.title,
            commissioned_organization=orgs.get(spec.commissioned),
            source_note=spec.source_note,
        )
        version = None
        for version_data in spec.versions:
            version = services.add_agreement_version(agreement, actor=None, **version_data)
        for org, status, body, body_name, date, reference in spec.adoptions:
            services.record_adoption(
                version,
                orgs[org],
                actor=None,
                status=status,
                decision_body=body,
                decision_body_name=body_name,
                decision_date=date,
                reference=reference,
                note=INVENTED if status == "adopted" else "",
            )
    bodies: dict[str, Any] = {}
    for spec in formal.bodies:
        body = services.create_body(
            collaboration,
            actor=None,
            name=spec.name,
            kind=spec.kind,
            parent=bodies.get(spec.parent),
            purpose=spec.purpose,
            decision_areas=spec.decision_areas,
            convener=orgs.get(spec.convener),
            meeting_rhythm=spec.meeting_rhythm,
            meetings_per_year=spec.meetings_per_year,
            chair_mode=spec.chair_mode,
            chair_organization=orgs.get(spec.chair),
            rotation_order=[orgs[o].pk for o in spec.rotation],
            rotation_start=spec.rotation_start,
            rotation_months=spec.rotation_months,
            confidentiality="secret" if spec.secret else "normal",
            source_note=spec.source_note,
        )
        bodies[spec.key] = body
        for seat in spec.seats:
            organization = orgs[seat.organization]
            services.add_membership(
                body,
                people.for_seat(seat, organization),
                organization,
                actor=None,
                position=seat.position,
                title=seat.title,
                start_date=collaboration.start_date,
            )
        for title, description in spec.documents:
            services.add_body_document(body, actor=None, title=title, description=description)
    for org, kind, description in formal.responsibilities:
        services.add_responsibility(collaboration, orgs[org], actor=None, kind=kind, description=description)
    for duty in formal.follow_up:
        services.add_follow_up_duty(
            collaboration,
            actor=None,
            subject=duty["subject"],
            responsible_organization=orgs.get(duty["responsible"]),
            frequency=duty["frequency"],
            first_due=duty["first_due"],
            report_to=bodies.get(duty.get("report_to", "")),
        )
    for spec in formal.financing:
        services.create_financing_model(
            collaboration,
            actor=None,
            shares=[(orgs[o], p) for o, p in spec.payers],
            name=spec.name,
            year=spec.year,
            method=spec.method,
            total=spec.total,
            population_year=spec.population_year,
            anchor_organization=orgs.get(spec.anchor),
            anchor_percent=spec.anchor_percent,
            note=spec.note,
            is_invented=True,
        )
    for ext in formal.external:
        services.add_external_funding(
            collaboration,
            actor=None,
            kind=ext["kind"],
            description=ext["description"],
            funder=orgs.get(ext["funder"]),
            amount=ext["amount"],
            start_date=ext["start"],
            end_date=ext["end"],
            is_invented=True,
        )
    for res in formal.resources:
        services.set_resource_commitment(
            collaboration,
            orgs[res["organization"]],
            res["year"],
            actor=None,
            money_committed=res["money"],
            money_actual=res.get("money_actual"),
            fte_committed=res["fte"],
            fte_actual=res.get("fte_actual"),
            note=res["note"],
            is_invented=True,
        )
