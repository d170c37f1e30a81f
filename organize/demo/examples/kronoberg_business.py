"""The formal basis of Business Region Kronoberg: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from decimal import Decimal

from collaborations.demo import d
from organize.demo.specs import (
    INVENTED,
    KRONOBERG_KOMMUNER,
    SKR,
    AgreementSpec,
    BodySpec,
    FinancingSpec,
    Formal,
    Seat,
    adopted_by_all,
)

SLUG = "business-region-kronoberg"

FORMAL = Formal(
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
            adoptions=adopted_by_all(
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
)
