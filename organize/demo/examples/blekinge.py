"""The formal basis of Blekinges unga lyfter: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from decimal import Decimal

from collaborations.demo import d
from organize.demo.specs import (
    BLEKINGE_KOMMUNER,
    INVENTED,
    SKR,
    TALK,
    AgreementSpec,
    BodySpec,
    FinancingSpec,
    Formal,
    Payer,
    Seat,
    adopted_by_all,
    council_of,
)

SLUG = "blekinge-unga-lyfter"

FORMAL = Formal(
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
            adoptions=adopted_by_all(
                [
                    "Region Blekinge",
                    *BLEKINGE_KOMMUNER,
                    "Arbetsförmedlingen",
                    "Länsstyrelsen i Blekinge län",
                    "Blekinge tekniska högskola",
                ],
                council_of,
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
            f"'Gemensamt ledningsansvar o ambulerande ordförandeskap'. Rotationens ordning och längd {INVENTED}. "
            f"{SKR}, exempel 4: projektet pågick 2013–2018; att rådet inrättades och avvecklades med projektet "
            "är ett antagande.",
            established_on=d(2013, 1, 1),
            closed_on=d(2018, 12, 31),
            closing_reason="Projektet Blekinges unga lyfter 2013–2018 avslutades.",
            is_assumption=True,
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
    financing=[
        FinancingSpec(
            "Kommunernas medfinansiering av Mind the Gap",
            2019,
            "fixed_shares",
            Decimal("1800000.00"),
            payers=[
                Payer("Karlskrona kommun", percent=Decimal("42.123456")),
                Payer("Karlshamns kommun", percent=Decimal("20.222222")),
                Payer("Ronneby kommun", percent=Decimal("18.654321"), paid_by="Region Blekinge"),
                Payer("Sölvesborgs kommun", percent=Decimal("11")),
                Payer("Olofströms kommun", percent=Decimal("8.000001")),
            ],
            note=f"{SKR}: projektet finansierades av Europeiska socialfonden. Kommunernas medfinansiering, "
            f"andelarna med sex decimaler och att Region Blekinge betalar Ronneby kommuns andel är {INVENTED}.",
        ),
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
)
