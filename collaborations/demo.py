"""Demo data: the eight collaborations studied in SKR's publication, with their real parties.

Source: SKR (2020), *Att hantera komplexa samhällsutmaningar. Organisera, styra och leda i
samverkan*, chapter "Åtta exempel på samverkan" and the boxes "Exempel på …" in chapters 2 and 4;
and the talk *Att styra i territoriet*. Facts from general knowledge (for example which
municipalities make up a county when the text only says "all municipalities") are marked [allmän
kännedom] in the source notes. People and logins are invented and marked as invented
(`Person.is_invented`). Loaded by `manage.py seed_demo` only, never by migrations.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from actors.territory import organization_name

SOURCE = "SKR (2020): Att hantera komplexa samhällsutmaningar. Organisera, styra och leda i samverkan"
DEMO_PASSWORD = "samverkan-demo"

# The sources every app's demo data names, and the mark of what is invented.
SKR = "SKR (2020), Att hantera komplexa samhällsutmaningar"
TALK = "Föredraget Att styra i territoriet"
INVENTED = "[påhittat för demon]"


@dataclass(frozen=True)
class Org:
    name: str
    sector: str
    kind: str
    area: str = ""  # SCB code
    short_name: str = ""
    note: str = ""


def _kommun(code: str, short: str = "") -> Org:
    """The kommun with this SCB code, by its official name ("Falu kommun", never "Faluns kommun")."""
    return Org(organization_name(code), "municipality", "municipality", code, short)


def _region(code: str) -> Org:
    """The region of the county with this SCB code, by its official name ("Region Örebro län")."""
    return Org(organization_name(code), "region", "region", code)


def _authority(name: str, short: str = "") -> Org:
    return Org(name, "state", "authority", "00", short)


ORGS: dict[str, Org] = {
    o.name: o
    for o in [
        # Västra Götaland
        Org("Borås Stad", "municipality", "municipality", "1490", "Borås"),
        _kommun("1452"),  # Tranemo
        _kommun("1491"),  # Ulricehamn
        _region("14"),  # Västra Götalandsregionen
        Org(
            "Södra Älvsborgs Räddningstjänstförbund",
            "municipality",
            "network",
            "1490",
            "SÄRF",
            "Räddningstjänsten i Boråsområdet är ett kommunalförbund [allmän kännedom]; "
            "skriften säger 'Räddningstjänsten'.",
        ),
        # State authorities
        _authority("Skatteverket"),
        _authority("Säkerhetspolisen"),
        _authority("Kriminalvården"),
        _authority("Kronofogdemyndigheten", "Kronofogden"),
        _authority("Polismyndigheten", "Polisen"),
        _authority("Åklagarmyndigheten"),
        _authority("Arbetsförmedlingen"),
        _authority("Försäkringskassan"),
        _authority("Ekobrottsmyndigheten"),
        _authority("Migrationsverket"),
        _authority("Svenska ESF-rådet", "ESF-rådet"),
        Org("Länsstyrelsen i Blekinge län", "state", "authority", "10"),
        # Värmland
        _region("17"),  # Region Värmland
        *[
            _kommun(c)
            for c in [
                "1784",  # Arvika
                "1730",  # Eda
                "1782",  # Filipstad
                "1763",  # Forshaga
                "1764",  # Grums
                "1783",  # Hagfors
                "1761",  # Hammarö
                "1780",  # Karlstad
                "1715",  # Kil
                "1781",  # Kristinehamn
                "1762",  # Munkfors
                "1760",  # Storfors
                "1766",  # Sunne
                "1785",  # Säffle
                "1737",  # Torsby
                "1765",  # Årjäng
            ]
        ],
        Org("Sveriges Kommuner och Regioner", "other", "network", "00", "SKR"),
        # Örebro
        _region("18"),  # Region Örebro län
        *[
            _kommun(c)
            for c in [
                "1882",  # Askersund
                "1862",  # Degerfors
                "1861",  # Hallsberg
                "1863",  # Hällefors
                "1883",  # Karlskoga
                "1881",  # Kumla
                "1860",  # Laxå
                "1814",  # Lekeberg
                "1885",  # Lindesberg
                "1864",  # Ljusnarsberg
                "1884",  # Nora
                "1880",  # Örebro
            ]
        ],
        # Blekinge
        _region("10"),  # Region Blekinge
        Org(
            "Landstinget Blekinge",
            "region",
            "region",
            "10",
            "",
            "Landstinget gick 2019 upp i Region Blekinge [allmän kännedom]; skriften: 'dåvarande landsting'.",
        ),
        *[
            _kommun(c)
            for c in [
                "1080",  # Karlskrona
                "1082",  # Karlshamn
                "1081",  # Ronneby
                "1083",  # Sölvesborg
                "1060",  # Olofström
            ]
        ],
        Org("Blekinge tekniska högskola", "academia", "university", "1080", "BTH"),
        Org(
            "Studiefrämjandet",
            "civil_society",
            "association",
            "00",
            "",
            "Studieförbund; gick in med resurser i projektet 'seniorer i skolan'.",
        ),
        # Kronoberg
        _region("07"),  # Region Kronoberg
        *[
            _kommun(c)
            for c in [
                "0764",  # Alvesta
                "0761",  # Lessebo
                "0781",  # Ljungby
                "0767",  # Markaryd
                "0763",  # Tingsryd
                "0760",  # Uppvidinge
                "0780",  # Växjö
                "0765",  # Älmhult
            ]
        ],
        Org("Linnéuniversitetet", "academia", "university", "0780"),
        # Norrbotten
        *[
            _kommun(c)
            for c in [
                "2581",  # Piteå
                "2560",  # Älvsbyn
                "2582",  # Boden
                "2514",  # Kalix
                "2580",  # Luleå
            ]
        ],
    ]
}

VARMLAND = [n for n in ORGS if n.endswith("kommun") and ORGS[n].area.startswith("17")]
OREBRO = [n for n in ORGS if n.endswith("kommun") and ORGS[n].area.startswith("18")]
BLEKINGE = [n for n in ORGS if n.endswith("kommun") and ORGS[n].area.startswith("10")]
KRONOBERG = [n for n in ORGS if n.endswith("kommun") and ORGS[n].area.startswith("07")]


@dataclass(frozen=True)
class Example:
    slug: str
    name: str
    summary: str
    problem: str
    why_joint: str
    drivers: list[str]
    themes: list[str]
    targets: list[str]
    areas: list[str]
    stage: str
    status: str
    start: datetime.date | None
    end: datetime.date | None
    visibility: str
    coordinator: str
    parties: list[tuple[str, str]]  # (organization, role)
    source_note: str
    ended: dict[str, datetime.date] = field(default_factory=dict)


def d(year: int, month: int = 1, day: int = 1) -> datetime.date:
    return datetime.date(year, month, day)


EXAMPLES: list[Example] = [
    Example(
        slug="boras-myndighetssamverkan-trygghet",
        name="Lokal myndighetssamverkan i Borås för trygghet, rättvisa och demokrati",
        summary="Borås Stad leder en samverkan med statliga myndigheter, regionen och grannkommuner mot "
        "kriminalitet, oegentligheter och korruption. Samverkansgruppen träffas varje månad under sekretess.",
        problem="Förhindra långsiktigt och strategiskt att kriminalitet, oegentligheter och korruption får fäste i "
        "Borås stads verksamheter och i Boråsområdet.",
        why_joint="Brottsligheten berör många myndigheters ansvar och regelverk. Berörda myndigheter behöver träffas "
        "och utbyta information med respekt för sekretesslagstiftningen; varje myndighets kompetens och "
        "erfarenhet behövs för att samverka mot gemensamma mål.",
        drivers=["beyond_one_actor", "good_experience"],
        themes=["crime"],
        targets=["16.1", "16.5"],
        areas=["1490", "1452", "1491"],
        stage="running",
        status="active",
        start=d(2016),
        end=None,
        visibility="named",
        coordinator="Borås Stad",
        parties=[
            (n, "party")
            for n in [
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
        ],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' och 'Exempel på ledning' (Borås). Avsiktsförklaring; "
        "Centrum för kunskap och säkerhet (CKS) inrättades 2016. Västra Götalandsregionen deltar genom "
        "Södra Älvsborgs sjukhus. Synligheten 'namngivna organisationer' är vald för demon eftersom "
        "samverkan sker under sekretess.",
    ),
    Example(
        slug="nya-perspektiv-varmland",
        name="Nya perspektiv – Värmland",
        summary="Region Värmland och länets kommuner tar gemensamt ansvar för god och jämlik hälsa, med ett politiskt "
        "inriktningsdokument som fastställs varje år.",
        problem="Kommunernas och regionens gemensamma ansvar för god och jämlik hälsa i Värmland, i sex utmaningar "
        "(bland dem barnalivet, ungdomslivet, vuxenlivet och äldrelivet).",
        why_joint="Hälsan beror på både kommunernas och regionens verksamheter – skola, socialtjänst och hälso- och "
        "sjukvård. Politiker och tjänstepersoner fick gehör för att samverkan var nödvändig för förändring.",
        drivers=["beyond_one_actor", "efficiency"],
        themes=["health", "children_youth"],
        targets=["3.4", "10.2"],
        areas=["17", *[ORGS[n].area for n in VARMLAND]],
        stage="running",
        status="active",
        start=d(2007),
        end=None,
        visibility="public",
        coordinator="Region Värmland",
        parties=[*[(n, "party") for n in VARMLAND], ("Sveriges Kommuner och Regioner", "partner")],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (Nya perspektiv). Startade 2007 med stöd av SKR. "
        "Kommunerna nämns inte vid namn i skriften; listan över Värmlands 16 kommuner är [allmän kännedom].",
    ),
    Example(
        slug="business-region-orebro",
        name="Business Region Örebro (BRO)",
        summary="Regionens samverkansplattform för näringslivsfrågor: Region Örebro län och länets tolv kommuner "
        "arbetar för fler etableringar och tillväxt.",
        problem="Skapa tillväxt genom att få fler företag att starta, etablera sig och växa i regionen.",
        why_joint="Varje enskild etablering ses som ett gemensamt lyft för hela regionen; företagen ska mötas av en "
        "dörr in. Ingen kommun ensam kan erbjuda det en region kan.",
        drivers=["good_experience", "all_gain", "beyond_one_actor"],
        themes=["business"],
        targets=["8.3", "9.2"],
        areas=["18", *[ORGS[n].area for n in OREBRO]],
        stage="running",
        status="active",
        start=d(2015),
        end=None,
        visibility="public",
        coordinator="Region Örebro län",
        parties=[(n, "party") for n in OREBRO],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (BRO). Samverkansavtal mellan Region Örebro län och "
        "alla tolv kommuner; Region Örebro län är huvudman och finansierar hälften; Örebro kommun leder "
        "det operativa arbetet genom ett uppdragsavtal. Permanent verksamhet sedan 2015.",
    ),
    Example(
        slug="blekinge-unga-lyfter",
        name="Blekinges unga lyfter – kraftsamling för halverad ungdomsarbetslöshet",
        summary="Region Blekinge samlade kommunerna, Arbetsförmedlingen, Länsstyrelsen och Blekinge tekniska "
        "högskola för att halvera ungdomsarbetslösheten till 2017.",
        problem="Hög ungdomsarbetslöshet bland unga kvinnor och män 15–29 år, efter nedläggningen av "
        "försvarsindustrin och krisen i fordonsindustrin, och en allmän misstro mellan samhällsaktörer.",
        why_joint="Arbetsmarknad, utbildning och kommunernas verksamheter behövs tillsammans; ingen aktör kan ensam "
        "ge unga en dörr in till arbete och studier.",
        drivers=["sudden_event", "beyond_one_actor"],
        themes=["employment", "education", "gender_equality"],
        targets=["8.5", "8.6"],
        areas=["10", *[ORGS[n].area for n in BLEKINGE]],
        stage="ended",
        status="closed",
        start=d(2013),
        end=d(2018, 12, 31),
        visibility="public",
        coordinator="Region Blekinge",
        parties=[
            *[(n, "party") for n in BLEKINGE],
            ("Arbetsförmedlingen", "party"),
            ("Länsstyrelsen i Blekinge län", "party"),
            ("Blekinge tekniska högskola", "party"),
            ("Landstinget Blekinge", "party"),
            ("Svenska ESF-rådet", "funder"),
        ],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (Blekinge) och föredraget 'Att styra i territoriet'. "
        "Projektet pågick 2013–2018 med regionala tillväxtmedel, statligt krisstöd och medel från "
        "Europeiska socialfonden; uppföljaren Mind the Gap avslutades 2020. Kommunerna nämns inte vid "
        "namn; Blekinges fem kommuner är [allmän kännedom].",
        ended={"Landstinget Blekinge": d(2018, 12, 31)},
    ),
    Example(
        slug="karlskronakommissionen",
        name="Karlskronakommissionen för social hållbarhet",
        summary="Karlskrona kommun samordnade insatserna för social hållbarhet med fokus på barn och unga, "
        "tillsammans med regionen och polisen.",
        problem="Skapa de bästa förutsättningarna för en bra start i livet för alla barn och unga i kommunen och "
        "lägga grunden för ett socialt hållbart Karlskrona.",
        why_joint="Kommissionens uppdrag berörde flera av kommunens verksamheter men även flera andra aktörer; man "
        "ville ta ett helhetsgrepp och mäta de samlade effekterna.",
        drivers=["good_experience", "beyond_one_actor"],
        themes=["children_youth", "health", "crime"],
        targets=["3.4", "16.1"],
        areas=["1080"],
        stage="follow_up",
        status="active",
        start=d(2015),
        end=d(2017, 12, 31),
        visibility="public",
        coordinator="Karlskrona kommun",
        parties=[("Region Blekinge", "party"), ("Polismyndigheten", "party"), ("Studiefrämjandet", "partner")],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (Karlskrona). Kommissionen pågick 2015–2017 och "
        "resulterade i en strategi och handlingsplan för ett socialt hållbart Karlskrona.",
    ),
    Example(
        slug="barnens-basta-galler-kronoberg",
        name="Barnens bästa gäller – i Kronoberg",
        summary="Region Kronoberg och länets åtta kommuner skapar en trygg uppväxt för varje barn genom främjande, "
        "tidiga och samordnade insatser, inspirerade av Skottlandsmodellen.",
        problem="Skapa en trygg och säker uppväxt för varje barn genom främjande, tidiga och samordnade insatser, "
        "med utgångspunkt i barnets behov och inte i hur myndigheterna är organiserade.",
        why_joint="Barnets behov går över hälso- och sjukvård, skola, socialtjänst och polis; ingen av dem kan ensam "
        "ge samordnade insatser.",
        drivers=["beyond_one_actor", "good_experience"],
        themes=["children_youth", "health"],
        targets=["3.4", "4.2", "16.2"],
        areas=["07", *[ORGS[n].area for n in KRONOBERG]],
        stage="running",
        status="active",
        start=None,
        end=None,
        visibility="public",
        coordinator="Region Kronoberg",
        parties=[
            *[(n, "party") for n in KRONOBERG],
            ("Polismyndigheten", "partner"),
            ("Linnéuniversitetet", "partner"),
        ],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (Kronoberg) och föredraget: likalydande beslut i alla "
        "kommuners nämnder och i regionen; samfinansieras av regionen och de åtta kommunerna enligt en "
        "särskild modell. Kommunerna nämns inte vid namn; listan är [allmän kännedom].",
    ),
    Example(
        slug="business-region-kronoberg",
        name="Business Region Kronoberg (BRK)",
        summary="Region Kronoberg och kommunernas näringslivschefer samverkar för bättre förutsättningar för "
        "företagande och ett attraktivt Kronoberg.",
        problem="Skapa bättre förutsättningar för företagande, främja tillväxten och medverka till att skapa ett "
        "attraktivt Kronoberg.",
        why_joint="Näringslivsarbetet i länets kommuner och regionens utvecklingsansvar behöver samordnas för att "
        "nå målen i den regionala utvecklingsstrategin Gröna Kronoberg 2025.",
        drivers=["beyond_one_actor", "all_gain"],
        themes=["business"],
        targets=["8.3"],
        areas=["07", *[ORGS[n].area for n in KRONOBERG]],
        stage="running",
        status="active",
        start=d(2019),
        end=None,
        visibility="participants",
        coordinator="Region Kronoberg",
        parties=[(n, "party") for n in KRONOBERG],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (BRK). Startade 2019; regionen är sammankallande och "
        "finansierar arbetet; nätverket träffas varje månad. Synligheten 'deltagare' är vald för demon.",
    ),
    Example(
        slug="pitea-alvsbyn-femkanten",
        name="Piteå kommun – samverkan med Älvsbyn och i Femkanten",
        summary="Piteå samverkar sedan flera år i Femkanten (Piteå, Boden, Kalix, Luleå, Älvsbyn) och antog 2013 "
        "riktlinjer för ökad samverkan med Älvsbyns kommun som strategisk part.",
        problem="Minska kostnader, minska sårbarhet, säkra kompetens, öka kvalitet och öka attraktivitet – och stärka "
        "regionen.",
        why_joint="Ett högre mervärde skapas gemensamt än var och en för sig; den geografiska närheten är den "
        "starkaste faktorn.",
        drivers=["efficiency", "all_gain", "good_experience"],
        themes=["planning"],
        targets=["17.17"],
        areas=["2581", "2560", "2582", "2514", "2580"],
        stage="running",
        status="active",
        start=d(2013),
        end=None,
        visibility="public",
        coordinator="Piteå kommun",
        parties=[
            ("Älvsbyns kommun", "party"),
            ("Bodens kommun", "partner"),
            ("Kalix kommun", "partner"),
            ("Luleå kommun", "partner"),
        ],
        source_note=f"{SOURCE}, 'Åtta exempel på samverkan' (Piteå). Skriften anger ingen samordnande part; Piteå är "
        "samordnande part i demon eftersom Piteå antog riktlinjerna 2013.",
    ),
]


@dataclass(frozen=True)
class DemoUser:
    email: str
    first_name: str
    last_name: str
    title: str
    organization: str
    roles: list[tuple[str, str]]  # (collaboration slug, role kind)
    is_admin: bool = False
    description: str = ""


DEMO_USERS: list[DemoUser] = [
    DemoUser(
        "admin@samverkan.example",
        "Alva",
        "Admin",
        "Plattformsadministratör",
        "Sveriges Kommuner och Regioner",
        [],
        is_admin=True,
        description="Plattformsadministratör: ser allt",
    ),
    DemoUser(
        "samordnare@regionorebrolan.example",
        "Sara",
        "Lindqvist",
        "Samordnare, regional utveckling",
        "Region Örebro län",
        [("business-region-orebro", "coordinator")],
        description="Samordnare för Business Region Örebro",
    ),
    DemoUser(
        "naringsliv@orebro.example",
        "Johan",
        "Berg",
        "Näringslivschef",
        "Örebro kommun",
        [("business-region-orebro", "representative")],
        description="Aktörsrepresentant (Örebro kommun) i BRO",
    ),
    DemoUser(
        "kommunalrad@kumla.example",
        "Eva",
        "Holm",
        "Kommunalråd",
        "Kumla kommun",
        [("business-region-orebro", "steering_member")],
        description="Ledamot i BRO:s styrgrupp",
    ),
    DemoUser(
        "analytiker@regionorebrolan.example",
        "Omar",
        "Nilsson",
        "Analytiker",
        "Region Örebro län",
        [("business-region-orebro", "analyst")],
        description="Analytiker i BRO",
    ),
    DemoUser(
        "lasare@karlskoga.example",
        "Lena",
        "Ek",
        "Handläggare",
        "Karlskoga kommun",
        [("business-region-orebro", "reader")],
        description="Läsare i BRO",
    ),
    DemoUser(
        "cks@boras.example",
        "Mikael",
        "Andersson",
        "Chef, Centrum för kunskap och säkerhet",
        "Borås Stad",
        [("boras-myndighetssamverkan-trygghet", "coordinator")],
        description="Samordnare för Borås myndighetssamverkan (sekretess)",
    ),
    DemoUser(
        "enhetschef@migrationsverket.example",
        "Leila",
        "Haddad",
        "Enhetschef",
        "Migrationsverket",
        [("boras-myndighetssamverkan-trygghet", "representative")],
        description="Part i Borås samverkansgrupp, men inte i undergruppen under sekretess",
    ),
    DemoUser(
        "samordnare@regionblekinge.example",
        "Karin",
        "Persson",
        "Projektledare",
        "Region Blekinge",
        [("blekinge-unga-lyfter", "coordinator"), ("karlskronakommissionen", "analyst")],
        description="Samordnare för Blekinges unga lyfter",
    ),
    DemoUser(
        "processledare@kronoberg.example",
        "Anders",
        "Svensson",
        "Processledare",
        "Region Kronoberg",
        [("barnens-basta-galler-kronoberg", "coordinator"), ("business-region-kronoberg", "coordinator")],
        description="Processledare för Barnens bästa gäller och BRK",
    ),
    DemoUser(
        "koordinator@regionvarmland.example",
        "Maria",
        "Olsson",
        "Koordinator Nya perspektiv",
        "Region Värmland",
        [("nya-perspektiv-varmland", "coordinator")],
        description="Koordinator för Nya perspektiv (ser inte Borås)",
    ),
    DemoUser(
        "kommunledning@karlskrona.example",
        "Per",
        "Johansson",
        "Kommundirektör",
        "Karlskrona kommun",
        [("karlskronakommissionen", "coordinator")],
        description="Samordnare för Karlskronakommissionen",
    ),
    DemoUser(
        "kommunchef@pitea.example",
        "Ingrid",
        "Lund",
        "Kommunchef",
        "Piteå kommun",
        [("pitea-alvsbyn-femkanten", "coordinator")],
        description="Samordnare för Piteå–Älvsbyn",
    ),
]
