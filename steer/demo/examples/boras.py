"""The steering of Borås' local authority collaboration (under secrecy): the problem, the scan of
Göteborg, the follow-up at every meeting and the planned field inspections are from the sources;
goals in numbers, indicators and values are invented and marked (see `steer.demo`)."""

from collaborations.demo import d
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
    Scan,
    Steering,
    by_year,
)

SLUG = "boras-myndighetssamverkan-trygghet"

BORAS = "1490"

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2016, 3, 1),
            "problem": "Att långsiktigt och strategiskt förhindra att kriminalitet, oegentligheter och korruption "
            "får fäste i Borås stads verksamheter.",
            "done_regional": "Göteborgs stad har ett liknande arbete, som Borås stad analyserade när Centrum för "
            "kunskap och säkerhet (CKS) inrättades.",
            "others_succeeded": "Göteborgs stad: ”För att undvika onödiga misstag och fallgropar gjorde Borås stad "
            "en omvärldsbevakning och analyserade ett liknande arbete i Göteborgs stad”.",
            "collective_benefit": "”De förenklade möjligheterna att föra dialog med varandra bidrar till ett ökat "
            "engagemang och att snabbare gå från ord till handling.” Ett brett arbete mot brottslighet gynnar "
            "flera verksamheter på en gång.",
            "causes": f"Orsakerna anges inte i skriften. {INVENTED}: kriminella aktörer söker sig till kommunala "
            "upphandlingar, bidrag och tillstånd.",
            "source_note": f"{SKR}, exempel 1 (problemet), kap. 4 'Exempel på styrning och uppföljning av samverkan' "
            "(Göteborg) och 'Exempel på att leda samverkan' (den gemensamma nyttan). Att ett brett arbete mot "
            "brottslighet gynnar flera är skriftens allmänna exempel i sammanfattningen, inte sagt om Borås. "
            f"Datum och orsakstexten {INVENTED}.",
        }
    ],
    actors=[
        Actor(
            organization="Borås Stad",
            effect="Leder arbetet genom CKS, centralt placerat under kommunstyrelsen: ”spindeln i nätet”.",
        ),
        Actor(
            organization="Polismyndigheten",
            effect="Utreder brott och bidrar till lägesbilden, inom sitt eget ansvar och regelverk.",
        ),
        Actor(
            organization="Skatteverket",
            effect="Kontrollerar skatter och folkbokföring; centralt mot ekonomisk brottslighet.",
        ),
        Actor(
            name="Bostadsbolag i Boråsområdet",
            sector="business",
            effect=f"Ser otrygghet och brott i bostadsområdena först. Att de saknas i samverkan är {INVENTED}.",
            is_missing=True,
        ),
        Actor(
            name="Lokala näringsidkare i Borås centrum",
            sector="business",
            effect=f"Drabbas av brott och otrygghet i centrum. Att de saknas i samverkan är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Borås Stad",
            "Kriminalitet, oegentligheter och korruption får inte fäste i stadens verksamheter.",
            f"{SKR}, exempel 1 (CKS:s uppdrag).",
        ),
        (
            "Skatteverket",
            "Tips och lägesbild från kommunen och de andra myndigheterna ger bättre urval till kontroller.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Polismyndigheten",
            "Snabbare från ord till handling när berörda myndigheter redan känner varandra.",
            f"Bygger på {SKR}, kap. 4 'Exempel på att leda samverkan'; att det är polisens egennytta {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "own",
            "Avsiktsförklaring för myndighetssamverkan för trygghet, rättvisa och demokrati",
            year_from=2016,
            adopted_by=f"De 15 parterna {INVENTED}",
            description="Lyfter varje myndighets kompetens och erfarenhet att arbeta för trygghet, rättvisa och "
            "demokrati i Borås genom att samverka och samarbeta mot gemensamma mål.",
            source_note=f"{SKR}, exempel 1 och kap. 4 'Exempel på organisering av samverkansarbete'. Skriften "
            "anger inga mätbara mål, inga siffror och inga målår.",
            goals=[
                G(
                    "kriminalitet",
                    "Minskad kriminalitet i Boråsområdet",
                    source_note=f"{TALK}, bilden 'Några exempel': 'Borås – Minskad kriminalitet!'",
                ),
                G(
                    "faste",
                    "Kriminalitet, oegentligheter och korruption får inte fäste i Borås stads verksamheter",
                    parent="kriminalitet",
                    source_note=f"{SKR}, exempel 1.",
                ),
                G(
                    "trygghet",
                    "Ökad trygghet för dem som bor och verkar i Boråsområdet",
                    term="short",
                    target_year=2027,
                    parent="kriminalitet",
                    source_note=f"Avsiktsförklaringen: 'trygghet, rättvisa och demokrati' ({SKR}, kap. 4). "
                    f"Formuleringen och målåret {INVENTED}.",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "brott",
            "kriminalitet",
            "Anmälda brott totalt per 100 000 invånare",
            "rate_100k",
            "lower",
            [BORAS],
            responsible="Polismyndigheten",
            baseline=(2016, 13900),
            targets=[(2027, 11000, INVENTED)],
            values=[
                (BORAS, "T", by_year(2016, [13900, 13600, 13200, 13400, 12800, 12100, 12300, 11900, 11600, 11400]))
            ],
            values_invented=True,
            rationale="Visar om brottsligheten i Borås minskar. Motsvarar Koladas N07540 (anmälda brott totalt, "
            "antal/100 000 inv). Anmälda brott speglar också anmälningsbenägenhet och polisens egna insatser, "
            "därför läses indikatorn tillsammans med besiktningen i fält.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden, utgångsvärde och målvärde "
            f"{INVENTED}. Per 100 000 invånare, därför 'antal' och inte 'per 1 000 invånare'.",
        ),
        Ind(
            "trygg",
            "trygghet",
            "Trygga utomhus i sitt område när det är mörkt",
            "percentage",
            "higher",
            [BORAS],
            by_gender=True,
            responsible="Borås Stad",
            frequency="irregular",
            baseline=(2019, 67.0),
            targets=[(2027, 70.0, INVENTED)],
            values=[
                (BORAS, "K", {2019: 56.0, 2021: 55.0, 2023: 58.0, 2025: 59.0}),
                (BORAS, "M", {2019: 78.0, 2021: 79.0, 2023: 80.0, 2025: 82.0}),
            ],
            values_invented=True,
            rationale="Trygghet är en del av målet och skiljer sig mellan kvinnor och män. Motsvarar Koladas "
            "N00610 (Medborgarundersökningen), som mäts vartannat år; åren däremellan saknas och räknas inte.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Alla värden och målvärdet {INVENTED}.",
        ),
        Ind(
            "besiktning",
            "faste",
            "Okulär besiktning i fält",
            "qualitative",
            "higher",
            [BORAS],
            responsible="Borås Stad",
            rationale="Sekretessen gör att inga mötesanteckningar förs och effekterna är svåra att mäta; "
            "besiktningen i fält ger en bedömning i stället.",
            source_note=f"{SKR}, kap. 4 'Exempel på aktiviteter i samverkan': 'Därför planeras för stunden okulär "
            "besiktning som ska ske i fält.' Bedömningarna nedan {INVENTED}.",
        ),
    ],
    own_goals=[
        Own(
            "Borås Stad",
            "CKS samordnar myndighetssamverkan mot kriminalitet, oegentligheter och korruption",
            ["faste"],
            "budget",
            "Borås Stads budget 2026",
            2026,
            source_note=f"CKS:s uppdrag ur {SKR}, exempel 1; placeringen i budget 2026 {INVENTED}.",
        ),
        Own(
            "Polismyndigheten",
            "Ökad trygghet i Borås centrum kvällstid",
            ["trygghet"],
            "other",
            "Medborgarlöfte för Borås 2026",
            2026,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
    ],
    conflicts=[
        Conflict(
            "Informationsutbyte mot sekretessregler",
            "Målet att snabbt gå från ord till handling kräver att myndigheterna delar uppgifter, men varje "
            "myndighet har sitt eget ansvar och regelverk och får bara dela det sekretessen medger.",
            ["Borås Stad", "Skatteverket", "Försäkringskassan", "Polismyndigheten"],
            goals=["faste"],
            documents="Avsiktsförklaringen; offentlighets- och sekretesslagen; myndigheternas instruktioner",
            handling="Bara de parter som berörs träffas i en undergrupp; inga särskilda mötesanteckningar förs.",
            status="handling",
            source_note=f"{TALK}, 'Hantera olikheter': 'Olika myndigheters ansvar och regelverk', 'Respektera "
            f"sekretessregler'; {SKR}, kap. 4 (undergrupper, inga anteckningar). Att det är en målkonflikt "
            f"och vilka parter som berörs {INVENTED}.",
        )
    ],
    rounds=[
        Round(
            "r2025",
            "Årlig uppföljning 2025",
            2025,
            d(2025, 1, 13),
            d(2025, 3, 31),
            "Borås Stad",
            data_until=2024,
            closed_on=d(2025, 4, 8),
            summary=f"Anmälda brott minskar; kvinnors trygghet står still. Bara samlade uppgifter redovisas, "
            f"eftersom arbetet sker under sekretess. {INVENTED}",
            assessments=[
                (
                    "besiktning",
                    "at_risk",
                    f"Första besiktningen: nedskräpning och otrygga platser nära stationen. {INVENTED}",
                ),
                ("trygghet", "at_risk", f"Män trygga, kvinnor inte. {INVENTED}"),
            ],
            entries=[
                Entry(
                    "Effekterna av arbetet är svåra att mäta.",
                    causes="”Eftersom det sker under sekretess förs inte heller särskilda mötesanteckningar.”",
                    improvements="Okulär besiktning i fält och samlad statistik som inte röjer enskilda ärenden.",
                    decision=f"Samverkansgruppen besiktigar tre platser i fält varje höst. {INVENTED}",
                    decision_status="decided",
                    decided_on=d(2025, 4, 8),
                    goal="faste",
                    source_note=f"Avvikelsen och orsaken ur {SKR}, kap. 4 'Exempel på aktiviteter i samverkan'; "
                    f"beslutet och datumet {INVENTED}.",
                ),
            ],
            source_note=f"{SKR}, kap. 4: 'Vid varje möte följer man upp tidigare påbörjade uppdrag' (varje "
            f"månad). En årlig samlad omgång {INVENTED}.",
        ),
        Round(
            "r2026",
            "Årlig uppföljning 2026",
            2026,
            d(2026, 1, 12),
            d(2026, 3, 31),
            "Borås Stad",
            assessments=[
                ("besiktning", "on_track", f"Platserna nära stationen är åtgärdade. {INVENTED}"),
            ],
            source_note=f"Omgången {INVENTED}; uppföljningen vid varje möte ur {SKR}, kap. 4.",
        ),
    ],
    evidence=[
        Evid(
            "inspection",
            "Okulär besiktning i fält: stationsområdet och centrum",
            d(2025, 10, 14),
            "Tre platser besiktigades. Nedskräpning och dålig belysning vid en gångtunnel; inga tecken på "
            "olovlig verksamhet i de besökta lokalerna.",
            f"Att besiktning i fält planeras är ur {SKR}, kap. 4; besiktningen, platserna och resultatet {INVENTED}.",
            participants=["Borås Stad", "Polismyndigheten", "Södra Älvsborgs Räddningstjänstförbund"],
            participants_description="Tre operativa chefer ur samverkansgruppen",
            round="r2025",
            goals=["faste", "trygghet"],
            indicators=["besiktning"],
        ),
        Evid(
            "inspection",
            "Okulär besiktning i fält: uppföljning av åtgärderna",
            d(2026, 2, 17),
            "Belysningen vid gångtunneln är åtgärdad; platsen upplevs tryggare av dem som går där.",
            f"Besiktningen och resultatet {INVENTED}.",
            participants=["Borås Stad", "Polismyndigheten"],
            participants_description="Två operativa chefer ur samverkansgruppen",
            round="r2026",
            goals=["trygghet"],
            indicators=["besiktning"],
        ),
    ],
    scans=[
        Scan(
            "regional",
            d(2016, 3, 1),
            "Göteborgs stads arbete mot oegentligheter",
            "Borås stad analyserade ett liknande arbete i Göteborgs stad för att undvika onödiga misstag och "
            "fallgropar när CKS inrättades.",
            f"{SKR}, kap. 4 'Exempel på styrning och uppföljning av samverkan'",
            goals=["faste"],
        ),
        Scan(
            "local",
            d(2026, 10, 20),
            "Månadens lägesbild: händelser i Boråsområdet",
            f"De mest aktuella händelserna vad gäller brottslighet och säkerhet lyfts vid varje träff. Innehållet "
            f"visas inte: sekretess. {INVENTED}: datumet.",
            f"{SKR}, kap. 4 'Exempel på aktiviteter i samverkan'",
            goals=["kriminalitet"],
            round="r2026",
        ),
    ],
)
