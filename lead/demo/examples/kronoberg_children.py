"""The leading of Barnens bästa gäller: the styrgrupp of leading heads of administration meets quarterly
(invented: the source gives no rhythm) with the process leaders' report. Facts from SKR (2020) and the
talk, the rest invented and marked (see `lead.demo.specs`)."""

from lead.demo.specs import (
    INVENTED,
    SKR,
    TALK,
    Assignment,
    Attend,
    BodyLead,
    Decision,
    Item,
    Lead,
    Meeting,
    Series,
    Update,
    Who,
    d,
    t,
)

SLUG = "barnens-basta-galler-kronoberg"

CHAIR = Who("Region Kronoberg", "Hälso- och sjukvårdsdirektör")
PROCESS_LEADER = Who("Region Kronoberg", "Processledare", body="arbetsgrupp-hos")

SHARED_PLAN = Assignment(
    "bbg-samordnad-plan",
    "Ta fram en gemensam mall för samordnad plan kring barnet enligt Skottlandsmodellen",
    f"Skottlandsmodellen 'är en evidensbaserad modell för samverkan kring barn och unga' ({SKR}, kap. 4); "
    f"uppdraget och datumen {INVENTED}.",
    PROCESS_LEADER,
    d(2027, 3, 31),
    [Update(d(2026, 9, 11), "in_progress")],
)

STYRGRUPP = Series(
    "styrgrupp",
    "quarterly",
    f"{TALK}: 'Styrgrupp med ledande förvaltningschefer, gemensamt ägande o tydliga signaler'. Att den träffas "
    f"varje kvartal, datumen och platsen {INVENTED}.",
    first=d(2025, 3, 11),
    count=12,
    start_time=t(13),
    end_time=t(15, 30),
    place=f"Region Kronoberg, Växjö {INVENTED}",
    chair=CHAIR,
    agenda=[
        Item(
            "Rapport från processledarna och arbetsgrupperna",
            "information",
            f"'Det finns två processledare på Region Kronoberg som ansvarar för den länsövergripande processen' "
            f"({SKR}, kap. 4).",
            presenter=PROCESS_LEADER,
        ),
        Item(
            "Gemensamma arbetssätt och modeller: utgå från barnets behov",
            "discussion",
            f"'utgå från barnets behov istället för att försöka anpassa sig till de olika myndigheternas "
            f"organisationer' ({SKR}, kap. 4).",
        ),
    ],
    meetings={
        d(2026, 6, 11): Meeting(
            items=[
                Item(
                    "Samordnad plan kring barnet",
                    "decision",
                    f"{INVENTED}",
                    presenter=CHAIR,
                    minutes=f"Styrgruppen gav processledarna uppdraget. {INVENTED}",
                    decisions=[
                        Decision(
                            "Styrgruppen ger processledarna i uppdrag att ta fram en gemensam mall för samordnad "
                            "plan kring barnet.",
                            "Processledarnas uppdrag",
                            f"Skottlandsmodellen ({SKR}, kap. 4); beslutet {INVENTED}.",
                            assignments=[SHARED_PLAN],
                        )
                    ],
                )
            ],
            attendance=[Attend(Who("Polismyndigheten", "Lokalpolisområdeschef"))],
        ),
    },
)

LEAD = Lead(
    "BBG",
    f"Förkortningen BBG {INVENTED}.",
    bodies={
        "forum": BodyLead("KF", f"Förkortningen KF {INVENTED}."),
        "styrgrupp": BodyLead("SG", f"Förkortningen SG {INVENTED}."),
        "tvargrupp": BodyLead("TG", f"Förkortningen TG {INVENTED}."),
    },
    series=[STYRGRUPP],
)
