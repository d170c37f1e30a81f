"""The formal basis of Region Värmland's Nya perspektiv: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from decimal import Decimal

from collaborations.demo import d
from organize.demo.specs import (
    INVENTED,
    SKR,
    VARMLAND_KOMMUNER,
    AgreementSpec,
    BodySpec,
    Formal,
    Seat,
    adopted_by_all,
    council_of,
)

SLUG = "nya-perspektiv-varmland"

FORMAL = Formal(
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
                *adopted_by_all(["Region Värmland", *VARMLAND_KOMMUNER[:-2]], council_of, d(2025, 11, 3), "2025"),
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
            "fte": Decimal("1.0"),
            "note": f"Koordinatorn för Nya perspektiv (SKR 2020); omfattningen {INVENTED}.",
        },
    ],
)
