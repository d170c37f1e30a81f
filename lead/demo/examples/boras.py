"""The leading of Borås' local authority collaboration: the Samverkansgruppen meets monthly under secrecy,
raises current events on crime and safety and follows up earlier assignments at every meeting; it keeps no
minutes and takes no decisions ("Kommunen leder men beslutar inte"). The parties concerned meet in
undergroups when needed. Facts from SKR (2020) and the talk, the rest invented and marked."""

from lead.demo.specs import (
    INVENTED,
    SKR,
    TALK,
    Assignment,
    Attend,
    BodyLead,
    Item,
    Lead,
    Meeting,
    Series,
    Update,
    Who,
    d,
    t,
)

SLUG = "boras-myndighetssamverkan-trygghet"

CKS = Who("Borås Stad", "Chef, Centrum för kunskap och säkerhet")
POLICE = Who("Polismyndigheten", "Operativ chef")

FORUM_SOURCE = (
    f"{SKR}, kap. 4: 'Samverkansgruppen i Borås stads myndighetssamverkan träffas en gång i månaden. På träffarna "
    f"lyfts de mest aktuella händelser som ägt rum i Boråsområdet vad gäller brottslighet och säkerhet. Vid varje "
    f"möte följer man upp tidigare påbörjade uppdrag … Eftersom det sker under sekretess förs inte heller "
    f"särskilda mötesanteckningar.' Datum, tider och plats {INVENTED}."
)

FIELD_CENTRE = Assignment(
    "boras-besiktning-centrum",
    "Okulär besiktning i fält: centrala Borås kvällstid",
    f"{SKR}, kap. 4: 'Det innebär att det också är svårt att mäta effekterna av arbetet. Därför planeras för "
    f"stunden okulär besiktning som ska ske i fält.' Området, ansvaret och datumen {INVENTED}.",
    POLICE,
    d(2026, 6, 30),
    [
        Update(d(2026, 5, 21), "in_progress"),
        Update(
            d(2026, 6, 22),
            "done",
            f"Besiktningen gjordes under tre kvällar; läget bedöms lugnare än hösten 2025. {INVENTED}",
        ),
    ],
)
FIELD_NORRBY = Assignment(
    "boras-besiktning-norrby",
    "Okulär besiktning i fält: Norrby efter insatserna under hösten",
    f"Okulär besiktning i fält ({SKR}, kap. 4); området, ansvaret och datumen {INVENTED}.",
    CKS,
    d(2027, 1, 31),
    [Update(d(2026, 11, 23), "in_progress")],
)
PROCUREMENT = Assignment(
    "boras-upphandlingar",
    "Kartlägg oseriösa aktörer i kommunens upphandlingar tillsammans med Skatteverket",
    f"Att kriminalitet och oegentligheter inte får fäste i stadens verksamheter ({SKR}, exempel 1); uppdraget "
    f"{INVENTED}.",
    Who("Skatteverket", "Operativ chef"),
    d(2027, 3, 31),
)

FORUM = Series(
    "forum",
    "monthly",
    FORUM_SOURCE,
    first=d(2025, 1, 21),
    count=36,
    start_time=t(8, 30),
    end_time=t(10),
    place=f"Borås Stad, Centrum för kunskap och säkerhet {INVENTED}",
    chair=CKS,
    agenda=[
        Item(
            "Aktuella händelser i Boråsområdet: brottslighet och säkerhet",
            "discussion",
            f"'På träffarna lyfts de mest aktuella händelser som ägt rum i Boråsområdet vad gäller brottslighet och "
            f"säkerhet.' ({SKR}, kap. 4)",
            presenter=CKS,
        ),
        Item(
            "Uppföljning av tidigare påbörjade uppdrag",
            "follow_up",
            f"'Vid varje möte följer man upp tidigare påbörjade uppdrag för att få en bild av den aktuella "
            f"situationen och ifall några ytterliga åtgärder behöver vidtas.' ({SKR}, kap. 4)",
            presenter=CKS,
        ),
    ],
    meetings={
        d(2025, 10, 21): Meeting(
            items=[
                Item(
                    "Upphandlingar och oseriösa aktörer",
                    "discussion",
                    f"{INVENTED}",
                    assignments=[PROCUREMENT],
                )
            ],
            attendance=[Attend(Who("Säkerhetspolisen", "Operativ chef"))],
        ),
        d(2026, 4, 21): Meeting(
            items=[
                Item(
                    "Hur mäter vi effekterna utan mötesanteckningar?",
                    "discussion",
                    f"'Därför planeras för stunden okulär besiktning som ska ske i fält.' ({SKR}, kap. 4) "
                    f"Var och när {INVENTED}.",
                    assignments=[FIELD_CENTRE],
                )
            ],
            attendance=[Attend(Who("Kriminalvården", "Operativ chef"))],
        ),
        d(2026, 10, 21): Meeting(
            items=[
                Item(
                    "Okulär besiktning i fält: Norrby",
                    "discussion",
                    f"Okulär besiktning i fält ({SKR}, kap. 4); området {INVENTED}.",
                    assignments=[FIELD_NORRBY],
                )
            ],
            attendance=[Attend(Who("Tranemo kommun", "Operativ chef"))],
        ),
        d(2026, 11, 21): Meeting(attendance=[Attend(Who("Arbetsförmedlingen", "Operativ chef"))]),
    },
)

UNDERGRUPP = Series(
    "undergrupp",
    "",
    f"{SKR}, kap. 4: 'När samverkansgruppen identifierar ett problem eller en händelse av vikt som ägt rum, träffas "
    f"de parter som berörs inom samverkansgruppen för att hantera det som uppstått. Genomförandet är agilt och "
    f"operativt.' Mötena och datumen {INVENTED}.",
    start_time=t(13),
    end_time=t(14, 30),
    place=f"Skatteverket, Borås {INVENTED}",
    chair=Who("Borås Stad", "Handläggare"),
    agenda=[
        Item(
            "Det identifierade problemet: misstänkt ekonomisk brottslighet och välfärdsbrott i ett ärende",
            "discussion",
            f"Ärendet {INVENTED}.",
        ),
    ],
    meetings={
        d(2025, 5, 7): Meeting(
            items=[
                Item(
                    "Vem gör vad inom sitt eget ansvar och regelverk",
                    "discussion",
                    f"Varje myndighet agerar inom sitt eget ansvar {INVENTED}.",
                    assignments=[
                        Assignment(
                            "boras-ug-kontroll",
                            "Kontroll av bolagets redovisning och arbetsgivardeklarationer",
                            f"{INVENTED}",
                            Who("Skatteverket", "Handläggare"),
                            d(2025, 9, 30),
                            [Update(d(2025, 9, 12), "done", f"Kontrollen är gjord och ärendet överlämnat. {INVENTED}")],
                        )
                    ],
                )
            ]
        ),
        d(2026, 2, 11): Meeting(),
        d(2026, 9, 16): Meeting(attendance=[Attend(Who("Ekobrottsmyndigheten", "Handläggare"))]),
    },
)

LEAD = Lead(
    "BMS",
    f"Förkortningen BMS {INVENTED}.",
    bodies={
        "forum": BodyLead("SAM", f"Förkortningen SAM {INVENTED}. {TALK}: 'Kommunen leder men beslutar inte'."),
        "undergrupp": BodyLead("UG", f"Förkortningen UG {INVENTED}."),
    },
    series=[FORUM, UNDERGRUPP],
)
