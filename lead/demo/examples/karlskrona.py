"""The leading of Karlskronakommissionen in its follow-up stage: the commission ran 2015–2017 and resulted in
a strategy and action plan; the political styrgrupp follows them up once a year (invented). Facts from
SKR (2020), the rest invented and marked (see `lead.demo.specs`)."""

from lead.demo.specs import INVENTED, SKR, Approval, BodyLead, Item, Lead, Meeting, Series, Who, d, t

SLUG = "karlskronakommissionen"

CHAIR = Who("Karlskrona kommun", "Kommunstyrelsens ordförande")

STYRGRUPP = Series(
    "styrgrupp",
    "",
    f"{SKR}, exempel 5: kommissionen 'pågick 2015–2017' och resulterade i en strategi och handlingsplan. Att "
    f"styrgruppen följer upp dem årligen, datumen och platsen {INVENTED}.",
    start_time=t(14),
    end_time=t(16),
    place=f"Karlskrona rådhus {INVENTED}",
    chair=CHAIR,
    agenda=[
        Item(
            "Uppföljning av strategin och handlingsplanen för ett socialt hållbart Karlskrona",
            "discussion",
            f"Strategin och handlingsplanen ({SKR}, exempel 5); den årliga uppföljningen {INVENTED}.",
            presenter=CHAIR,
        ),
        Item(
            "Seniorer i skolan: rapport från Studiefrämjandet",
            "information",
            f"'Detta stöd har bidragit till att arbetet med seniorer i skolan har funnits och varit livskraftigt i "
            f"19 år.' ({SKR}, kap. 4)",
        ),
    ],
    meetings={
        d(2025, 11, 20): Meeting(
            items=[
                Item(
                    "Uppföljningen 2025: barn och unga i Karlskrona",
                    "discussion",
                    f"{INVENTED}",
                    presenter=CHAIR,
                    minutes=f"Styrgruppen noterade att handlingsplanens insatser i stort är genomförda. {INVENTED}",
                )
            ],
            approvals=[Approval(Who("Karlskrona kommun", "Kommunstyrelsens vice ordförande"), d(2025, 11, 27))],
        ),
        d(2026, 11, 19): Meeting(),
        d(2027, 11, 18): Meeting(),
    },
)

LEAD = Lead(
    "KK",
    f"Förkortningen KK {INVENTED}.",
    bodies={
        "styrgrupp": BodyLead("SG", f"Förkortningen SG {INVENTED}."),
        "projektgrupp": BodyLead("PG", f"Förkortningen PG {INVENTED}."),
    },
    series=[STYRGRUPP],
)
