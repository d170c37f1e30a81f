"""The leading of Nya perspektiv: the leaderships meet once a year to discuss common challenges and take no
formal decisions; the political styrgrupp plans and runs the annual seminar. Facts from SKR (2020), the rest
invented and marked (see `lead.demo.specs`). No decisions and no assignments: "Inga formella beslut fattas i
samband med träffarna"."""

from lead.demo.specs import INVENTED, SKR, Approval, BodyLead, Item, Lead, Meeting, News, Series, Who, d, t

SLUG = "nya-perspektiv-varmland"

CHAIR = Who("Region Värmland", "Regionråd")
COORDINATOR = Who("Region Värmland", "Koordinator för Nya perspektiv", body="beredning")

SEMINARIUM = Series(
    "seminarium",
    "per_year",
    f"{SKR}, kap. 4: 'I Nya perspektiv träffas kommunledningarna, regionledningen, ledningen för skola, "
    f"socialtjänst och ledningen för hälso- och sjukvården en gång per år för att diskutera gemensamma "
    f"utmaningar … Inga formella beslut fattas i samband med träffarna.' Datum, tider och plats {INVENTED}.",
    first=d(2025, 10, 9),
    count=3,
    per_year=1,
    start_time=t(9, 30),
    end_time=t(16),
    place=f"Karlstad CCC {INVENTED}",
    agenda=[
        Item(
            "Gemensamma utmaningar: barnalivet, ungdomslivet, vuxenlivet och äldrelivet",
            "discussion",
            f"Utmaningarna enligt {SKR}, kap. 4; att de diskuteras en i taget {INVENTED}.",
            presenter=COORDINATOR,
        ),
        Item(
            "Gemensamt lärande: att utveckla samverkan ur ett medborgarperspektiv",
            "discussion",
            f"'Istället bidrar träffarna med kunskap, gemensamt lärande och vikten av att utveckla samverkan ur ett "
            f"medborgarperspektiv.' ({SKR}, kap. 4)",
        ),
        Item(
            "Det politiska inriktningsdokumentet för nästa år",
            "information",
            f"'Dokumentet fastställs årligen och utgör underlag för den ordinarie planerings- och budgetprocessen i "
            f"kommunerna och regionen.' ({SKR}, kap. 4)",
            presenter=Who("Region Värmland", "Regionråd", body="styrgrupp"),
        ),
    ],
)

STYRGRUPP = Series(
    "styrgrupp",
    "",
    f"{SKR}, kap. 4: styrgruppen 'har ansvar för att planera och genomföra det årliga seminariet'. Att den "
    f"träffas en månad före seminariet, datumen och platsen {INVENTED}.",
    start_time=t(13),
    end_time=t(15),
    place=f"Region Värmland, Karlstad {INVENTED}",
    chair=CHAIR,
    secretary=COORDINATOR,
    agenda=[
        Item("Program för årets seminarium", "discussion", f"{INVENTED}", presenter=COORDINATOR),
        Item(
            "Utvecklingsarbeten i länet inom barnalivet, ungdomslivet, vuxenlivet och äldrelivet",
            "information",
            f"Styrgruppen följer och leder utvecklingsarbetena ({SKR}, kap. 4).",
        ),
    ],
    meetings={
        d(2025, 9, 4): Meeting(
            items=[
                Item(
                    "Återblick: tillit mellan kommunerna och regionen",
                    "discussion",
                    f"'De gemensamma träffarna bidrar till att tillit byggs mellan kommunerna och regionen.' "
                    f"({SKR}, kap. 4)",
                    minutes=f"Styrgruppen vill ge mer tid åt samtal i blandade grupper. {INVENTED}",
                )
            ],
            approvals=[Approval(Who("Karlstads kommun", "Kommunalråd"), d(2025, 9, 11))],
        ),
        d(2026, 9, 3): Meeting(),
        d(2027, 9, 2): Meeting(),
    },
)

LEAD = Lead(
    "NP",
    f"Förkortningen NP {INVENTED}.",
    bodies={
        "styrgrupp": BodyLead("SG", f"Förkortningen SG {INVENTED}."),
        "beredning": BodyLead("BG", f"Förkortningen BG {INVENTED}."),
        "seminarium": BodyLead("SEM", f"Förkortningen SEM {INVENTED}."),
    },
    series=[STYRGRUPP, SEMINARIUM],
    news=[
        News(
            "Årets seminarium för Nya perspektiv: 180 deltagare från alla kommuner",
            f"Träffen samlar politisk ledning och förvaltningsledning ({SKR}, kap. 4). Antalet deltagare {INVENTED}.",
            d(2025, 10, 10),
            author=COORDINATOR,
        )
    ],
)
