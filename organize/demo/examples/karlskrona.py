"""The formal basis of Karlskronakommissionen: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from decimal import Decimal

from collaborations.demo import d
from organize.demo.specs import (
    INVENTED,
    SKR,
    AgreementSpec,
    BodySpec,
    Formal,
    Seat,
)

SLUG = "karlskronakommissionen"

FORMAL = Formal(
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
            source_note=f"{SKR}, kap. 4: 'En politisk styrgrupp tillsattes för kommissionen'. Ledamöter {INVENTED}.",
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
)
