"""The work of Karlskronakommissionen in its follow-up stage: Karlskrona kommun's action plan from the
commission's strategy, and Studiefrämjandet's support for seniors in school, "livskraftigt i 19 år", with a
project coordinator employed. Facts from SKR (2020), the rest invented and marked (see `work.demo.specs`)."""

from work.demo.specs import (
    INVENTED,
    SKR,
    Activity,
    Competence,
    Group,
    Note,
    Person,
    Plan,
    Resource,
    Version,
    Who,
    Work,
    ago,
    d,
    dec,
)

SLUG = "karlskronakommissionen"

SENIORS_QUOTE = (
    f"{SKR}, kap. 4, 'Exempel på aktiviteter i samverkan': 'I ett av Karlskronas projekt kring social hållbarhet "
    "har frivilligarbetet med seniorer i skolan haft stor betydelse. För att fånga upp nya och stödja befintliga "
    "frivilliga har studiefrämjandet gått in med resurser för att strukturera arbetet och erbjuda utbildningar för "
    "dem som engagerar sig. En projektsamordnare för arbetet har anställts. Detta stöd har bidragit till att "
    "arbetet med seniorer i skolan har funnits och varit livskraftigt i 19 år.'"
)
COORDINATOR = Who("Studiefrämjandet", "Projektsamordnare, seniorer i skolan")
SCHOOL = Who("Karlskrona kommun", "Representant, utbildningsförvaltningen")

WORK = Work(
    people=[
        Person(
            "Birgitta",
            "Rosén",
            "Studiefrämjandet",
            "Projektsamordnare, seniorer i skolan",
            "projektsamordnare.seniorer@studieframjandet.example",
        )
    ],
    plans=[
        Plan(
            "Karlskrona kommun",
            "Handlingsplan för ett socialt hållbart Karlskrona",
            2017,
            f"{SKR}, exempel 5: kommissionen 'resulterade i en strategi och en handlingsplan för ett socialt hållbart "
            f"Karlskrona'. Planens innehåll anges inte; aktiviteterna och perioden {INVENTED}.",
            end_year=2030,
            description="Kommunens insatser för barn och unga efter Karlskronakommissionen, i linje med Vision "
            "Karlskrona 2030.",
            activities=[
                Activity(
                    "Läs- och språkscreening i förskoleklass",
                    SCHOOL,
                    ["tidiga"],
                    f"Aktiviteten {INVENTED}; den bygger på kommunens eget mål i steer-demon.",
                    description="Alla barn i förskoleklass erbjuds en screening; barn som behöver det får stöd av "
                    "specialpedagog och logoped redan under hösten.",
                    own=True,
                    start=d(2018, 8, 15),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(420), "ongoing", "Screeningen genomförd på alla skolor; 14 % av barnen fick stöd."),
                        Note(ago(60), "ongoing", "Höstens screening klar; logopedtiden räcker inte till alla skolor."),
                    ],
                    competences=[
                        Competence("Specialpedagogik", "Karlskrona kommun"),
                        Competence("Logoped för barn", "Region Blekinge", "Regionens logopeder, två dagar i månaden."),
                    ],
                    groups=[
                        Group("pupils", "informed", "Barn i förskoleklass i Karlskrona", "Screeningen i alla klasser."),
                        Group(
                            "parents", "consulted", "Vårdnadshavare", "Enkät till vårdnadshavarna efter screeningen."
                        ),
                    ],
                    resources=[Resource(2026, money=dec("400000"), fte=dec("0.8"), note="Specialpedagogernas tid.")],
                ),
                Activity(
                    "Samverkan kring unga i riskzon: skola, socialtjänst, polis och fritid",
                    Who("Polismyndigheten", "Kommunpolis"),
                    ["brott"],
                    f"Polisen sitter i kommissionens projektgrupp ({SKR}, exempel 5); aktiviteten {INVENTED}.",
                    description="Gemensamma träffar om unga som riskerar att dras in i brott, med vårdnadshavarnas "
                    "samtycke.",
                    start=d(2019, 1, 15),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(300), "ongoing", "Arbetssättet används på alla högstadieskolor."),
                        Note(ago(90), "paused", "Pausat under omorganisationen av lokalpolisområdet."),
                        Note(ago(25), "ongoing", "Återupptaget med ny kommunpolis."),
                    ],
                    competences=[
                        Competence("Socialtjänstens barn- och ungdomsenhet", "Karlskrona kommun"),
                        Competence("Stöd till unga med missbruk", "", "Ingen part har ännu tagit på sig det."),
                    ],
                    groups=[
                        Group("young", "consulted", "Unga 12–18 år i riskzon", "Samtal med de unga i varje ärende.")
                    ],
                ),
            ],
            versions=[
                Version(
                    ago(700),
                    f"Planen uppdaterad efter uppföljningen av strategin. {INVENTED}",
                    "kommunstyrelse",
                    "Kommunstyrelsen i Karlskrona",
                    ago(680),
                    "KS 2024/512",
                )
            ],
        ),
        Plan(
            "Studiefrämjandet",
            "Studiefrämjandets plan för seniorer i skolan",
            2017,
            f"{SENIORS_QUOTE} Planen som dokument och perioden {INVENTED}.",
            activities=[
                Activity(
                    "Seniorer i skolan: struktur, utbildning och samordning av frivilliga",
                    COORDINATOR,
                    ["tidiga", "bra_start"],
                    f"{SENIORS_QUOTE} Startåret är räknat bakåt från skriftens 19 år; de enskilda uppgifterna "
                    f"{INVENTED}.",
                    description="Studiefrämjandet fångar upp nya och stödjer befintliga frivilliga seniorer, "
                    "strukturerar arbetet och erbjuder utbildningar; en projektsamordnare är anställd.",
                    start=d(2001, 8, 20),
                    knowledge_basis="proven",
                    evidence_reference=f"Arbetet har funnits och varit livskraftigt i 19 år ({SKR}, kap. 4).",
                    notes=[
                        Note(ago(400), "ongoing", "Utbildningsdag för 24 nya seniorer."),
                        Note(ago(150), "ongoing", "Seniorer finns nu på alla högstadieskolor i kommunen."),
                        Note(ago(20), "ongoing", "Höstens handledningsträffar genomförda."),
                    ],
                    competences=[
                        Competence("Utbildning och handledning av frivilliga", "Studiefrämjandet"),
                        Competence("Introduktion i skolans arbete", "Karlskrona kommun", "Rektorerna."),
                    ],
                    groups=[
                        Group(
                            "volunteers",
                            "co_creating",
                            "Seniorer som frivilliga i skolan",
                            "Seniorerna planerar sina insatser med lärarna; 60 seniorer aktiva.",
                        ),
                        Group("pupils", "consulted", "Elever i årskurs 1–9 i Karlskrona", "Elevenkät varje vår."),
                    ],
                    resources=[
                        Resource(
                            2017,
                            money=dec("350000"),
                            money_actual=dec("340000"),
                            fte=dec("1.0"),
                            fte_actual=dec("1.0"),
                            note="Projektsamordnaren och utbildningarna, ur Studiefrämjandets avsatta resurser.",
                        ),
                        Resource(2026, money=dec("120000"), fte=dec("0.5"), note="Halvtid för samordnaren."),
                    ],
                )
            ],
            versions=[
                Version(
                    ago(720),
                    f"Planen för läsåret. {INVENTED}",
                    "styrelse",
                    "Studiefrämjandets avdelningsstyrelse",
                    ago(705),
                    "",
                )
            ],
        ),
    ],
)
