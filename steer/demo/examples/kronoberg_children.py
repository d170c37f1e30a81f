"""The steering of Barnens bästa gäller – i Kronoberg: the Scotland model and the study trip,
Linnéuniversitetet, the identical decisions and the reference group are from the sources; goals in
detail, the indicator and its values are invented and marked (see `steer.demo`)."""

from collaborations.demo import d
from steer.demo.specs import (
    GENERAL,
    INVENTED,
    SKR,
    TALK,
    Actor,
    Doc,
    Entry,
    Evid,
    G,
    Ind,
    Own,
    Round,
    Scan,
    Steering,
    by_year,
)

SLUG = "barnens-basta-galler-kronoberg"

VAXJO, LJUNGBY, ALVESTA = "0780", "0781", "0764"

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2018, 6, 1),
            "problem": "Insatserna för barn och unga utgår från hur myndigheterna är organiserade, inte från "
            "barnets behov.",
            "research": "Skottlandsmodellen är en evidensbaserad modell för samverkan kring barn och unga. "
            f"Linnéuniversitetet är samarbetspartner. (Modellen kallas i Skottland Getting it right for every "
            f"child, GIRFEC {GENERAL}.)",
            "done_international": "Skottlandsmodellen.",
            "others_succeeded": "Skottland; en gemensam studieresa dit gjordes innan arbetet kom officiellt igång.",
            "collective_benefit": "Gemensamma arbetssätt och modeller kring barn och unga; studieresan byggde en "
            "gemensam förståelse och personliga relationer som underlättade att arbetet tog fart.",
            "source_note": f"{SKR}, exempel 6 och kap. 4 'Exempel på att leda samverkan'. Orsaker och trender "
            f"anges inte. Datum {INVENTED}.",
        }
    ],
    actors=[
        Actor(
            organization="Linnéuniversitetet",
            effect="Samarbetspartner: kunskap om evidensbaserade arbetssätt och utvärdering.",
        ),
        Actor(organization="Polismyndigheten", effect="Sitter i styrgruppen; ser barn som far illa eller begår brott."),
        Actor(organization="Region Kronoberg", effect="Hälso- och sjukvården, barn- och ungdomspsykiatrin."),
        Actor(
            name="Fristående förskolor och skolor i länet",
            sector="business",
            effect=f"Möter många barn varje dag men omfattas inte av nämndernas beslut. Att de saknas är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Region Kronoberg",
            "Tidiga insatser minskar behovet av specialiserad barn- och ungdomspsykiatri.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Växjö kommun",
            "Färre placeringar utanför hemmet och bättre skolresultat.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Ljungby kommun",
            "Tillgång till processledare och metodstöd som kommunen inte har själv.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "own",
            "Likalydande beslut om Barnens bästa gäller",
            year_from=2019,
            adopted_by="Region Kronoberg och länets åtta kommuner (likalydande beslut i nämnderna)",
            description="Främja tidiga och förebyggande insatser.",
            source_note=f"{TALK}, bilden 'Kronoberg - Barnens bästa gäller': 'Likalydande beslut i alla kommuners "
            f"nämnder och i regionen – främja tidiga och förebyggande insatser'. Årtalet {INVENTED}.",
            goals=[
                G(
                    "trygg",
                    "En trygg och säker uppväxt för varje barn",
                    source_note=f"{SKR}, exempel 6.",
                ),
                G(
                    "tidiga",
                    "Främjande, tidiga och samordnade insatser utifrån barnets behov",
                    term="short",
                    target_year=2026,
                    parent="trygg",
                    source_note=f"{SKR}, exempel 6: 'Målet är utgå från barnets behov och inte hur myndigheterna "
                    f"är organiserade.' Målåret {INVENTED}.",
                ),
                G(
                    "arbetssatt",
                    "Gemensamma arbetssätt och modeller kring barn och unga",
                    term="short",
                    target_year=2026,
                    parent="trygg",
                    source_note=f"{SKR}, exempel 6. Målåret {INVENTED}.",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "placerade",
            "tidiga",
            "Barn och unga 0–20 år placerade i HVB eller familjehem",
            "rate",
            "lower",
            [VAXJO, LJUNGBY, ALVESTA],
            by_gender=True,
            responsible="Region Kronoberg",
            baseline=(2019, 9.6),
            targets=[(2026, 8.5, INVENTED), (2030, 7.5, INVENTED)],
            values=[
                (VAXJO, "K", by_year(2019, [8.4, 8.2, 8.1, 7.9, 7.8, 7.6, 7.5])),
                (VAXJO, "M", by_year(2019, [10.1, 10.3, 9.9, 9.8, 9.4, 9.1, 8.9])),
                (LJUNGBY, "K", by_year(2019, [9.0, 9.3, 9.1, 8.8, 8.6, 8.3, 8.0])),
                (LJUNGBY, "M", by_year(2019, [11.2, 11.8, 12.1, 12.0, 12.4, 12.2, 12.5])),
                (ALVESTA, "K", by_year(2019, [8.8, None, 8.5, 8.3, 8.2, 8.0, 7.9])),
                (ALVESTA, "M", by_year(2019, [10.4, None, 10.0, 9.8, 9.5, 9.3, 9.0])),
            ],
            values_invented=True,
            rationale="Tidiga och samordnade insatser ska minska behovet av placeringar utanför hemmet. "
            "Motsvarar Koladas N33818 (antal/1 000 inv, finns bara för kommuner). Alvesta saknar värde 2020; "
            "året hoppas över och räknas inte som noll.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärden "
            f"{INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Växjö kommun",
            "Samordnad individuell plan för alla barn med insatser från både skola och socialtjänst",
            ["tidiga"],
            "operational_plan",
            "Socialnämndens verksamhetsplan 2026",
            2026,
            source_note=f"De likalydande besluten i nämnderna är ur {TALK}; det egna målet {INVENTED}.",
        ),
        Own(
            "Region Kronoberg",
            "Barnhälsovården arbetar med en gemensam modell för tidig upptäckt",
            ["arbetssatt"],
            "operational_plan",
            "Verksamhetsplan 2026 för hälso- och sjukvården",
            2026,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
    ],
    rounds=[
        Round(
            "r2026",
            "Uppföljning 2026",
            2026,
            d(2026, 9, 1),
            d(2026, 12, 18),
            "Region Kronoberg",
            assessments=[
                ("arbetssatt", "at_risk", f"Arbetssätten är införda i fem av åtta kommuner. {INVENTED}"),
            ],
            entries=[
                Entry(
                    "Placeringarna av pojkar i Ljungby ökar i stället för att minska.",
                    causes=f"Få tidiga insatser för pojkar 13–16 år; lång väntan till barn- och ungdomspsykiatrin. "
                    f"{INVENTED}",
                    improvements=f"Processledarna stödjer Ljungbys arbetsgrupp med en handlingsplan. {INVENTED}",
                    decision_status="proposed",
                    indicator="placerade",
                    goal="tidiga",
                    source_note=f"Processledarna i kommunerna är ur {SKR}, kap. 4; avvikelsen och förslaget "
                    f"{INVENTED}.",
                ),
            ],
            source_note=f"Skriften beskriver ingen uppföljning; två processledare på Region Kronoberg ansvarar för "
            f"den länsövergripande processen ({SKR}, kap. 4). Omgången {INVENTED}.",
        ),
    ],
    evidence=[
        Evid(
            "focus_group",
            "Tvärgruppen barn och unga: hur märks arbetssätten i vardagen?",
            d(2026, 10, 7),
            "Skolsköterskor och socialsekreterare ser barnets behov tidigare, men informationen följer inte "
            "alltid med när barnet byter verksamhet.",
            f"Tvärgruppen 'barn och unga' (referensgrupp av många professioner) är ur {SKR}, kap. 4; att den "
            f"används som fokusgrupp, och vad den sade, {INVENTED}.",
            participants=["Region Kronoberg", "Växjö kommun", "Ljungby kommun", "Polismyndigheten"],
            participants_description="9 representanter för olika professioner, inga namn",
            round="r2026",
            goals=["arbetssatt"],
        ),
    ],
    scans=[
        Scan(
            "international",
            d(2018, 4, 16),
            "Gemensam studieresa till Skottland",
            "Kommunerna i Kronobergs län och regionen studerade Skottlandsmodellen tillsammans. Resan byggde en "
            "gemensam förståelse och personliga relationer som underlättade att arbetet tog fart. Datumet "
            f"{INVENTED}.",
            f"{SKR}, kap. 4 'Exempel på att leda samverkan'",
            goals=["trygg", "arbetssatt"],
        ),
    ],
    resources=[("tidiga", "Region Kronoberg", 2026)],
)
