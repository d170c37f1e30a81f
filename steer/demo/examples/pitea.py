"""The steering of Piteå's collaboration with Älvsbyn: the five purposes, the weighted benefit and
the accepted give-and-take conflict are from the sources; Älvsbyn's population 2025 is real (Kolada
N01951), beside it a baseline for 2018 typed from a report (invented); targets, the other indicator and its
values are invented and marked (see `steer.demo`)."""

from collaborations.demo import d
from steer.demo.specs import INVENTED, SKR, Actor, Conflict, Doc, Entry, Evid, G, Ind, Own, Round, Steering, by_year

SLUG = "pitea-alvsbyn-femkanten"

PITEA, ALVSBYN = "2581", "2560"
PURPOSE = (
    f"{SKR}, exempel 8: 'Syftet med samverkan är att minska kostnader, minska sårbarhet, säkra kompetens, "
    f"öka kvalité och öka attraktivitet.' Att syftena grupperas så här {INVENTED}."
)

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2013, 2, 1),
            "problem": "Minska kostnader, minska sårbarhet, säkra kompetens, öka kvalitet och öka attraktivitet – "
            "och stärka regionen.",
            "done_regional": "Piteå har sedan flera år samverkat i Femkanten med Boden, Kalix, Luleå och Älvsbyn.",
            "collective_benefit": "”en relation som baseras på att ett högre mervärde skapas gemensamt än var och en "
            "för sig.” Den sammanvägda nyttan, i stället för den enskilt bästa lösningen, ska vara styrande.",
            "source_note": f"{SKR}, exempel 8 och kap. 2 'Exempel på drivkrafter för samverkan'. Varje "
            "samverkansområde analyseras i en förstudie (kap. 4). Orsaker, trender och forskning anges inte. Datum "
            f"{INVENTED}.",
        }
    ],
    actors=[
        Actor(
            organization="Älvsbyns kommun",
            effect="Strategisk part för samverkan: riktlinjerna prioriterar den geografiska närheten som den "
            "starkaste faktorn.",
        ),
        Actor(
            organization="Luleå kommun",
            effect="Part i Femkanten; riktlinjerna framhåller öppenhet för samverkan med andra kommuner och parter.",
        ),
        Actor(
            name="Region Norrbotten",
            sector="region",
            effect=f"Kollektivtrafik och hälso- och sjukvård mellan kommunerna. Att regionen saknas är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Piteå kommun",
            "Den sammanvägda nyttan av all samverkan med medaktören ska ge den största långsiktiga nyttan för "
            "Piteås medborgare.",
            f"{SKR}, kap. 2 'Exempel på drivkrafter för samverkan' (Piteås riktlinjer).",
        ),
    ],
    documents=[
        Doc(
            "own",
            "Riktlinjer för ökad samverkan med Älvsbyns kommun",
            year_from=2013,
            adopted_by="Piteå kommun",
            description="Framhåller avsikten att stärka regionen, prioriterar den geografiska närheten och utser "
            "Älvsbyns kommun som strategisk part för samverkan.",
            source_note=f"{SKR}, exempel 8: 'År 2013 antog Piteå kommun riktlinjer för ökad samverkan med Älvsbyns "
            "kommun.' Skriften säger inget om beslut i Älvsbyn, och anger inga mätbara mål eller målår.",
            goals=[
                G("starka", "Stärka regionen", source_note=f"{SKR}, exempel 8: 'avsikten att stärka regionen'."),
                G(
                    "kostnader",
                    "Minska kostnader och sårbarhet",
                    parent="starka",
                    source_note=PURPOSE,
                ),
                G(
                    "kompetens",
                    "Säkra kompetens och öka kvalitet",
                    term="short",
                    target_year=2030,
                    parent="starka",
                    source_note=PURPOSE + f" Målåret {INVENTED}.",
                ),
                G(
                    "attraktivitet",
                    "Öka attraktivitet",
                    term="short",
                    target_year=2030,
                    parent="starka",
                    source_note=PURPOSE + f" Målåret {INVENTED}.",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "invanare",
            "attraktivitet",
            "Invånare totalt i Älvsbyns kommun",
            "number",
            "higher",
            [ALVSBYN],
            series="N01951",
            unit="invånare",
            responsible="Älvsbyns kommun",
            baseline=(2018, 8120),
            baseline_source=f"Älvsbyns kommun, årsredovisning 2018 {INVENTED}",
            targets=[(2030, 8000, INVENTED)],
            values=[(ALVSBYN, "T", {2018: 8120.0})],
            typed_invented=True,
            values_source=f"Älvsbyns kommun, årsredovisning 2018 {INVENTED}",
            rationale="En attraktiv kommun behåller och lockar invånare; för den mindre parten är folkmängden också "
            "ett mått på sårbarhet. Målvärdet gäller en kommun, därför bara Älvsbyn.",
            source_note="Värdet 2025 är verkligt: Kolada N01951 (SCB, folkmängd 31 december 2025), levererat med "
            "demon (stats/data/demo_snapshot.csv). Utgångsvärdet 2018 är inmatat ur en rapport, bredvid serien, "
            f"och {INVENTED}; målvärdet {INVENTED}.",
        ),
        Ind(
            "tillsatta",
            "kompetens",
            "Tjänster i de gemensamma verksamheterna som är tillsatta med rätt kompetens",
            "percentage",
            "higher",
            [PITEA, ALVSBYN],
            responsible="Piteå kommun",
            baseline=(2018, 84.5),
            targets=[(2030, 95.0, INVENTED)],
            values=[
                (PITEA, "T", by_year(2018, [91.0, 92.0, 92.0, 93.0, 94.0, 93.0, 95.0, 95.0])),
                (ALVSBYN, "T", by_year(2018, [78.0, 80.0, 79.0, 83.0, 85.0, 84.0, 87.0, 88.0])),
            ],
            values_invented=True,
            rationale="Säkra kompetens: samverkan ska göra det lättare att rekrytera och behålla specialister, "
            "särskilt i den mindre kommunen.",
            source_note=f"Egen serie, förslag; {SKR} anger ingen indikator. Alla värden, utgångsvärde och målvärde "
            f"{INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Piteå kommun",
            "Minst två nya samverkansområden med Älvsbyn utreds varje år",
            ["kostnader", "kompetens"],
            "budget",
            "Piteå kommuns budget 2026 med plan för 2027–2028",
            2026,
            source_note=f"Det egna målet och dokumentet {INVENTED}. Älvsbyns egna mål anges inte i skriften.",
        ),
    ],
    conflicts=[
        Conflict(
            "All samverkan är inte det bästa alternativet för Piteå",
            "I en samverkansrelation måste båda parter vara villiga att ge och ta; i ett enskilt område kan "
            "samverkan vara sämre för Piteå än en egen lösning.",
            ["Piteå kommun", "Älvsbyns kommun"],
            goals=["kostnader", "starka"],
            documents="Riktlinjer för ökad samverkan med Älvsbyns kommun (2013)",
            handling="Accepteras: den sammanvägda nyttan av all samverkan med medaktören, inte den enskilt bästa "
            "lösningen, är styrande.",
            status="accepted",
            source_note=f"{SKR}, kap. 2: 'båda parter är villiga att ge och ta, således kan inte all samverkan vara "
            "det bästa alternativet för Piteå. Däremot ska den sammanvägda nyttan av all samverkan med medaktören "
            "ge den största långsiktiga nyttan för Piteås medborgare.'",
        )
    ],
    rounds=[
        Round(
            "r2026",
            "Styrgruppens uppföljning 2026",
            2026,
            d(2026, 1, 15),
            d(2026, 12, 10),
            "Piteå kommun",
            entries=[
                Entry(
                    "Förstudien om gemensam lönehantering visar högre kostnad för Piteå de första två åren.",
                    causes=f"Omställningskostnader för system och utbildning. {INVENTED}",
                    improvements="Genomförs ändå om den sammanvägda nyttan för båda kommunerna är större.",
                    decision_status="proposed",
                    goal="kostnader",
                    source_note=f"Förstudier och beslutsunderlag genom styrgruppen, och den sammanvägda nyttan, är ur "
                    f"{SKR}, kap. 2 och kap. 4; förstudien och siffrorna {INVENTED}.",
                ),
            ],
            source_note=f"{SKR}, kap. 4: 'Styrgruppen träffas vid minst fyra tillfällen per år' och ansvarar för "
            f"förstudier, utredningar och beslutsunderlag. En uppföljningsomgång beskrivs inte; omgången {INVENTED}.",
        ),
    ],
    evidence=[
        Evid(
            "other",
            "Förstudie: gemensam lönehantering",
            d(2026, 5, 20),
            "Berörda förvaltningschefer har utrett en gemensam lönehantering. Sårbarheten minskar i Älvsbyn; "
            "kostnaden ökar något för Piteå de första två åren.",
            f"Att berörda förvaltningschefer genomför förstudier är ur {SKR}, kap. 4; förstudien {INVENTED}.",
            participants=["Piteå kommun", "Älvsbyns kommun"],
            participants_description="Förvaltningschefer i båda kommunerna",
            round="r2026",
            goals=["kostnader"],
        ),
    ],
)
