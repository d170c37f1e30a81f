"""The work of Borås's local collaboration of authorities, under secrecy: Borås Stad's plan with the ocular
inspection in the field the group plans (a pilot, with what it will evaluate), the coordinated inspections
of the tax agency, and the police's own plan. The plans are as visible as the collaboration (named
organizations). Facts from SKR (2020), the rest invented and marked (see `work.demo.specs`)."""

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

SLUG = "boras-myndighetssamverkan-trygghet"

AGILE = (
    f"{SKR}, kap. 4: 'Genomförandet är agilt och operativt. Eftersom det sker under sekretess förs inte heller "
    "särskilda mötesanteckningar. Det innebär att det också är svårt att mäta effekterna av arbetet. Därför planeras "
    "för stunden okulär besiktning som ska ske i fält.'"
)
CKS = Who("Borås Stad", "Chef, Centrum för kunskap och säkerhet")

WORK = Work(
    plans=[
        Plan(
            "Borås Stad",
            "Borås Stads handlingsplan för myndighetssamverkan 2026",
            2026,
            f"{AGILE} Planen som dokument {INVENTED}.",
            end_year=2026,
            description="Centrum för kunskap och säkerhet (CKS) samordnar; bara samlade uppgifter skrivs här.",
            activities=[
                Activity(
                    "Okulär besiktning i fält",
                    CKS,
                    ["faste"],
                    f"{AGILE} Pilotens omfattning och vad den ska utvärdera {INVENTED}.",
                    own=True,
                    start=d(2026, 9, 1),
                    knowledge_basis="innovation",
                    pilot=Pilot(
                        "Två stadsdelar i Borås",
                        2,
                        "Om besiktningen i fält ger en bild av effekterna som stämmer med polisens lägesbild och de "
                        "anmälda brotten, och vad den kostar i tid.",
                        ago(-200),
                    ),
                    notes=[Note(ago(30), "planned", "Besiktningen planeras; de berörda parterna utsedda.")],
                    competences=[
                        Competence("Lägesbild av brottsligheten", "Polismyndigheten"),
                        Competence("Metod för systematisk besiktning", "", "Ingen part har en beprövad metod."),
                    ],
                    groups=[Group("residents", "informed", "Boende i de två stadsdelarna")],
                ),
                Activity(
                    "Samordnad kontroll av verksamheter i riskbranscher",
                    Who("Skatteverket", "Operativ chef"),
                    ["faste"],
                    f"De berörda parterna träffas när ett problem identifieras ({SKR}, kap. 4); "
                    f"aktiviteten {INVENTED}.",
                    start=d(2025, 3, 1),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(260), "ongoing", "Tre samordnade kontroller genomförda."),
                        Note(ago(45), "ongoing", "Kontrollerna fortsätter; resultat redovisas samlat."),
                    ],
                    competences=[
                        Competence("Skatte- och folkbokföringskontroll", "Skatteverket"),
                        Competence("Tillsyn av serveringstillstånd", "Borås Stad"),
                    ],
                    groups=[Group("companies", "informed", "Företag i de kontrollerade branscherna")],
                    resources=[Resource(2026, fte=dec("0.4"), note="Handläggartid vid kontrollerna.")],
                ),
            ],
            versions=[
                Version(
                    ago(330),
                    f"Planen för 2026. {INVENTED}",
                    "kommunstyrelse",
                    "Kommunstyrelsen i Borås",
                    ago(310),
                    "KS 2026/7",
                )
            ],
        ),
        Plan(
            "Polismyndigheten",
            "Polisens handlingsplan för Borås 2026",
            2026,
            f"Planen {INVENTED}; den hör till medborgarlöftet i steer-demon.",
            end_year=2026,
            activities=[
                Activity(
                    "Trygghetsvandringar i Borås centrum kvällstid",
                    Who("Polismyndigheten", "Operativ chef"),
                    ["trygghet"],
                    f"Aktiviteten {INVENTED}; den tjänar polisens eget mål i steer-demon.",
                    own=True,
                    start=d(2026, 2, 1),
                    end=d(2026, 11, 30),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(250), "ongoing", "Första vandringen med boende och fastighetsägare."),
                        Note(ago(5), "done", "Sista vandringen för året; belysningen åtgärdad på tre platser."),
                    ],
                    groups=[
                        Group("residents", "co_creating", "Boende och näringsidkare i centrum", "Åtta vandringar.")
                    ],
                )
            ],
            versions=[
                Version(
                    ago(320),
                    f"Planen för 2026. {INVENTED}",
                    "myndighetschef",
                    "Lokalpolisområdeschefen i Borås",
                    ago(318),
                    "",
                )
            ],
        ),
    ],
)
