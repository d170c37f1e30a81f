"""The steering of Nya perspektiv: a yearly political direction document (inriktningsdokument) with
shared result goals in six challenges, feeding each party's budget process. Four challenges are named
in the sources, two are invented; all figures are invented and marked (see `steer.demo`)."""

from collaborations.demo import d
from steer.demo.specs import INVENTED, SKR, Actor, Doc, Entry, G, Ind, Own, Round, Steering, by_year

SLUG = "nya-perspektiv-varmland"

LAN = "17"  # Värmlands län
KARLSTAD, TORSBY = "1780", "1737"

CHALLENGES = (
    "barnalivet, ungdomslivet, vuxenlivet och äldrelivet (namngivna i skriften) samt arbetslivet och "
    f"de hälsofrämjande livsmiljöerna ({INVENTED}: skriften namnger inte de två sista)"
)

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2007, 12, 1),
            "problem": "Kommunernas och regionens gemensamma ansvar för god och jämlik hälsa i Värmland.",
            "causes": "”insikten av att det fanns hög ohälsa i befolkningen, dåliga verksamhetsresultat samt "
            "bristande samverkan och en allmän misstro mellan kommunerna och regionen.”",
            "done_national": "Nya perspektiv startade 2007 med stöd av Sveriges Kommuner och Regioner (SKR).",
            "collective_benefit": "En gemensam referensram för att utveckla samverkan och kraftsamla kring "
            "hälsoutmaningarna; tillit mellan kommunerna och regionen.",
            "source_note": f"{SKR}, exempel 2, kap. 2 'Exempel på drivkrafter för samverkan' (orsakerna, citerade) "
            "och kap. 4: länets ledande förtroendevalda och tjänstepersoner samlades 'vid fyra tillfällen under "
            f"ett år för att få ökad kunskap om befolkningens utmaningar'. Datum {INVENTED}.",
        },
        {
            "drafted_on": d(2025, 9, 1),
            "trends": f"Den psykiska ohälsan bland unga, särskilt unga kvinnor, ökar; skillnaderna i självskattad "
            f"hälsa mellan kvinnor och män består. {INVENTED}",
            "source_note": f"Version 1 ur {SKR} (se där); den uppdaterade trendtexten inför 2026 års "
            f"inriktningsdokument och datumet {INVENTED}.",
        },
    ],
    actors=[
        Actor(organization="Region Värmland", effect="Ansvarar för hälso- och sjukvården och har koordinatorn."),
        Actor(organization="Karlstads kommun", effect="Skola och socialtjänst i länets största kommun."),
        Actor(
            organization="Försäkringskassan",
            effect=f"Sjukskrivningarna påverkar ohälsotalet i vuxenlivet. Att den saknas och bjuds in är {INVENTED}.",
            is_missing=True,
            invite=f"Välkommen att delta i arbetet med vuxenlivet i Nya perspektiv. {INVENTED}",
        ),
        Actor(
            name="Idéburna organisationer i Värmland",
            sector="civil_society",
            effect=f"Möter barn, unga och äldre utanför de offentliga verksamheterna. {INVENTED}",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Region Värmland",
            "Bättre hälsa i befolkningen minskar trycket på hälso- och sjukvården.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Karlstads kommun",
            "Tidiga insatser för barn och unga ger bättre skolresultat och färre dyra insatser senare.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Torsby kommun",
            "En liten kommun får del av kunskap och arbetssätt den inte kunnat bygga upp ensam.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "direction_document",
            "Politiskt inriktningsdokument för Nya perspektiv 2026",
            year_from=2026,
            year_to=2026,
            adopted_by="Region Värmland och länets kommuner",
            description="Övergripande målsättningar och gemensamma resultatmål i sex utmaningar: "
            f"{CHALLENGES}. Dokumentet fastställs årligen och är underlag för den ordinarie planerings- och "
            "budgetprocessen i kommunerna och regionen.",
            source_note=f"{SKR}, exempel 2 och kap. 4: 'styrs av ett politiskt inriktningsdokument med "
            "övergripande målsättningar och med gemensamma resultatmål', 'Dokumentet fastställs årligen'. "
            f"Resultatmålens lydelse anges inte i skriften; den är {INVENTED}.",
            goals=[
                G(
                    "halsa",
                    "God och jämlik hälsa i Värmland",
                    source_note=f"{SKR}, exempel 2.",
                ),
                G(
                    "barnalivet",
                    "Barnalivet: minskad psykisk ohälsa bland barn och unga",
                    term="short",
                    target_year=2026,
                    parent="halsa",
                    source_note=f"Utmaningen barnalivet ur {SKR}, kap. 4; resultatmålet {INVENTED}.",
                ),
                G(
                    "ungdomslivet",
                    "Ungdomslivet: fler unga i arbete eller studier",
                    term="short",
                    target_year=2026,
                    parent="halsa",
                    source_note=f"Utmaningen ungdomslivet ur {SKR}, kap. 4; resultatmålet {INVENTED}.",
                ),
                G(
                    "vuxenlivet",
                    "Vuxenlivet: fler med bra självskattad hälsa och mindre skillnad mellan kvinnor och män",
                    term="short",
                    target_year=2026,
                    parent="halsa",
                    source_note=f"Utmaningen vuxenlivet ur {SKR}, kap. 4; resultatmålet {INVENTED}.",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "psykisk",
            "barnalivet",
            "Psykisk ohälsa bland barn och unga 0–19 år",
            "percentage",
            "lower",
            [KARLSTAD, TORSBY],
            by_gender=True,
            responsible="Region Värmland",
            baseline=(2019, 9.6),
            targets=[(2026, 10.0, INVENTED), (2030, 9.0, INVENTED)],
            values=[
                (KARLSTAD, "K", by_year(2019, [10.2, 10.8, 11.5, 11.9, 12.1, 12.4, 12.2])),
                (KARLSTAD, "M", by_year(2019, [8.9, 9.1, 9.4, 9.5, 9.6, 9.5, 9.4])),
                (TORSBY, "K", by_year(2019, [9.4, 9.9, 10.6, 10.4, 10.1, 9.8, 9.6])),
                (TORSBY, "M", by_year(2019, [8.1, 8.4, 8.8, 8.6, 8.5, 8.2, 8.0])),
            ],
            values_invented=True,
            rationale="Resultatmålet i barnalivet gäller psykisk ohälsa. Motsvarar Koladas N33820 (finns bara "
            "för kommuner); två kommuner av olika storlek visas.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärden "
            f"{INVENTED}.",
        ),
        Ind(
            "neet",
            "ungdomslivet",
            "Unga 16–24 år som varken arbetar eller studerar",
            "percentage",
            "lower",
            [LAN],
            by_gender=True,
            responsible="Region Värmland",
            baseline=(2019, 9.9),
            targets=[(2026, 9.0, INVENTED)],
            values=[
                (LAN, "K", by_year(2019, [8.9, 9.4, 10.1, 9.3, 8.8, 8.6, 8.4])),
                (LAN, "M", by_year(2019, [10.8, 11.6, 12.3, 11.1, 10.6, 10.2, 9.9])),
            ],
            values_invented=True,
            rationale="Resultatmålet i ungdomslivet gäller deltagande i arbete och studier. Motsvarar Koladas N02797.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärde "
            f"{INVENTED}.",
        ),
        Ind(
            "sjalvskattad",
            "vuxenlivet",
            "Invånare med bra självskattat hälsotillstånd",
            "percentage",
            "higher",
            [LAN],
            by_gender=True,
            responsible="Region Värmland",
            frequency="irregular",
            baseline=(2016, 70.5),
            targets=[(2026, 72.0, f"För både kvinnor och män, så att skillnaden minskar. {INVENTED}")],
            values=[
                (LAN, "K", {2016: 68.0, 2018: 67.0, 2020: 66.0, 2022: 67.0, 2024: 66.0}),
                (LAN, "M", {2016: 73.0, 2018: 74.0, 2020: 73.0, 2022: 74.0, 2024: 75.0}),
            ],
            values_invented=True,
            rationale="Jämlik hälsa: samma mål för kvinnor och män visar om skillnaden minskar. Motsvarar Koladas "
            "U01405 (regionala folkhälsoenkäter, vartannat år).",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärde "
            f"{INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Region Värmland",
            "Hälso- och sjukvården erbjuder alla barn och unga med psykisk ohälsa en första bedömning inom 30 dagar",
            ["barnalivet"],
            "budget",
            "Region Värmlands budget 2026 med plan för 2027–2028",
            2026,
            source_note=f"Att inriktningsdokumentet är underlag för budgetprocessen är ur {SKR}, exempel 2; det egna "
            f"målet {INVENTED}.",
        ),
        Own(
            "Karlstads kommun",
            "Fler elever fullföljer gymnasieskolan",
            ["ungdomslivet"],
            "budget",
            "Karlstads kommuns budget 2026",
            2026,
            source_note=f"Placeringen i budgeten följer {SKR}, exempel 2; det egna målet {INVENTED}.",
        ),
        Own(
            "Torsby kommun",
            "Elevhälsan når alla elever i årskurs 7 med hälsosamtal",
            ["barnalivet"],
            "budget",
            "Torsby kommuns budget 2026",
            2026,
            source_note=f"Placeringen i budgeten följer {SKR}, exempel 2; det egna målet {INVENTED}.",
        ),
    ],
    rounds=[
        Round(
            "r2025",
            "Uppföljning av resultatmålen 2025",
            2025,
            d(2025, 8, 18),
            d(2025, 10, 15),
            "Region Värmland",
            data_until=2024,
            closed_on=d(2025, 10, 22),
            summary=f"Den psykiska ohälsan bland flickor i Karlstad fortsätter att öka; unga i arbete eller "
            f"studier går åt rätt håll. Underlag till 2026 års inriktningsdokument. {INVENTED}",
            entries=[
                Entry(
                    "Den psykiska ohälsan bland flickor ökar i Karlstad och ligger över målvärdet.",
                    causes=f"Oklart; skolan och hälso- och sjukvården ser olika delar av bilden. {INVENTED}",
                    improvements="Tas upp vid det årliga seminariet och i förslaget till nästa års "
                    "inriktningsdokument; varje part beslutar i sin egen budgetprocess.",
                    decision_status="none",
                    goal="barnalivet",
                    indicator="psykisk",
                    source_note=f"{SKR}, kap. 4 'Exempel på att leda samverkan': vid den årliga träffen 'Inga "
                    "formella beslut fattas'; dokumentet är 'underlag för den ordinarie planerings- och "
                    f"budgetprocessen'. Avvikelsen {INVENTED}.",
                ),
            ],
            source_note=f"Skriften beskriver ingen uppföljningsomgång, men inriktningsdokumentet med resultatmål "
            f"fastställs årligen ({SKR}, exempel 2). Omgången {INVENTED}.",
        ),
        Round(
            "r2026",
            "Uppföljning av resultatmålen 2026",
            2026,
            d(2026, 8, 17),
            d(2026, 12, 15),
            "Region Värmland",
            source_note=f"Omgången {INVENTED}.",
        ),
    ],
    resources=[("halsa", "Region Värmland", 2026)],
)
