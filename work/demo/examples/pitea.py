"""The work of Piteå's collaboration with Älvsbyn: the pre-studies and investigations the steering group is
responsible for, each carried out by the head of the department concerned, and the project leader working
on the steering group's behalf. Facts from SKR (2020), the rest invented and marked (see
`work.demo.specs`)."""

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

SLUG = "pitea-alvsbyn-femkanten"

PRE_STUDIES = (
    f"{SKR}, kap. 4: 'I Piteå kommuns samverkan med Älvsbyns kommun finns en styrgrupp som ansvarar för att "
    "genomföra förstudier, utredningar och beslutsunderlag för samverkan. [...] För genomförande av förstudier och "
    "utredningar ansvarar berörda förvaltningschefer.'"
)
PITEA = "Piteå kommun"
ALVSBYN = "Älvsbyns kommun"
SERVICE_HEAD = Who(PITEA, "Förvaltningschef, servicecenter")
SOCIAL_HEAD = Who(ALVSBYN, "Förvaltningschef, socialförvaltningen")

WORK = Work(
    people=[
        Person("Tomas", "Lindström", PITEA, "Förvaltningschef, servicecenter", "servicecenter@pitea.example"),
        Person("Annika", "Öhman", ALVSBYN, "Förvaltningschef, socialförvaltningen", "socialchef@alvsbyn.example"),
    ],
    plans=[
        Plan(
            PITEA,
            "Piteå kommuns handlingsplan för samverkan med Älvsbyn 2026–2028",
            2026,
            f"{PRE_STUDIES} Planen och perioden {INVENTED}.",
            end_year=2028,
            activities=[
                Activity(
                    "Projektledning på uppdrag av styrgruppen",
                    Who(PITEA, "Projektledare för samverkan Piteå–Älvsbyn"),
                    ["starka"],
                    f"{SKR}, kap. 4: 'En projektledare arbetar på uppdrag av styrgruppen.' Läget {INVENTED}.",
                    own=True,
                    start=d(2026, 1, 1),
                    end=d(2028, 12, 31),
                    knowledge_basis="proven",
                    notes=[
                        Note(ago(70), "ongoing", "Två nya samverkansområden utreds i år, som det egna målet säger.")
                    ],
                    resources=[Resource(2026, money=dec("780000"), fte=dec("1.0"), fte_actual=dec("1.0"))],
                ),
                Activity(
                    "Förstudie: gemensam lönehantering",
                    SERVICE_HEAD,
                    ["kostnader"],
                    f"{PRE_STUDIES} Förstudien och dess resultat {INVENTED} (samma som i steer-demons uppföljning).",
                    own=True,
                    start=d(2026, 2, 1),
                    end=d(2026, 10, 31),
                    notes=[
                        Note(ago(280), "ongoing", "Förstudien startad; båda kommunernas lönekontor deltar."),
                        Note(
                            ago(40),
                            "done",
                            "Förstudien klar: högre kostnad för Piteå de första två åren. Lämnad till styrgruppen som "
                            "beslutsunderlag.",
                        ),
                    ],
                    competences=[
                        Competence("Lönehantering och lönesystem", PITEA),
                        Competence("Kostnadsanalys", ALVSBYN, "Älvsbyns ekonomichef."),
                    ],
                    groups=[Group("staff", "consulted", "Lönehandläggare i båda kommunerna", "Två workshoppar.")],
                ),
            ],
            versions=[
                Version(
                    ago(320),
                    f"Planen för 2026–2028. {INVENTED}",
                    "kommunstyrelse",
                    "Kommunstyrelsen i Piteå",
                    ago(300),
                    "KS 2026/19",
                )
            ],
        ),
        Plan(
            ALVSBYN,
            "Älvsbyns kommuns handlingsplan för samverkan med Piteå 2026–2028",
            2026,
            f"Planen {INVENTED}; skriften säger inget om beslut i Älvsbyn ({SKR}, exempel 8).",
            end_year=2028,
            activities=[
                Activity(
                    "Förstudie: gemensam kompetensförsörjning inom socialtjänsten",
                    SOCIAL_HEAD,
                    ["kompetens"],
                    f"{PRE_STUDIES} Förstudien {INVENTED}.",
                    start=d(2026, 9, 1),
                    end=d(2027, 3, 31),
                    notes=[Note(ago(50), "ongoing", "Kartläggning av vakanser i båda kommunerna.")],
                    competences=[
                        Competence("Socionomer med erfarenhet av barnutredningar", PITEA),
                        Competence("Rekryteringsanalys", "", "Ingen av kommunerna har det i dag."),
                    ],
                    groups=[Group("staff", "consulted", "Socialsekreterare i Älvsbyn och Piteå")],
                )
            ],
            versions=[Version(ago(310), f"Första versionen. {INVENTED}")],
        ),
    ],
)
