"""The leading of Business Region Örebro: the ledningsgrupp meets monthly, follows up the action plans and
takes ongoing decisions; the styrgrupp meets four times a year. Facts from SKR (2020), the rest invented and
marked (see `lead.demo.specs`)."""

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
    News,
    Reservation,
    Series,
    Update,
    Who,
    d,
    t,
)

SLUG = "business-region-orebro"

LG_SOURCE = (
    f"{SKR}, kap. 4: 'De träffas en gång i månaden, följer upp handlingsplaner samt tar löpande beslut kopplade "
    f"till verksamheten.' Datum, tider, plats och sommaruppehållet i juli {INVENTED}."
)
SG_SOURCE = (
    f"{SKR}, kap. 4: 'BRO:s styrgrupp består av ordförande för den regionala tillväxtnämnden samt en politiker "
    f"från respektive samverkande kommun.' Fyra möten om året, datum, tider och plats {INVENTED}."
)

LEADER = Who("Örebro kommun", "Verksamhetsledare, BRO:s kansli")
COORDINATOR = Who("Örebro kommun", "Koordinator, BRO:s kansli (1)")
REGION = Who("Region Örebro län", "Näringslivsansvarig")
CHAIR_SG = Who("Region Örebro län", "Ordförande i regionala tillväxtnämnden")

FOLLOW_UP_PLANS = Assignment(
    "bro-uppfoljning-handlingsplaner-2025",
    "Sammanställ uppföljningen av handlingsplanerna per kommun inför styrgruppens decembermöte",
    f"Ledningsgruppen följer upp handlingsplanerna ({SKR}, kap. 4); sammanställningen och vem som gör den {INVENTED}.",
    LEADER,
    d(2025, 11, 28),
    [
        Update(d(2025, 9, 16), "in_progress"),
        Update(
            d(2025, 11, 17),
            "done",
            f"Sammanställningen visar att elva av tolv kommuners handlingsplaner följer tidplanen; Laxå kommun "
            f"har skjutit två insatser till 2026. {INVENTED}",
        ),
    ],
)
FOLLOW_UP_PLANS_2026 = Assignment(
    "bro-uppfoljning-handlingsplaner-2026",
    "Sammanställ uppföljningen av handlingsplanerna 2026 inför styrgruppens decembermöte",
    f"Ledningsgruppens uppföljning av handlingsplanerna ({SKR}, kap. 4); {INVENTED}.",
    LEADER,
    d(2026, 11, 30),
    [
        Update(d(2026, 9, 16), "in_progress"),
        Update(d(2026, 11, 16), "done", f"Sammanställningen är klar och skickad till styrgruppen. {INVENTED}"),
    ],
)
ESTABLISHMENT_PLAN = Assignment(
    "bro-etableringsplan",
    "Uppdatera handlingsplanen för etableringsarbetet med kommunernas lediga mark och lokaler",
    f"En dörr in för företagen ({SKR}, kap. 4); uppdraget, ägaren och datumen {INVENTED}.",
    REGION,
    d(2026, 10, 31),
    [Update(d(2026, 6, 16), "in_progress")],  # open after its due date: overdue
)
BUDGET_SHIFT = Decision(
    "Ledningsgruppen omfördelar 400 000 kr inom verksamhetsplanens budget 2026 från mässdeltagande till "
    "gemensam etableringsmarknadsföring.",
    "Verksamhetsplan och budget",
    f"Att ledningsgruppen tar löpande beslut: {SKR}, kap. 4. Beslutet, beloppet och datumet {INVENTED}.",
    key="bro-lg-omfordelning-2026",
    mandate_note=f"Styrgruppen bad i mars ledningsgruppen att göra omfördelningen och fastställer den vid sitt "
    f"junimöte. {INVENTED}",
)

