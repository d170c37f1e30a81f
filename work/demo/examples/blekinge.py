"""The work of Blekinges unga lyfter (2013–2018): Region Blekinge's plan with the navigator centres in every
municipality, "en dörr in" for all young people 15–29 (tried first as a pilot, evaluated and scaled up:
invented), Karlshamn's and Arbetsförmedlingen's own plans, and the follow-up Mind the Gap. The project has
ended, so its dates are fixed. Facts from SKR (2020), the rest invented and marked (see `work.demo.specs`)."""

from work.demo.specs import (
    INVENTED,
    SKR,
    TALK,
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
    d,
    dec,
)

SLUG = "blekinge-unga-lyfter"

NAVIGATOR_QUOTE = (
    f"{SKR}, kap. 4: 'En viktig del av genomförandet i ”Blekinge Unga lyfter” är navigatorcentrum som finns i "
    "alla kommuner i länet och som är ”en dörr in” för alla ungdomar 15–29 år. [...] Arbetsgivare deltar på olika "
    "sätt i de aktiviteter som sker i Navigatorcentrum.'"
)
PROJECT_LEAD = Who("Region Blekinge", "Projektledare")

WORK = Work(
    plans=[
        Plan(
            "Region Blekinge",
            "Region Blekinges handlingsplan för Blekinges unga lyfter 2013–2018",
            2013,
            f"{TALK}: 'Gemensam problemanalys och utvecklingsplan'; {SKR}, exempel 4. Regionens egen plan som "
            f"dokument {INVENTED}.",
            end_year=2018,
            activities=[
                Activity(
                    "Målgruppsanalys och tematiska analyser om arbetsmarknad och ohälsa",
                    PROJECT_LEAD,
                    ["halvera"],
                    f"{SKR}, kap. 4: 'Regionen tog fram en fördjupad målgruppsanalys samt ett antal tematiska analyser "
                    f"om arbetsmarknad och ohälsa.' Datumen {INVENTED}.",
                    start=d(2013, 2, 1),
                    end=d(2013, 10, 31),
                    knowledge_basis="proven",
                    notes=[
                        Note(d(2013, 5, 15), "ongoing", "Målgruppsanalysen klar; de tematiska analyserna pågår."),
                        Note(d(2013, 10, 30), "done", "Analyserna presenterade för Blekingerådet."),
                    ],
                    competences=[Competence("Arbetsmarknadsstatistik", "Arbetsförmedlingen")],
                    groups=[
                        Group("young_unemployed", "consulted", "Unga 15–29 år utan arbete", "Intervjuer med 40 unga.")
                    ],
                ),
                Activity(
                    "Navigatorcentrum i alla kommuner – en dörr in för unga 15–29 år",
                    PROJECT_LEAD,
                    ["delmal", "halvera"],
                    f"{NAVIGATOR_QUOTE} Att det prövades först som pilot i två kommuner, utvärderingen och datumen "
                    f"{INVENTED}.",
                    description="Alla unga kan få hjälp i länet, oavsett i vilken kommun de bor; stödet anpassas "
                    "efter var och ens behov och situation.",
                    start=d(2013, 9, 1),
                    end=d(2018, 12, 31),
                    knowledge_basis="innovation",
                    pilot=Pilot(
                        "Navigatorcentrum i Karlshamn och Ronneby",
                        2,
                        "Hur många unga som fick kontakt, hur många som gick till arbete eller studier inom "
                        "sex månader, och vad arbetsgivarna och de unga tyckte.",
                        d(2014, 10, 31),
                        evaluated_on=d(2014, 11, 20),
                        result=f"Sex av tio unga i piloten gick till arbete eller studier inom sex månader; "
                        f"arbetsgivarna vill delta mer. Införs i alla kommuner. {INVENTED}",
                        scaled_up_on=d(2015, 1, 15),
                    ),
                    notes=[
                        Note(d(2013, 9, 2), "ongoing", "Piloten startar i Karlshamn och Ronneby."),
                        Note(d(2015, 2, 2), "ongoing", "Navigatorcentrum öppet i alla fem kommuner."),
                        Note(d(2018, 12, 14), "done", "Projektet avslutas; kommunerna driver centren vidare."),
                    ],
                    competences=[
                        Competence("Arbetsmarknadskunskap och matchning", "Arbetsförmedlingen"),
                        Competence("Studie- och yrkesvägledning", "Karlshamns kommun"),
                        Competence("Stöd vid psykisk ohälsa", "", "Landstinget kunde inte avdela personal."),
                    ],
                    groups=[
                        Group(
                            "young",
                            "co_creating",
                            "Unga kvinnor och män 15–29 år i Blekinge",
                            "De unga utformar sin egen plan med navigatorn.",
                        ),
                        Group("employers", "consulted", "Arbetsgivare och lokalt näringsliv", NAVIGATOR_QUOTE),
                    ],
                    resources=[
                        Resource(
                            2014, money=dec("3500000"), money_actual=dec("3320000"), note="Regionala tillväxtmedel."
                        ),
                        Resource(2016, money=dec("6000000"), money_actual=dec("5900000"), note="Medel från ESF."),
                    ],
                ),
                Activity(
                    "Fortsättningsprojektet Mind the Gap",
                    PROJECT_LEAD,
                    ["mindthegap"],
                    f"{SKR}, exempel 4: 'Ett fortsättningsprojekt ”Mind the Gap”, även det finansierat av europeiska "
                    f"socialfonden avslutades under 2020.' Datumen och läget {INVENTED}.",
                    start=d(2018, 9, 1),
                    end=d(2020, 12, 31),
                    knowledge_basis="proven",
                    notes=[
                        Note(d(2018, 12, 14), "planned", "Ansökan till ESF beviljad; start efter årsskiftet."),
                        Note(d(2020, 12, 15), "done", "Projektet avslutat."),
                    ],
                    groups=[Group("young", "co_creating", "Unga 15–29 år som står längst från arbete")],
                ),
            ],
            versions=[
                Version(
                    d(2013, 3, 1),
                    f"Planen efter problemanalysen. {INVENTED}",
                    "regionstyrelse",
                    "Regionstyrelsen, Region Blekinge",
                    d(2013, 3, 20),
                    "RB 2013/118",
                )
            ],
        ),
        Plan(
            "Karlshamns kommun",
            "Karlshamns kommuns plan för unga utanför arbete och studier 2014–2018",
            2014,
            f"Planen {INVENTED}; navigatorcentrum i alla kommuner är ur {SKR}, kap. 4.",
            end_year=2018,
            activities=[
                Activity(
                    "Navigatorcentrum Karlshamn: kontakt inom 30 dagar",
                    Who("Karlshamns kommun", "Arbetsmarknadschef"),
                    ["delmal"],
                    f"{NAVIGATOR_QUOTE} Karlshamns eget mål och aktiviteten {INVENTED}.",
                    own=True,
                    start=d(2014, 1, 1),
                    end=d(2018, 12, 31),
                    knowledge_basis="proven",
                    notes=[
                        Note(d(2015, 6, 1), "ongoing", "Åtta av tio unga fick kontakt inom 30 dagar."),
                        Note(d(2018, 12, 10), "done", "Arbetssättet ingår nu i arbetsmarknadsenhetens uppdrag."),
                    ],
                    groups=[Group("young_unemployed", "co_creating", "Unga 15–29 år i Karlshamn")],
                    resources=[Resource(2015, fte=dec("3.0"), fte_actual=dec("2.5"), note="Tre navigatorer.")],
                )
            ],
            versions=[
                Version(
                    d(2014, 1, 10),
                    f"Första versionen. {INVENTED}",
                    "namnd",
                    "Arbetsmarknadsnämnden i Karlshamn",
                    d(2014, 2, 12),
                    "AMN 2014/7",
                )
            ],
        ),
        Plan(
            "Arbetsförmedlingen",
            "Arbetsförmedlingens plan för Blekinges unga lyfter 2014–2018",
            2014,
            f"Planen {INVENTED}; Arbetsförmedlingen är part i projektet ({SKR}, exempel 4).",
            end_year=2018,
            activities=[
                Activity(
                    "Arbetsförmedlare på plats i navigatorcentrum",
                    Who("Arbetsförmedlingen", "Sektionschef"),
                    ["delmal", "halvera"],
                    f"Kopplingen mellan navigatorcentrum och arbetslivet är ur {SKR}, kap. 4; aktiviteten {INVENTED}.",
                    own=True,
                    start=d(2014, 3, 1),
                    end=d(2018, 12, 31),
                    knowledge_basis="proven",
                    notes=[Note(d(2018, 12, 12), "done", "Arbetsförmedlare har funnits i alla fem centren.")],
                    competences=[Competence("Arbetsgivarkontakter", "Arbetsförmedlingen")],
                    groups=[Group("employers", "co_creating", "Arbetsgivare som tar emot unga på praktik")],
                    resources=[Resource(2016, fte=dec("5.0"), fte_actual=dec("5.0"), note="En förmedlare per kommun.")],
                )
            ],
            versions=[Version(d(2014, 2, 20), f"Planen för projekttiden. {INVENTED}")],
        ),
    ],
)
