"""The steering of Business Region Kronoberg: the goals of the regional development strategy Gröna
Kronoberg 2025, focus areas from a joint discussion, a monthly network and a qualitative result are
from the sources; focus-area names, indicators and values are invented and marked (see `steer.demo`)."""

from collaborations.demo import d
from steer.demo.specs import INVENTED, SKR, Actor, Doc, Entry, Evid, G, Ind, Own, Round, Steering, by_year

SLUG = "business-region-kronoberg"

LAN = "07"  # Kronobergs län
FOCUS = f"Fokusområdena togs fram i en gemensam diskussion ({SKR}, kap. 4) men namnges inte; namnet {INVENTED}."

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2019, 2, 1),
            "problem": "Skapa bättre förutsättningar för företagande, främja tillväxten och medverka till att "
            "skapa ett attraktivt Kronoberg.",
            "done_regional": "Gröna Kronoberg 2025, länets regionala utvecklingsstrategi, beskriver hur det ska "
            "vara att leva i Kronoberg 2025.",
            "collective_benefit": "En bättre bild av det regionala nätverksarbetet och bättre samverkan regionalt.",
            "source_note": f"{SKR}, exempel 7 och kap. 4: 'De fokusområden som slagits fast för arbetet har tagits "
            "fram i en gemensam diskussion kring utmaningar och prioriteringar.' Orsaker, trender och aktörernas "
            f"egennytta anges inte. Datum {INVENTED}.",
        }
    ],
    actors=[
        Actor(organization="Region Kronoberg", effect="Sammankallande för BRK och finansierar arbetet."),
        Actor(organization="Växjö kommun", effect="Näringslivschefen i länets största kommun."),
        Actor(
            name="Almi Företagspartner Kronoberg",
            sector="business",
            effect=f"Finansierar och rådgiver nya och växande företag. Att Almi saknas i nätverket är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Region Kronoberg",
            "Kommunernas näringslivsarbete drar åt samma håll som den regionala utvecklingsstrategin.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Älmhults kommun",
            "Stöd i etableringsärenden som är för stora för en liten kommun.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "regional_strategy",
            "Gröna Kronoberg 2025 – regional utvecklingsstrategi för Kronobergs län",
            year_to=2025,
            description="Strategin beskriver hur det ska vara att leva i Kronoberg 2025. BRK knyter an till dess mål; "
            "arbetet utgår från en handlingsplan som uppdateras kontinuerligt.",
            source_note=f"{SKR}, exempel 7: 'bygger på Gröna Kronoberg 2025 som är Kronobergs läns regionala "
            "utvecklingsstrategi'.",
            goals=[
                G(
                    "foretagande",
                    "Bättre förutsättningar för företagande, främjad tillväxt och ett attraktivt Kronoberg",
                    target_year=2025,
                    source_note=f"{SKR}, exempel 7 och kap. 4.",
                ),
                G(
                    "nyforetagande",
                    "Fokusområde: nyföretagande och etablering",
                    term="short",
                    target_year=2025,
                    parent="foretagande",
                    source_note=FOCUS,
                ),
                G(
                    "kompetens",
                    "Fokusområde: kompetensförsörjning",
                    term="short",
                    target_year=2025,
                    parent="foretagande",
                    source_note=FOCUS,
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "nystartade",
            "nyforetagande",
            "Nystartade företag per 1 000 invånare 16–64 år",
            "rate",
            "higher",
            [LAN],
            responsible="Region Kronoberg",
            baseline=(2019, 9.0),
            targets=[(2025, 10.5, INVENTED)],
            values=[(LAN, "T", by_year(2019, [9.0, 9.6, 10.3, 9.4, 8.9, 9.1, 9.5]))],
            values_invented=True,
            rationale="Fler företag som startar. Motsvarar Koladas N00999.",
            source_note=f"Förslag till indikator; {SKR} anger ingen, och Gröna Kronoberg 2025 har i demon inga tal. "
            f"Alla värden, utgångsvärde och målvärde {INVENTED}.",
        ),
        Ind(
            "sysselsattning",
            "kompetens",
            "Sysselsättningsgrad 20–64 år",
            "percentage",
            "higher",
            [LAN],
            by_gender=True,
            responsible="Region Kronoberg",
            baseline=(2019, 82.0),
            targets=[(2025, 82.0, INVENTED)],
            values=[
                (LAN, "K", by_year(2019, [79.8, 79.1, 80.0, 80.9, 81.2, 81.0, 81.5])),
                (LAN, "M", by_year(2019, [84.1, 83.0, 84.2, 85.0, 85.3, 84.9, 85.2])),
            ],
            values_invented=True,
            rationale="Kompetensförsörjning: hur stor del av befolkningen i arbetsför ålder som arbetar, för "
            "kvinnor och män. Motsvarar Koladas N02267.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärde "
            f"{INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Växjö kommun",
            "Ett gemensamt företagsklimatarbete med de andra kommunerna i länet",
            ["foretagande"],
            "strategy",
            "Växjö kommuns näringslivsprogram 2024–2027",
            2024,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
        Own(
            "Ljungby kommun",
            "Fler nyetablerade företag i Ljungby",
            ["nyforetagande"],
            "operational_plan",
            "Verksamhetsplan 2025 för näringslivsavdelningen",
            2025,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
    ],
    rounds=[
        Round(
            "r2025",
            "Uppföljning av handlingsplanen 2025",
            2025,
            d(2025, 4, 1),
            d(2025, 5, 30),
            "Region Kronoberg",
            data_until=2024,
            closed_on=d(2025, 6, 10),
            summary="Nätverket har fått en bättre bild av det regionala nätverksarbetet och bättre samverkan "
            f"regionalt. Nyföretagandet har gått ned sedan 2021. {INVENTED}: siffrorna.",
            entries=[
                Entry(
                    "Nyföretagandet har minskat sedan 2021 och når inte målvärdet för 2025.",
                    causes=f"Högre räntor och svagare efterfrågan. {INVENTED}",
                    improvements=f"Gemensam nyföretagarrådgivning i alla åtta kommuner. {INVENTED}",
                    decision=f"Tas in i nästa uppdatering av handlingsplanen. {INVENTED}",
                    decision_status="decided",
                    decided_on=d(2025, 6, 10),
                    goal="nyforetagande",
                    indicator="nystartade",
                    source_note=f"Att handlingsplanen uppdateras kontinuerligt är ur {SKR}, exempel 7; avvikelsen och "
                    f"beslutet {INVENTED}.",
                ),
            ],
            source_note=f"{SKR}, kap. 4: 'Nätverket träffas löpande varje månad och arbetet utgår ifrån en "
            f"handlingsplan som kontinuerligt uppdateras.' Den årliga omgången {INVENTED}.",
        ),
        Round(
            "r2026",
            "Uppföljning av handlingsplanen 2026",
            2026,
            d(2026, 4, 1),
            d(2026, 12, 18),
            "Region Kronoberg",
            source_note=f"Omgången {INVENTED}.",
        ),
    ],
    evidence=[
        Evid(
            "interview",
            "Intervjuer med näringslivscheferna om nätverket",
            d(2025, 4, 24),
            "”Det har bidragit till en bättre bild av det regionala nätverksarbetet och bättre samverkan regionalt.”",
            f"Resultatet är citerat ur {SKR}, kap. 4; att det kom fram i intervjuer, och datumet, {INVENTED}.",
            participants=["Region Kronoberg", "Växjö kommun", "Älmhults kommun"],
            participants_description="Åtta näringslivschefer, inga namn",
            round="r2025",
            goals=["foretagande"],
        ),
    ],
)