LEDNING = Series(
    "ledning",
    "monthly",
    LG_SOURCE,
    first=d(2025, 1, 16),
    count=36,
    start_time=t(9),
    end_time=t(11, 30),
    place=f"BRO:s kansli, Örebro {INVENTED}",
    video_url="https://mote.example/bro-ledningsgrupp",
    chair=LEADER,
    secretary=COORDINATOR,
    agenda=[
        Item(
            "Uppföljning av handlingsplanerna",
            "discussion",
            f"Varje kommun och regionen redovisar läget i sin handlingsplan ({SKR}, kap. 4).",
            presenter=LEADER,
        ),
        Item(
            "Etableringar och förfrågningar: en dörr in för företagen",
            "information",
            f"'Eftersom näringslivscheferna från kommunerna utgör ledningsgrupp innebär det att företagen har en "
            f"dörr in för företagen i regionen.' ({SKR}, kap. 4)",
            presenter=COORDINATOR,
        ),
        Item(
            "Löpande beslut i verksamheten",
            "decision",
            f"Ledningsgruppen 'tar löpande beslut kopplade till verksamheten' ({SKR}, kap. 4).",
            presenter=LEADER,
        ),
        Item("Uppföljning av uppdrag", "follow_up", f"Ledningsgruppens uppdrag som inte är klara {INVENTED}."),
    ],
    meetings={
        d(2025, 7, 16): Meeting(cancelled=f"Sommaruppehåll {INVENTED}"),
        d(2025, 9, 16): Meeting(
            items=[
                Item(
                    "Uppföljningen av handlingsplanerna inför styrgruppen",
                    "decision",
                    f"Hur uppföljningen sammanställs {INVENTED}.",
                    presenter=LEADER,
                    minutes=f"Ledningsgruppen diskuterade hur uppföljningen ska redovisas för styrgruppen. {INVENTED}",
                    decisions=[
                        Decision(
                            "Ledningsgruppen ger verksamhetsledaren i uppdrag att sammanställa uppföljningen av "
                            "handlingsplanerna per kommun till styrgruppens decembermöte.",
                            "Uppföljning av handlingsplaner",
                            f"Ledningsgruppen följer upp handlingsplaner: {SKR}, kap. 4. Beslutet {INVENTED}.",
                            assignments=[FOLLOW_UP_PLANS],
                        )
                    ],
                )
            ],
            attendance=[Attend(Who("Laxå kommun", "Näringslivschef"))],
            approvals=[
                Approval(Who("Kumla kommun", "Näringslivschef"), d(2025, 9, 23)),
                Approval(Who("Nora kommun", "Näringslivschef"), d(2025, 9, 24)),
            ],
        ),
        d(2025, 11, 16): Meeting(
            attendance=[Attend(Who("Hällefors kommun", "Näringslivschef"))],
        ),
        d(2026, 3, 16): Meeting(
            items=[
                Item(
                    "Gemensam närvaro på etableringsmässor 2026",
                    "decision",
                    f"Vilka mässor BRO deltar i gemensamt {INVENTED}.",
                    presenter=COORDINATOR,
                    minutes=f"Kommunerna enades om tre gemensamma mässor. {INVENTED}",
                    decisions=[
                        Decision(
                            "Ledningsgruppen beslutar att BRO deltar gemensamt i tre etableringsmässor 2026 under "
                            "en gemensam monter för hela regionen.",
                            "Löpande beslut i verksamheten",
                            f"{SKR}, kap. 4: 'Varje enskild etablering ses som ett gemensamt lyft för hela "
                            f"regionen.' Beslutet och mässorna {INVENTED}.",
                        )
                    ],
                )
            ],
            attendance=[Attend(Who("Degerfors kommun", "Näringslivschef"))],
            approvals=[Approval(Who("Askersunds kommun", "Näringslivschef"), d(2026, 3, 20))],
        ),
        d(2026, 5, 16): Meeting(
            items=[
                Item(
                    "Omfördelning inom verksamhetsplanens budget 2026",
                    "decision",
                    f"Förslag från kansliet {INVENTED}.",
                    presenter=LEADER,
                    minutes=f"Ledningsgruppen beslutade om omfördelningen; styrgruppen informeras. {INVENTED}",
                    decisions=[BUDGET_SHIFT],
                )
            ],
            attendance=[
                Attend(Who("Laxå kommun", "Näringslivschef")),
                Attend(Who("Ljusnarsbergs kommun", "Näringslivschef")),
            ],
        ),
        d(2026, 6, 16): Meeting(
            items=[
                Item(
                    "Handlingsplanen för etableringsarbetet",
                    "discussion",
                    f"Kommunernas lediga mark och lokaler samlas i en plan {INVENTED}.",
                    presenter=REGION,
                    assignments=[ESTABLISHMENT_PLAN],
                )
            ],
        ),
        d(2026, 7, 16): Meeting(cancelled=f"Sommaruppehåll {INVENTED}"),
        d(2026, 9, 16): Meeting(
            items=[
                Item(
                    "Uppföljningen av handlingsplanerna 2026",
                    "discussion",
                    f"Samma sammanställning som 2025 {INVENTED}.",
                    presenter=LEADER,
                    assignments=[FOLLOW_UP_PLANS_2026],
                )
            ],
            carry_over=["Uppföljningen av handlingsplanerna 2026"],
        ),
        d(2027, 7, 16): Meeting(cancelled=f"Sommaruppehåll {INVENTED}"),
    },
)

