"""The steering of Business Region Örebro: the goals come from the regional development strategy
(RUS), with goal conflicts between the RUS and the twelve municipal comprehensive plans. There is no
formal joint follow-up (SKR 2020), and the demo shows that gap: only a planned round, none closed.
BRP per inhabitant is real (Kolada N03702); everything else invented is marked (see `steer.demo`)."""

from collaborations.demo import OREBRO, d
from steer.demo.specs import (
    INVENTED,
    SKR,
    TALK,
    Actor,
    Conflict,
    Doc,
    Entry,
    Evid,
    G,
    Ind,
    Own,
    Round,
    Steering,
    by_year,
)

SLUG = "business-region-orebro"

LAN = "18"  # Örebro län
LINDESBERG, KARLSKOGA = "1885", "1883"
AREA_NAME = f"Namnet på samverkansområdet {INVENTED}: skriften säger bara att BRO arbetar inom fyra områden."

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2014, 9, 1),
            "problem": "Skapa tillväxt genom att få fler företag att starta, etablera sig och växa i regionen.",
            "done_local": "Kommuner, regionen och andra samhällsaktörer i Örebro län, som universitet och företag, "
            "har sedan länge samarbetat kring olika frågor.",
            "collective_benefit": "”Varje enskild etablering ses som ett gemensamt lyft för hela regionen.” Företagen "
            "möts av en dörr in.",
            "source_note": f"{SKR}, exempel 3, kap. 2 'Exempel på drivkrafter för samverkan' och kap. 4 'Exempel på "
            f"aktiviteter i samverkan'. Orsaker, trender och forskning anges inte i skriften. Datum {INVENTED}.",
        }
    ],
    actors=[
        Actor(organization="Region Örebro län", effect="Huvudman; ansvarar för den regionala utvecklingsstrategin."),
        Actor(
            organization="Örebro kommun",
            effect="Leder det operativa arbetet genom ett uppdragsavtal och har BRO:s kansli.",
        ),
        Actor(
            name="Örebro universitet",
            sector="academia",
            effect="”lokaliseringen och uppbyggnaden av Örebro universitet som har haft positiv påverkan på "
            "samarbetsklimatet i stort.” Inte part i BRO.",
        ),
        Actor(
            name="Företagens organisationer i länet",
            sector="business",
            effect=f"Företräder de företag som ska starta, etablera sig och växa. Att de saknas är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Örebro kommun",
            "Näringslivschefen kan utgå från det lokala arbetet i den egna kommunen men hämta kraft ur den "
            "gemensamma styrkan som BRO skapar.",
            f"{SKR}, kap. 4 'Exempel på att leda samverkan' (sagt om alla chefer i ledningsgruppen). {TALK}: "
            "'Samarbete som tydligt ger något tillbaka'.",
        ),
        (
            "Region Örebro län",
            "Målen i den regionala utvecklingsstrategin får genomslag i alla tolv kommuner.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Kumla kommun",
            "En liten kommun syns för etablerare som annars bara hittar till Örebro.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "regional_strategy",
            "Regional utvecklingsstrategi för Örebro län (RUS)",
            year_from=2018,
            year_to=2030,
            adopted_by="Regionfullmäktige, Region Örebro län",
            description="Regionråd och kommunalråd styr med RUS som gemensamt styrdokument som binder samman "
            "arbetet. BRO arbetar inom fyra samverkansområden som bygger på målen i RUS.",
            source_note=f"{SKR}, exempel 3 och kap. 4: 'BRO bygger på den regionala utvecklingsstrategin'; {TALK}: "
            f"'Regionråd och kommunalråd styr med RUS som gemensamt styrdokument'. Strategins årtal {INVENTED}.",
            goals=[
                G(
                    "tillvaxt",
                    "Tillväxt: fler företag startar, etablerar sig och växer i regionen",
                    source_note=f"{SKR}, exempel 3; {TALK}: 'Örebro – Ökad tillväxt, fler näringslivsetableringar!'",
                ),
                G(
                    "etablering",
                    "Etablering och investering",
                    term="short",
                    target_year=2026,
                    parent="tillvaxt",
                    source_note=AREA_NAME,
                ),
                G(
                    "nyforetagande",
                    "Nyföretagande och växande företag",
                    term="short",
                    target_year=2030,
                    parent="tillvaxt",
                    source_note=AREA_NAME,
                ),
                G(
                    "kompetens",
                    "Kompetensförsörjning",
                    parent="tillvaxt",
                    source_note=AREA_NAME,
                ),
                G(
                    "marknadsforing",
                    "Marknadsföring av regionen",
                    parent="tillvaxt",
                    source_note=f"{AREA_NAME} Kansliet har en marknadskoordinator ({SKR}, kap. 4).",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "brp",
            "tillvaxt",
            "Bruttoregionprodukt (BRP) per invånare",
            "money",
            "higher",
            [LINDESBERG, KARLSKOGA],
            series="N03702",
            unit="1 000 kr/inv",
            responsible="Region Örebro län",
            baseline=(2015, 329.3),
            targets=[(2025, 450.0, INVENTED), (2030, 520.0, INVENTED)],
            rationale="Tillväxt mätt som värdet av all produktion per invånare. Följer Koladas N03702 (bara "
            "kommuner); i demon finns värden för Lindesberg och Karlskoga, övriga kommuner hämtas när nätet "
            "finns.",
            source_note="Värdena är verkliga: Kolada N03702 (producent SCB), Lindesberg 2012–2023 och Karlskoga "
            "2012–2021 (Koladas publicering 2024-04-06), levererade med demon (stats/data/demo_snapshot.csv). "
            f"Utgångsvärdet är Lindesbergs värde 2015. Målvärdena {INVENTED}.",
        ),
        Ind(
            "nystartade",
            "nyforetagande",
            "Nystartade företag per 1 000 invånare 16–64 år",
            "rate",
            "higher",
            [LAN],
            responsible="Örebro kommun",
            baseline=(2015, 8.4),
            targets=[(2026, 10.0, INVENTED), (2030, 11.0, INVENTED)],
            values=[(LAN, "T", by_year(2015, [8.4, 8.7, 8.9, 9.1, 8.8, 9.6, 10.4, 9.5, 9.0, 9.2, 9.4]))],
            values_invented=True,
            rationale="Fler företag som startar. Motsvarar Koladas N00999 (antal/1 000 inv 16–64 år).",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärden "
            f"{INVENTED}.",
        ),
        Ind(
            "etableringar",
            "etablering",
            "Nya etableringar genom BRO",
            "number",
            "higher",
            [LAN],
            unit="etableringar",
            responsible="Örebro kommun",
            baseline=(2016, 9),
            targets=[(2026, 20, INVENTED)],
            values=[(LAN, "T", by_year(2016, [9, 12, 14, 11, 8, 13, 16, 15, 18, 17]))],
            values_invented=True,
            rationale="BRO:s egen räkning av etableringar där kansliet medverkat; varje etablering ses som ett "
            "gemensamt lyft för hela regionen. Ingen officiell statistik.",
            source_note=f"Egen serie, förslag; {SKR} anger ingen. Alla värden, utgångsvärde och målvärde {INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Örebro kommun",
            "BRO:s kansli svarar på varje etableringsförfrågan inom två arbetsdagar",
            ["etablering"],
            "budget",
            "Örebro kommuns budget 2026",
            2026,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
        Own(
            "Kumla kommun",
            "Mark för verksamheter finns planlagd och klar att erbjuda",
            ["etablering"],
            "operational_plan",
            "Kumla kommuns verksamhetsplan 2026 för näringsliv",
            2026,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
        Own(
            "Lindesbergs kommun",
            "Fler nystartade företag i Bergslagen",
            ["nyforetagande"],
            "strategy",
            "Näringslivsprogram för Lindesbergs kommun 2024–2027",
            2024,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
    ],
    conflicts=[
        Conflict(
            "En RUS och tolv översiktsplaner",
            "Den regionala utvecklingsstrategin och de tolv kommunernas översiktsplaner pekar inte alltid åt samma "
            "håll: delar av och helheten med program och strategier, och målkonflikter som måste hanteras. "
            f"Exempel {INVENTED}: regionens vilja att peka ut stora etableringsytor längs E18/E20 mot kommunernas "
            "planer för bostäder och jordbruksmark.",
            ["Region Örebro län", *OREBRO],
            goals=["tillvaxt", "etablering"],
            documents="Regional utvecklingsstrategi för Örebro län; de tolv kommunernas översiktsplaner",
            handling="Dialog i BRO:s styrgrupp och samordningsorganet; effekterna ska utvärderas.",
            status="handling",
            source_note=f"{TALK}, bilden 'Örebro- en RUS och tolv ÖP': 'Delar av och helheten med program "
            f"strategier', 'Målkonflikter som måste hanteras', 'Utvärdera effekter'. Exemplet {INVENTED}.",
        )
    ],
    rounds=[
        Round(
            "forslag",
            "Förslag: första gemensamma uppföljningen till fullmäktige",
            2027,
            d(2027, 1, 11),
            d(2027, 3, 31),
            "Region Örebro län",
            status="planned",
            entries=[
                Entry(
                    "Det finns ingen formaliserad gemensam uppföljning till regionfullmäktige eller kommunfullmäktige.",
                    causes="Uppföljningen sker på olika sätt: ledningsgruppen följer upp handlingsplanerna varje "
                    "månad, och regionen gjorde en dialogturné 2018.",
                    improvements="En gemensam årlig rapport som relaterar resultaten till målen i RUS och som "
                    "återförs till varje parts årsredovisning.",
                    decision_status="proposed",
                    goal="tillvaxt",
                    source_note=f"{SKR}, kap. 4 'Exempel på styrning och uppföljning av samverkan': 'Det finns ingen "
                    "formaliserad gemensam uppföljning till regionfullmäktige eller till respektive "
                    f"kommunfullmäktige … utan uppföljningen sker på olika sätt.' Förslaget {INVENTED}.",
                ),
            ],
            source_note=f"Ingen sådan omgång finns enligt {SKR}, kap. 4; omgången är ett förslag {INVENTED} och "
            "ingen omgång är avslutad.",
        ),
    ],
    evidence=[
        Evid(
            "interview",
            "Dialogturné 2018: uppföljning av det regionala partnerskapet",
            d(2018, 10, 1),
            "Regionen träffade 16 olika ledningsgrupper för att följa upp vad som åstadkommits och prioriteringar "
            "framåt.",
            f"{SKR}, kap. 4 'Exempel på styrning och uppföljning av samverkan'. Datumet {INVENTED}; vad "
            "dialogerna visade anges inte i skriften.",
            participants=["Region Örebro län"],
            participants_description="16 ledningsgrupper i regionen och kommunerna",
            goals=["tillvaxt"],
        ),
    ],
    resources=[("tillvaxt", "Örebro kommun", 2026)],
)
