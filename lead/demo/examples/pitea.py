"""The leading of Piteå's collaboration with Älvsbyn: the styrgrupp meets at least four times a year and is
responsible for förstudier, utredningar and beslutsunderlag; a project leader works on its behalf. Facts from
SKR (2020), the rest invented and marked (see `lead.demo.specs`)."""

from lead.demo.specs import (
    INVENTED,
    SKR,
    Approval,
    Assignment,
    Attend,
    BodyLead,
    Decision,
    Item,
    Lead,
    Meeting,
    Person,
    Series,
    Update,
    Who,
    d,
    t,
)

SLUG = "pitea-alvsbyn-femkanten"

PITEA = Who("Piteå kommun", "Kommunchef")
ALVSBYN = Who("Älvsbyns kommun", "Kommunchef")
PROJECT_LEADER = Who("Piteå kommun", "Projektledare för samverkan Piteå–Älvsbyn")

PAYROLL_STUDY = Assignment(
    "pitea-forstudie-lon",
    "Förstudie: gemensam löneadministration för Piteå och Älvsbyn",
    f"{SKR}, kap. 4: 'En projektledare arbetar på uppdrag av styrgruppen.' Förstudiens ämne och datum {INVENTED}.",
    PROJECT_LEADER,
    d(2025, 10, 31),
    [
        Update(d(2025, 5, 15), "in_progress"),
        Update(
            d(2025, 10, 27),
            "done",
            f"Förstudien visar att en gemensam lönenämnd kan minska sårbarheten i båda kommunerna. {INVENTED}",
        ),
    ],
)
PAYROLL_BASIS = Assignment(
    "pitea-beslutsunderlag-lon",
    "Beslutsunderlag till kommunstyrelserna om gemensam löneadministration",
    f"Styrgruppen ansvarar för beslutsunderlag för samverkan ({SKR}, kap. 4); uppdraget {INVENTED}.",
    Who("Älvsbyns kommun", "Chef, kommunledningsförvaltningen"),
    d(2027, 2, 28),
    [Update(d(2026, 2, 13), "in_progress")],
)
IT_STUDY = Assignment(
    "pitea-utredning-it",
    "Utredning: gemensam IT-drift",
    f"För genomförande av förstudier och utredningar ansvarar berörda förvaltningschefer ({SKR}, kap. 4); "
    f"utredningen {INVENTED}.",
    PROJECT_LEADER,
    d(2027, 5, 31),
)

STYRGRUPP = Series(
    "styrgrupp",
    "per_year",
    f"{SKR}, kap. 4: 'Styrgruppen träffas vid minst fyra tillfällen per år.' Datum, tider och plats {INVENTED}.",
    first=d(2025, 2, 13),
    count=12,
    per_year=4,
    start_time=t(9),
    end_time=t(12),
    place=f"Växelvis i Piteå stadshus och Älvsbyns kommunhus {INVENTED}",
    chair=PITEA,
    secretary=PROJECT_LEADER,
    agenda=[
        Item(
            "Pågående förstudier och utredningar",
            "discussion",
            f"Styrgruppen 'ansvarar för att genomföra förstudier, utredningar och beslutsunderlag för samverkan' "
            f"({SKR}, kap. 4).",
            presenter=PROJECT_LEADER,
        ),
        Item(
            "Beslutsunderlag för samverkan",
            "decision",
            f"({SKR}, kap. 4) Den sammanvägda nyttan, i stället för den enskilt bästa lösningen, ska vara styrande "
            f"(Piteås riktlinjer 2013, {SKR}, exempel 8).",
            presenter=PROJECT_LEADER,
        ),
        Item("Uppföljning av uppdrag", "follow_up", f"Styrgruppens uppdrag som inte är klara {INVENTED}."),
    ],
    guests=[PROJECT_LEADER],
    meetings={
        d(2025, 5, 15): Meeting(
            items=[
                Item(
                    "Ny förstudie: gemensam löneadministration",
                    "decision",
                    f"{INVENTED}",
                    presenter=PITEA,
                    minutes=f"Styrgruppen gav projektledaren i uppdrag att göra förstudien. {INVENTED}",
                    decisions=[
                        Decision(
                            "Styrgruppen ger projektledaren i uppdrag att genomföra en förstudie om gemensam "
                            "löneadministration.",
                            "Förstudier och utredningar",
                            f"{SKR}, kap. 4: 'En projektledare arbetar på uppdrag av styrgruppen.' Beslutet och "
                            f"förstudiens ämne {INVENTED}.",
                            assignments=[PAYROLL_STUDY],
                        )
                    ],
                )
            ],
            approvals=[Approval(ALVSBYN, d(2025, 5, 22))],
        ),
        d(2025, 11, 14): Meeting(
            items=[
                Item(
                    "Förstudien om gemensam löneadministration",
                    "decision",
                    f"Projektledarens rapport {INVENTED}.",
                    presenter=PROJECT_LEADER,
                    minutes=f"Förstudien redovisades; styrgruppen beslutade att gå vidare. {INVENTED}",
                    decisions=[
                        Decision(
                            "Styrgruppen beslutar att förstudien ska ligga till grund för ett beslutsunderlag till "
                            "kommunstyrelserna i Piteå och Älvsbyn.",
                            "Beslutsunderlag för samverkan",
                            f"Beslutet {INVENTED}.",
                        )
                    ],
                ),
                Item(
                    "Ny utredning: gemensam IT-drift",
                    "discussion",
                    f"{INVENTED}",
                    presenter=ALVSBYN,
                    assignments=[IT_STUDY],
                ),
            ],
            attendance=[Attend(Who("Älvsbyns kommun", "Chef, kommunledningsförvaltningen"))],
            approvals=[Approval(ALVSBYN, d(2025, 11, 21))],
        ),
        d(2026, 2, 13): Meeting(
            items=[
                Item(
                    "Beslutsunderlag om gemensam löneadministration",
                    "decision",
                    f"{INVENTED}",
                    presenter=PROJECT_LEADER,
                    decisions=[
                        Decision(
                            "Styrgruppen ger Älvsbyns kommun i uppdrag att ta fram beslutsunderlaget till "
                            "kommunstyrelserna.",
                            "Beslutsunderlag för samverkan",
                            f"Beslutet {INVENTED}.",
                            assignments=[PAYROLL_BASIS],
                        )
                    ],
                )
            ],
        ),
    },
)

LEAD = Lead(
    "PÄ",
    f"Förkortningen PÄ {INVENTED}.",
    bodies={"styrgrupp": BodyLead("SG", f"Förkortningen SG {INVENTED}.")},
    people=[
        Person(
            "Jonas",
            "Marklund",
            "Piteå kommun",
            "Projektledare för samverkan Piteå–Älvsbyn",
            "projektledare.samverkan@pitea.example",
        )
    ],
    series=[STYRGRUPP],
)
