"""The formal basis of Business Region Örebro: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from decimal import Decimal

from collaborations.demo import d
from organize.demo.specs import (
    INVENTED,
    OREBRO_KOMMUNER,
    SKR,
    AgreementSpec,
    BodySpec,
    FinancingSpec,
    Formal,
    GroupSpec,
    Payer,
    Seat,
    adopted_by_all,
    council_of,
)

SLUG = "business-region-orebro"

FORMAL = Formal(
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
            adoptions=adopted_by_all(["Region Örebro län", *OREBRO_KOMMUNER], council_of, d(2014, 11, 3), "KS 2014"),
            source_note=f"{SKR}, exempel 3 och kap. 4: 'BRO regleras via ett samverkansavtal mellan Region "
            f"Örebro län och alla kommuner i Örebro län'. Beslutande organ, datum och diarienummer {INVENTED}.",
        ),
        AgreementSpec(
            "commission",
            "Uppdragsavtal: Örebro kommun leder BRO:s operativa arbete",
            commissioned="Örebro kommun",
            parties=["Region Örebro län", "Örebro kommun"],
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
            source_note=f"{SKR}, kap. 4 (BRO): avtalet är mellan Region Örebro län och Örebro kommun, som är "
            f"avtalets två parter; övriga kommuner antar det inte. Datum och diarienummer {INVENTED}.",
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
            "per_capita",
            Decimal("14000000.00"),
            payers=[Payer("Region Örebro län", percent=Decimal("50")), *[(k, None) for k in OREBRO_KOMMUNER]],
            population_year=2025,
            note=f"{SKR}: 'Region Örebro län finansierar verksamheten till hälften och resterande finansiering "
            f"kommer från de samverkande kommunerna enligt en särskild modell.' Beloppet och att kommunernas "
            f"hälft delas efter folkmängd är {INVENTED}.",
        ),
        FinancingSpec(
            "BRO enligt skriften: regionen hälften, kommunerna gemensamt resten",
            2026,
            "equal",
            None,
            payers=[
                Payer("Region Örebro län", percent=Decimal("50")),
                *[Payer(k, group="Kommunerna i Örebro län gemensamt") for k in OREBRO_KOMMUNER],
            ],
            population_year=2025,
            groups=[GroupSpec("Kommunerna i Örebro län gemensamt", "weighted", population_weight=Decimal("50"))],
            note="Skriften anger inget belopp: beloppen är okända, andelarna visas i procent. Kommunernas "
            f"'särskilda modell' är inte beskriven; att gruppen delar till hälften efter folkmängd och till "
            f"hälften lika är {INVENTED}.",
            is_invented=False,
            is_assumption=True,
            source_note=f"{SKR}, exempel 3: 'Region Örebro län finansierar verksamheten till hälften och "
            "resterande finansiering kommer från de samverkande kommunerna enligt en särskild modell.'",
            source_url="https://businessregionorebro.se/",
        ),
    ],
    resources=[
        {
            "organization": "Örebro kommun",
            "year": 2026,
            "fte": Decimal("5.0"),
            "fte_actual": Decimal("4.5"),
            "note": "Kansliet: verksamhetsledare, tre koordinatorer och en marknadskoordinator (SKR 2020). "
            f"Utfallet {INVENTED}.",
        },
    ],
)
