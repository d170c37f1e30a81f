"""The leading of Blekinges unga lyfter (2013–2018): the Blekingerådet with its rotating chair, and what
followed the project ("Näst steg – när projektet är över?"). The project has ended, so its meetings are two
invented ones of its last year. Facts from SKR (2020) and the talk, the rest invented and marked."""

from lead.demo.specs import (
    INVENTED,
    SKR,
    TALK,
    AfterProject,
    Approval,
    Attend,
    BodyLead,
    Decision,
    Item,
    Lead,
    Meeting,
    News,
    Series,
    Who,
    d,
    t,
)

SLUG = "blekinge-unga-lyfter"

REGION = Who("Region Blekinge", "Regionråd")

RADET = Series(
    "blekingeradet",
    "",
    f"{TALK}: 'Blekingeråd – regionråd, kommunalråd, AF, Högskola o länsstyrelsen'; 'Mötesstruktur som "
    f"fungerar'. Mötena 2018, datum och plats {INVENTED}.",
    start_time=t(10),
    end_time=t(12),
    place=f"Region Blekinge, Karlskrona {INVENTED}",
    agenda=[
        Item(
            "Lägesrapport: ungdomsarbetslösheten 15–29 år och navigatorcentrum",
            "information",
            f"Navigatorcentrum 'som finns i alla kommuner i länet och som är ”en dörr in” för alla ungdomar 15–29 "
            f"år' ({SKR}, kap. 4).",
            presenter=REGION,
        ),
    ],
    meetings={
        d(2018, 3, 15): Meeting(
            items=[
                Item(
                    "Näst steg – när projektet är över?",
                    "discussion",
                    f"{TALK}: 'Hur håller man i ett väl fungerande arbete? Finns nästa steg med i diskussioner under "
                    f"projektets gång?'",
                    minutes=f"Rådet vill att nästa steg bereds till höstens möte. {INVENTED}",
                    presenter=REGION,
                )
            ],
            carry_over=["Näst steg – när projektet är över?"],
            approvals=[Approval(Who("Karlshamns kommun", "Kommunalråd"), d(2018, 3, 22))],
        ),
        d(2018, 10, 11): Meeting(
            items=[
                Item(
                    "Fortsättningsprojekt ur Europeiska socialfonden",
                    "decision",
                    f"{SKR}, exempel 4: 'Ett fortsättningsprojekt ”Mind the Gap”, även det finansierat av europeiska "
                    f"socialfonden avslutades under 2020.'",
                    presenter=REGION,
                    minutes=f"Rådet ställde sig bakom ansökan. {INVENTED}",
                    decisions=[
                        Decision(
                            "Blekingerådet ställer sig bakom att Region Blekinge söker medel ur Europeiska "
                            "socialfonden för fortsättningsprojektet Mind the Gap 2019–2020.",
                            "Projektets utvecklingsplan",
                            f"{SKR}, exempel 4: fortsättningsprojektet Mind the Gap, finansierat av Europeiska "
                            f"socialfonden, avslutades 2020. Att rådet beslutade det, beslutets lydelse och datum "
                            f"{INVENTED}.",
                            key="blekinge-mind-the-gap",
                        )
                    ],
                )
            ],
            attendance=[Attend(Who("Blekinge tekniska högskola", "Rektor"))],
        ),
    },
)

LEAD = Lead(
    "BUL",
    f"Förkortningen BUL {INVENTED}.",
    bodies={
        "blekingeradet": BodyLead("BR", f"Förkortningen BR {INVENTED}."),
        "chefsgrupp": BodyLead("CG", f"Förkortningen CG {INVENTED}."),
    },
    series=[RADET],
    news=[
        News(
            "Ungdomsarbetslösheten i Blekinge har minskat",
            f"{SKR}, exempel 4: 'Projektet har visat på goda resultat med minskad ungdomsarbetslöshet och ökad "
            f"sysselsättning.' Datumet för nyheten {INVENTED}.",
            d(2018, 12, 14),
            is_win=True,
            author=Who("Region Blekinge", "Regionråd", body="blekingeradet"),
        )
    ],
    after_project=[
        AfterProject(
            "Europeiska socialfonden: Blekinges unga lyfter",
            "follow_on",
            f"Arbetet fortsätter i fortsättningsprojektet Mind the Gap, finansierat av Europeiska socialfonden och "
            f"avslutat 2020 ({SKR}, exempel 4). Beslutsdatum {INVENTED}.",
            d(2018, 10, 11),
            decision="blekinge-mind-the-gap",
        )
    ],
)
