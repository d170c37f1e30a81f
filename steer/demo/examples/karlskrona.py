"""The steering of Karlskronakommissionen: the aim, what it built on, the wish to measure the
collected effects and Vision Karlskrona 2030 are from the sources; goals in detail, indicators,
values and follow-up are invented and marked (see `steer.demo`)."""

from collaborations.demo import d
from steer.demo.specs import INVENTED, SKR, Actor, Doc, Entry, Evid, G, Ind, Own, Round, Steering, by_year

SLUG = "karlskronakommissionen"

KARLSKRONA = "1080"
PROJECTS = f"ett av de befintliga samverkansprojekten ({SKR}, kap. 2); målformuleringen {INVENTED}."

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2015, 3, 2),
            "problem": "Skapa de bästa förutsättningarna för en bra start i livet för alla barn och unga i "
            "kommunen och lägga grunden för ett socialt hållbart Karlskrona.",
            "done_local": "Befintliga samverkansprojekt om social hållbarhet: tidiga insatser för barn och unga, "
            "psykisk hälsa och brottsförebyggande arbete. Frivilligarbetet med seniorer i skolan har funnits i "
            "19 år.",
            "collective_benefit": "Ett helhetsgrepp: att identifiera vad som görs och mäta de samlade effekterna "
            "av arbetet.",
            "source_note": f"{SKR}, kap. 2 'Exempel på drivkrafter för samverkan', kap. 4 'Exempel på organisering' "
            "och 'Exempel på aktiviteter i samverkan'. Orsaker, trender och forskning anges inte. Datum "
            f"{INVENTED}.",
        }
    ],
    actors=[
        Actor(
            organization="Studiefrämjandet",
            effect="Har gått in med resurser för att strukturera frivilligarbetet med seniorer i skolan och "
            "erbjuda utbildningar.",
        ),
        Actor(organization="Polismyndigheten", effect="Sitter i projektgruppen; brottsförebyggande arbete."),
        Actor(organization="Region Blekinge", effect="Sitter i projektgruppen; hälso- och sjukvård för barn och unga."),
        Actor(
            name="Idrottsföreningar i Karlskrona",
            sector="civil_society",
            effect=f"Når många barn och unga på fritiden. Att de saknas är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Polismyndigheten",
            "Färre unga som dras in i brott minskar polisens arbete längre fram.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Studiefrämjandet",
            "Fler frivilliga seniorer som vill utbilda sig och engagera sig.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "own",
            "Strategi och handlingsplan för ett socialt hållbart Karlskrona",
            year_from=2017,
            year_to=2030,
            adopted_by=f"Kommunfullmäktige i Karlskrona {INVENTED}",
            description="Kommissionens resultat, i linje med Vision Karlskrona 2030 och kommunens styrmodell med "
            "de tre hållbarhetsperspektiven (social, ekologisk och ekonomisk hållbarhet).",
            source_note=f"{SKR}, exempel 5: kommissionen 'resulterade i en strategi och en handlingsplan för ett "
            "socialt hållbart Karlskrona'; kap. 4: 'i linje med kommunens Vision Karlskrona 2030'. Innehållet "
            f"anges inte; beslutet och årtalen {INVENTED}.",
            goals=[
                G(
                    "bra_start",
                    "En bra start i livet för alla barn och unga i Karlskrona",
                    target_year=2030,
                    source_note=f"{SKR}, kap. 4 'Exempel på organisering av samverkansarbete'. Målåret följer "
                    "visionen (2030).",
                ),
                G(
                    "tidiga",
                    "Tidiga insatser för barn och unga",
                    term="short",
                    target_year=2025,
                    parent="bra_start",
                    source_note=f"Bygger på {PROJECTS}",
                ),
                G(
                    "psykisk",
                    "Bättre psykisk hälsa bland barn och unga",
                    term="short",
                    target_year=2025,
                    parent="bra_start",
                    source_note=f"Bygger på {PROJECTS}",
                ),
                G(
                    "brott",
                    "Färre unga i brott",
                    term="short",
                    target_year=2025,
                    parent="bra_start",
                    source_note=f"Bygger på {PROJECTS}",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "psykisk_ohalsa",
            "psykisk",
            "Psykisk ohälsa bland barn och unga 0–19 år",
            "percentage",
            "lower",
            [KARLSKRONA],
            by_gender=True,
            responsible="Region Blekinge",
            baseline=(2016, 9.8),
            targets=[(2025, 9.5, INVENTED), (2030, 9.0, INVENTED)],
            values=[
                (KARLSKRONA, "K", by_year(2016, [10.6, 11.0, 11.3, 11.2, 11.6, 11.9, 11.7, 11.4, 11.2, 11.0])),
                (KARLSKRONA, "M", by_year(2016, [9.0, 9.2, 9.1, 9.0, 9.2, 9.1, 8.9, 8.8, 8.6, 8.5])),
            ],
            values_invented=True,
            rationale="Psykisk hälsa är ett av de tre befintliga projekten. Motsvarar Koladas N33820.",
            source_note=f"Förslag till indikator; {SKR} anger ingen, men kommissionen ville 'mäta de samlade "
            f"effekterna av arbetet'. Alla värden, utgångsvärde och målvärden {INVENTED}.",
        ),
        Ind(
            "behoriga",
            "tidiga",
            "Elever i åk 9 som är behöriga till yrkesprogram",
            "percentage",
            "higher",
            [KARLSKRONA],
            by_gender=True,
            responsible="Karlskrona kommun",
            baseline=(2016, 84.5),
            targets=[(2025, 88.0, INVENTED), (2030, 90.0, INVENTED)],
            values=[
                (KARLSKRONA, "K", by_year(2016, [86.1, 86.8, 87.0, 87.9, 88.4, 87.6, 88.9, 89.2, 89.0, 89.5])),
                (KARLSKRONA, "M", by_year(2016, [82.9, 83.1, 82.4, 83.0, 84.1, 83.2, 83.9, 84.4, 84.0, 84.6])),
            ],
            values_invented=True,
            rationale="Tidiga insatser ska ge en bra start i skolan; behörighet till gymnasiet är ett mått på "
            "det. Motsvarar Koladas N15428.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärden "
            f"{INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Karlskrona kommun",
            "Alla barn i förskoleklass erbjuds en läs- och språkscreening",
            ["tidiga"],
            "budget",
            "Karlskrona kommuns budget 2018 med plan för 2019–2020",
            2018,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
    ],
    rounds=[
        Round(
            "r2024",
            "Uppföljning av strategin 2024",
            2024,
            d(2024, 2, 5),
            d(2024, 4, 30),
            "Karlskrona kommun",
            data_until=2023,
            closed_on=d(2024, 5, 14),
            summary=f"Behörigheten ökar för flickor men inte tillräckligt för pojkar; den psykiska ohälsan bland "
            f"flickor har vänt nedåt men är över målvärdet. {INVENTED}",
            entries=[
                Entry(
                    "Pojkarnas behörighet till yrkesprogram ligger under målvärdet.",
                    causes=f"Högre frånvaro bland pojkar i högstadiet. {INVENTED}",
                    improvements=f"Seniorer i skolan på alla högstadieskolor. {INVENTED}",
                    decision=f"Utbildningsnämnden utökar läxhjälpen med seniorer i skolan. {INVENTED}",
                    decision_status="decided",
                    decided_on=d(2024, 6, 12),
                    goal="tidiga",
                    indicator="behoriga",
                    source_note=f"Seniorer i skolan är ur {SKR}, kap. 4; avvikelsen och beslutet {INVENTED}.",
                ),
            ],
            source_note=f"Skriften beskriver ingen uppföljning efter kommissionen; omgången {INVENTED}.",
        ),
    ],
    evidence=[
        Evid(
            "visit",
            "Verksamhetsbesök: seniorer i skolan",
            d(2024, 3, 20),
            "Lärarna beskriver att seniorerna ger lugn i klassrummet och tid för elever som behöver stöd.",
            f"Seniorer i skolan och Studiefrämjandets roll är ur {SKR}, kap. 4; besöket och vad det visade {INVENTED}.",
            participants=["Karlskrona kommun", "Studiefrämjandet"],
            participants_description="Rektor, två lärare och tre seniorer",
            round="r2024",
            goals=["tidiga"],
            indicators=["behoriga"],
        ),
    ],
    resources=[("tidiga", "Studiefrämjandet", 2017)],
)