STYRGRUPP = Series(
    "styrgrupp",
    "quarterly",
    SG_SOURCE,
    first=d(2025, 3, 6),
    count=12,
    start_time=t(13),
    end_time=t(15),
    place=f"Regionens hus, Örebro {INVENTED}",
    chair=CHAIR_SG,
    secretary=Who("Örebro kommun", "Verksamhetsledare, BRO:s kansli", body="ledning"),
    agenda=[
        Item(
            "Inriktning och prioriteringar för BRO",
            "discussion",
            f"Den regionala utvecklingsstrategin är det gemensamma styrdokumentet ({SKR}, kap. 4).",
            presenter=CHAIR_SG,
        ),
        Item(
            "Rapport från ledningsgruppen: uppföljning av handlingsplanerna",
            "information",
            f"Ledningsgruppen följer upp handlingsplanerna ({SKR}, kap. 4); att den rapporterar hit {INVENTED}.",
            presenter=Who("Örebro kommun", "Verksamhetsledare, BRO:s kansli", body="ledning"),
        ),
    ],
    meetings={
        d(2025, 12, 6): Meeting(
            items=[
                Item(
                    "Verksamhetsplan och budget 2026",
                    "decision",
                    f"Förslag från samordningsorganet {INVENTED}.",
                    presenter=CHAIR_SG,
                    minutes=f"Styrgruppen fastställde verksamhetsplanen; Lekebergs kommun reserverade sig. {INVENTED}",
                    decisions=[
                        Decision(
                            "Styrgruppen fastställer BRO:s verksamhetsplan och budget 2026.",
                            "Verksamhetsplan och budget",
                            f"Styrgruppens mandat och beslutet {INVENTED}; finansieringen enligt {SKR}, exempel 3.",
                            key="bro-sg-verksamhetsplan-2026",
                            reservations=[
                                Reservation(
                                    "Lekebergs kommun",
                                    Who("Lekebergs kommun", "Kommunalråd"),
                                    f"Lekebergs kommun anser att satsningen på etableringsmässor inte gynnar de "
                                    f"mindre kommunerna. {INVENTED}",
                                )
                            ],
                        )
                    ],
                )
            ],
            attendance=[
                Attend(Who("Hallsbergs kommun", "Kommunalråd")),
                Attend(
                    Who("Hallsbergs kommun", "Kommundirektör", body="samordning"),
                    "substitute",
                    substitute_for=Who("Hallsbergs kommun", "Kommunalråd"),
                ),
            ],
            approvals=[
                Approval(Who("Kumla kommun", "Kommunalråd"), d(2025, 12, 15)),
                Approval(Who("Nora kommun", "Kommunalråd"), d(2025, 12, 16)),
            ],
        ),
        d(2026, 3, 6): Meeting(
            items=[
                Item(
                    "Gemensam uppföljning till regionfullmäktige och kommunfullmäktige",
                    "decision",
                    f"Den årliga uppföljningen (organize: uppföljningsansvar) {INVENTED}.",
                    presenter=CHAIR_SG,
                    minutes=f"Styrgruppen godkände uppföljningen och bad ledningsgruppen om en omfördelning "
                    f"inom budgeten. {INVENTED}",
                    decisions=[
                        Decision(
                            "Styrgruppen godkänner den gemensamma uppföljningen av 2025 och överlämnar den till "
                            "regionfullmäktige och kommunfullmäktige.",
                            "Inriktning och prioriteringar för BRO",
                            f"Beslutet och datumet {INVENTED}.",
                        )
                    ],
                )
            ],
            attendance=[Attend(Who("Ljusnarsbergs kommun", "Kommunalråd"))],
        ),
        d(2026, 6, 6): Meeting(
            items=[
                Item(
                    "Ledningsgruppens omfördelning inom budgeten 2026",
                    "decision",
                    f"Ledningsgruppens beslut i maj {INVENTED}.",
                    presenter=CHAIR_SG,
                    decisions=[
                        Decision(
                            "Styrgruppen fastställer ledningsgruppens omfördelning inom budgeten 2026.",
                            "Verksamhetsplan och budget",
                            f"Beslutet {INVENTED}.",
                        )
                    ],
                )
            ],
        ),
    },
)

LEAD = Lead(
    "BRO",
    f"Förkortningen BRO: {SKR}, exempel 3 ('Business Region Örebro (BRO)').",
    bodies={
        "styrgrupp": BodyLead("SG", f"Förkortningen SG {INVENTED}."),
        "samordning": BodyLead("SO", f"Förkortningen SO {INVENTED}."),
        "ledning": BodyLead("LG", f"Förkortningen LG {INVENTED}."),
    },
    series=[LEDNING, STYRGRUPP],
    news=[
        News(
            "Logistikföretag etablerar sig i Hallsberg – ett lyft för hela regionen",
            f"'Varje enskild etablering ses som ett gemensamt lyft för hela regionen.' ({SKR}, kap. 4) Företaget, "
            f"de 120 arbetstillfällena och att fyra kommuner visade mark innan valet föll på Hallsberg är "
            f"{INVENTED}.",
            d(2026, 4, 22),
            is_win=True,
            author=Who("Hallsbergs kommun", "Näringslivschef", body="ledning"),
        ),
        News(
            "BRO på tre etableringsmässor 2026 i en gemensam monter",
            f"Ledningsgruppens beslut i mars. {INVENTED}",
            d(2026, 3, 20),
            author=Who("Örebro kommun", "Koordinator, BRO:s kansli (1)", body="ledning"),
        ),
    ],
)
