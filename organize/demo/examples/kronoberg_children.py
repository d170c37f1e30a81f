"""The formal basis of Barnens bästa gäller in Kronoberg: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from decimal import Decimal

from organize.demo.specs import (
    INVENTED,
    KRONOBERG_KOMMUNER,
    SKR,
    TALK,
    AgreementSpec,
    BodySpec,
    FinancingSpec,
    Formal,
    Payer,
    Seat,
)

SLUG = "barnens-basta-galler-kronoberg"

FORMAL = Formal(
    agreements=[
        AgreementSpec(
            "identical_decisions",
            "Likalydande beslut om Barnens bästa gäller",
            # Neither the publication nor the talk says when the decisions were drafted or from when
            # they apply: the version's dates and validity are unknown (and shown so).
            versions=[
                {
                    "purpose": "Tillsammans skapa en trygg och säker uppväxt för varje barn genom främjande, "
                    "tidiga och samordnade insatser.",
                    "goals": "Utgå från barnets behov och inte från hur myndigheterna är organiserade; gemensamma "
                    "arbetssätt och modeller kring barn och unga (Skottlandsmodellen).",
                }
            ],
            # The talk says the decisions were taken, in every municipality's committees and in the
            # region, but not when nor which committees: adopted by a committee, on an unknown day.
            adoptions=[
                ("Region Kronoberg", "adopted", "namnd", "", None, ""),
                *[(k, "adopted", "namnd", "", None, "") for k in KRONOBERG_KOMMUNER],
            ],
            source_note=f"{TALK}: 'Likalydande beslut i alla kommuners nämnder och i regionen'. Vilka nämnder, "
            "vilket organ i regionen och när besluten togs anges inte: antagandena saknar datum.",
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
            seats=[
                Seat("Region Kronoberg", "Barnsjuksköterska"),
                Seat("Alvesta kommun", "Kurator"),
                Seat("Arbetsförmedlingen", "Arbetsförmedlare", outside_role="gäst, expert på unga utan sysselsättning"),
            ],
            convener="Region Kronoberg",
            chair_mode="none",
            source_note=f"{SKR}, kap. 4. Gästen från Arbetsförmedlingen, som inte är part, {INVENTED}.",
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
                source_note=f"{SKR}, kap. 4: 'en arbetsgrupp i varje berörd kommun samt en i hälso- och sjukvården'.",
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
        ),
        FinancingSpec(
            "Samfinansiering av Barnens bästa gäller",
            2027,
            "per_capita",
            Decimal("3200000.00"),
            payers=[
                Payer("Region Kronoberg", amount=Decimal("1200000.00")),
                *[(k, None) for k in KRONOBERG_KOMMUNER],
            ],
            population_year=2025,
            note=f"{SKR}: 'samfinansieras av Region Kronoberg och länets åtta kommuner enligt en särskild "
            f"modell'. Modellen (regionen ett fast belopp, kommunerna resten efter folkmängd) och beloppen "
            f"{INVENTED}.",
        ),
    ],
    resources=[
        {
            "organization": "Region Kronoberg",
            "year": 2026,
            "fte": Decimal("2.0"),
            "note": f"Två processledare (SKR 2020); heltid {INVENTED}.",
        },
    ],
)
