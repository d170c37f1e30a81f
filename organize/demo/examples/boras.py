"""The formal basis of Borås' local authority collaboration for safety (under secrecy): facts from
SKR (2020) and the talk, the rest invented and marked (see `organize.demo`)."""

from collaborations.demo import d
from organize.demo.specs import (
    BORAS_PARTIES,
    INVENTED,
    SKR,
    TALK,
    AgreementSpec,
    BodySpec,
    Formal,
    Seat,
    adopted_by_all,
    council_of,
)

SLUG = "boras-myndighetssamverkan-trygghet"

FORMAL = Formal(
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
                *adopted_by_all(
                    [p for p in BORAS_PARTIES if p != "Ulricehamns kommun"], council_of, d(2016, 9, 12), "2016"
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
)
