"""The work of Business Region Kronoberg: the joint action plan "som kontinuerligt uppdateras", in two
versions (the second after the follow-up of 2025, with the joint advice for new businesses added as a
pilot), and Växjö kommun's own plan. Facts from SKR (2020), the rest invented and marked (see
`work.demo.specs`)."""

from work.demo.specs import (
    INVENTED,
    SKR,
    Activity,
    Competence,
    Group,
    Note,
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

SLUG = "business-region-kronoberg"

PLAN_QUOTE = (
    f"{SKR}, exempel 7: 'En särskild handlingsplan har tagits fram som kontinuerligt uppdateras.' Kap. 4: 'Nätverket "
    "träffas löpande varje månad och arbetet utgår ifrån en handlingsplan som kontinuerligt uppdateras.'"
)

WORK = Work(
    plans=[
        Plan(
            "",
            "BRK:s handlingsplan",
            2019,
            f"{PLAN_QUOTE} Versionerna och deras datum {INVENTED}.",
            description="Den gemensamma handlingsplanen för nätverket av regionen och kommunernas näringslivschefer; "
            "uppdateras kontinuerligt.",
            activities=[
                Activity(
                    "Månatliga nätverksmöten för näringslivscheferna",
                    Who("Region Kronoberg", "Processledare"),
                    ["foretagande"],
                    f"{PLAN_QUOTE} Region Kronoberg är sammankallande ({SKR}, exempel 7).",
                    start=d(2019, 2, 1),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(400), "ongoing", "Nätverket har träffats varje månad utom i juli."),
                        Note(ago(28), "ongoing", "Novembermötet: uppföljning av fokusområdena."),
                    ],
                    groups=[
                        Group("companies", "informed", "Företag i Kronobergs län", "Nyhetsbrev fyra gånger om året.")
                    ],
                ),
                Activity(
                    "Gemensam nyföretagarrådgivning i alla åtta kommuner",
                    Who("Ljungby kommun", "Näringslivschef"),
                    ["nyforetagande"],
                    f"Uppföljningen 2025 föreslog det och beslutade att ta in det i nästa uppdatering av "
                    f"handlingsplanen (steer-demon). Piloten {INVENTED}.",
                    own=True,
                    start=d(2025, 9, 1),
                    knowledge_basis="innovation",
                    pilot=Pilot(
                        "Ljungby, Alvesta och Markaryd",
                        3,
                        "Hur många som får rådgivning, hur många av dem som startar företag inom ett år, och om "
                        "rådgivarna kan dela på kommunerna.",
                        ago(-150),
                    ),
                    notes=[Note(ago(120), "ongoing", "Rådgivning en dag i veckan i varje pilotkommun.")],
                    competences=[
                        Competence("Nyföretagarrådgivning", "Ljungby kommun"),
                        Competence("Finansiering för nya företag", "", "Ingen part har det; banker tillfrågas."),
                    ],
                    groups=[
                        Group("companies", "co_creating", "Blivande företagare", "Utvärderingsenkät efter varje träff.")
                    ],
                    resources=[Resource(2026, money=dec("250000"), fte=dec("0.6"), note="Rådgivarnas tid.")],
                    after_version=1,
                ),
            ],
            versions=[
                Version(d(2024, 3, 1), f"Handlingsplanen efter diskussionen om fokusområdena. {INVENTED}"),
                Version(
                    d(2025, 8, 20),
                    f"Uppdaterad efter uppföljningen 2025: gemensam nyföretagarrådgivning. {INVENTED}",
                ),
            ],
        ),
        Plan(
            "Växjö kommun",
            "Växjö kommuns handlingsplan för BRK 2025–2027",
            2025,
            f"Planen {INVENTED}; den hör till Växjö kommuns näringslivsprogram i steer-demon.",
            end_year=2027,
            activities=[
                Activity(
                    "Kompetensförsörjning: gemensam insats med länets gymnasieskolor",
                    Who("Växjö kommun", "Näringslivschef"),
                    ["kompetens", "foretagande"],
                    f"Fokusområdet kompetensförsörjning (steer-demon); aktiviteten {INVENTED}.",
                    own=True,
                    start=d(2026, 1, 15),
                    end=d(2027, 6, 30),
                    knowledge_basis="proven",
                    notes=[Note(ago(60), "planned", "Förankras i nätverket innan start.")],
                    competences=[
                        Competence("Studie- och yrkesvägledning", "Växjö kommun"),
                        Competence("Kontakt med gymnasieskolornas programråd", "", "Saknas i nätverket."),
                    ],
                    groups=[
                        Group("pupils", "consulted", "Gymnasieelever i Kronoberg", "Workshop med två klasser."),
                        Group("employers", "co_creating", "Arbetsgivare som behöver yrkesutbildade"),
                    ],
                )
            ],
            versions=[
                Version(
                    ago(400),
                    f"Första versionen. {INVENTED}",
                    "kommunstyrelse",
                    "Kommunstyrelsen i Växjö",
                    ago(380),
                    "KS 2025/233",
                )
            ],
        ),
    ],
)
