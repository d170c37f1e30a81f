"""The leading of Business Region Kronoberg: the network meets every month and works from an action plan
that is continuously updated. Facts from SKR (2020), the rest invented and marked (see `lead.demo.specs`)."""

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
    Series,
    Update,
    Who,
    d,
    t,
)

SLUG = "business-region-kronoberg"

PROCESS_LEADER = Who("Region Kronoberg", "Processledare")

PLAN_UPDATE = Assignment(
    "brk-handlingsplan-2026",
    "Uppdatera handlingsplanen med nätverkets nya fokusområde kompetensförsörjning",
    f"'arbetet utgår ifrån en handlingsplan som kontinuerligt uppdateras' ({SKR}, kap. 4); uppdraget och "
    f"fokusområdet {INVENTED}.",
    PROCESS_LEADER,
    d(2026, 4, 30),
    [
        Update(d(2026, 3, 16), "in_progress"),
        Update(d(2026, 4, 14), "done", f"Handlingsplanen är uppdaterad. {INVENTED}"),
    ],
)

NATVERK = Series(
    "natverk",
    "monthly",
    f"{SKR}, kap. 4: 'Nätverket träffas löpande varje månad och arbetet utgår ifrån en handlingsplan som "
    f"kontinuerligt uppdateras.' Datum, tider och plats {INVENTED}.",
    first=d(2025, 1, 14),
    count=36,
    start_time=t(9),
    end_time=t(11),
    place=f"Region Kronoberg, Växjö {INVENTED}",
    video_url="https://mote.example/brk-natverket",
    chair=PROCESS_LEADER,
    secretary=PROCESS_LEADER,
    agenda=[
        Item(
            "Handlingsplanen: läget i fokusområdena",
            "discussion",
            f"Fokusområdena 'har tagits fram i en gemensam diskussion kring utmaningar och prioriteringar' "
            f"({SKR}, kap. 4).",
            presenter=PROCESS_LEADER,
        ),
        Item(
            "Utmaningar och prioriteringar i kommunernas näringslivsarbete",
            "discussion",
            f"Gröna Kronoberg 2025, den regionala utvecklingsstrategin ({SKR}, exempel 7); rundan {INVENTED}.",
        ),
        Item("Uppföljning av uppdrag", "follow_up", f"Nätverkets uppdrag som inte är klara {INVENTED}."),
    ],
    meetings={
        d(2026, 2, 14): Meeting(
            items=[
                Item(
                    "Nytt fokusområde: kompetensförsörjning",
                    "decision",
                    f"{INVENTED}",
                    presenter=PROCESS_LEADER,
                    minutes=f"Kommunerna var eniga om att lägga till fokusområdet. {INVENTED}",
                    decisions=[
                        Decision(
                            "Nätverket lägger till kompetensförsörjning som fokusområde i handlingsplanen.",
                            "Handlingsplanens fokusområden",
                            f"{SKR}, kap. 4: handlingsplanen 'kontinuerligt uppdateras'. Beslutet och fokusområdet "
                            f"{INVENTED}.",
                            assignments=[PLAN_UPDATE],
                        )
                    ],
                )
            ],
            attendance=[Attend(Who("Uppvidinge kommun", "Näringslivschef"))],
            approvals=[Approval(Who("Växjö kommun", "Näringslivschef"), d(2026, 2, 20))],
        ),
        d(2026, 6, 14): Meeting(attendance=[Attend(Who("Lessebo kommun", "Näringslivschef"))]),
    },
)

LEAD = Lead(
    "BRK",
    f"Förkortningen BRK: {SKR}, kap. 4 ('Business Region Kronoberg (BRK)').",
    bodies={"natverk": BodyLead("NV", f"Förkortningen NV {INVENTED}.")},
    series=[NATVERK],
)
