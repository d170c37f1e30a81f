"""The steering of Blekinges unga lyfter: the only example with a measurable goal in the sources
(halve youth unemployment by 2017, for young women and men 15–29, as a first step towards a
nollvision). Every figure is invented and marked (see `steer.demo`)."""

from collaborations.demo import d
from steer.demo.specs import (
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

SLUG = "blekinge-unga-lyfter"

LAN = "10"  # Blekinge län
BASELINE = 23.2  # youth unemployment 2013, women and men together [påhittat för demon]
HALF = round(BASELINE / 2, 1)

STEERING = Steering(
    analyses=[
        {
            "drafted_on": d(2012, 6, 15),
            "problem": "Hög ungdomsarbetslöshet bland unga kvinnor och unga män 15–29 år i Blekinge.",
            "causes": "”Nedläggningen av försvarsindustrin, krisen inom fordonsindustrin, den höga "
            "ungdomsarbetslösheten och en allmän misstro mellan olika samhällsaktörer har gjort det nödvändigt "
            "för kommunerna och regionen att tillsammans med andra samverka i olika projekt.”",
            "trends": f"Färre ingångsjobb i industrin och högre krav på fullföljd gymnasieutbildning. {INVENTED}",
            "collective_benefit": "Ingen aktör kan ensam ge unga en dörr in till arbete och studier; en gemensam "
            "kraftsamling bygger också tillit mellan aktörer som misstrott varandra.",
            "source_note": f"{SKR}, kap. 2 'Exempel på drivkrafter för samverkan' (orsakerna, citerade) och kap. 4: "
            f"projektet 'föregicks av en omvärldsanalys'. Datum och trendtexten {INVENTED}.",
        },
        {
            "drafted_on": d(2012, 11, 15),
            "research": "Regionen tog fram en fördjupad målgruppsanalys och tematiska analyser om arbetsmarknad "
            f"och ohälsa. Vad analyserna visade anges inte i skriften; att många unga saknar fullständiga "
            f"gymnasiebetyg och att psykisk ohälsa är ett hinder för arbete är {INVENTED}.",
            "done_national": "Studieresa till Örnsköldsvik.",
            "done_international": "Studieresa till Skottland.",
            "others_succeeded": "Regionen genomförde studieresor till Skottland och Örnsköldsvik för att lära av "
            "andras arbete. Vad man lärde sig anges inte i skriften.",
            "done_local": "Kommunernas arbetsmarknadsenheter och Arbetsförmedlingen arbetar var för sig med unga; "
            f"ett navigatorcentrum i varje kommun som ”en dörr in” blir förslaget. {INVENTED}: att arbetet "
            "tidigare skedde var för sig.",
            "source_note": f"{SKR}, kap. 4 'Exempel på styrning och uppföljning av samverkan': 'Regionen tog fram "
            "en fördjupad målgruppsanalys samt ett antal tematiska analyser om arbetsmarknad och ohälsa. Regionen "
            f"genomförde även studieresor till Skottland och Örnsköldsvik.' {TALK}: 'Gemensam problemanalys och "
            f"utvecklingsplan'. Datum och analysernas innehåll {INVENTED}.",
        },
    ],
    actors=[
        Actor(
            organization="Arbetsförmedlingen",
            effect="Har de unga som är öppet arbetssökande inskrivna och deltar i navigatorcentrum.",
        ),
        Actor(
            organization="Karlskrona kommun",
            effect="Kommunerna driver navigatorcentrum, ”en dörr in” för alla ungdomar 15–29 år.",
        ),
        Actor(organization="Blekinge tekniska högskola", effect="Högskolan sitter i Blekingerådet."),
        Actor(
            name="Arbetsgivare i Blekinge",
            sector="business",
            effect="Arbetsgivare deltar på olika sätt i navigatorcentrums aktiviteter, men är inte part i "
            f"samverkan. Att de borde bjudas in som part är {INVENTED}.",
            is_missing=True,
        ),
    ],
    benefits=[
        (
            "Region Blekinge",
            "Fler unga i arbete stärker kompetensförsörjningen och den regionala tillväxten.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Karlskrona kommun",
            "Färre unga som behöver försörjningsstöd och fler unga som stannar i kommunen.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
        (
            "Arbetsförmedlingen",
            "Kortare tid i arbetslöshet för de unga som är inskrivna.",
            f"Egennyttan anges inte i skriften; texten {INVENTED}.",
        ),
    ],
    documents=[
        Doc(
            "own",
            "Gemensam problemanalys och utvecklingsplan för Blekinges unga lyfter",
            year_from=2013,
            year_to=2018,
            adopted_by=f"Blekingerådet {INVENTED}",
            description="Blekinges kraftsamling (från 2013) för halverad ungdomsarbetslöshet.",
            source_note=f"{TALK}: 'Gemensam problemanalys och utvecklingsplan'; {SKR}, exempel 4. Vem som antog "
            f"dokumentet {INVENTED}.",
            goals=[
                G(
                    "nollvision",
                    "Nollvision för ungdomsarbetslösheten",
                    description="Det övergripande, långsiktiga målet.",
                    source_note=f"{SKR}, kap. 4: 'Det övergripande målet för samverkansprojektet var en nollvision "
                    "för ungdomsarbetslösheten.'",
                ),
                G(
                    "halvera",
                    "Halvera ungdomsarbetslösheten till 2017",
                    term="short",
                    target_year=2017,
                    parent="nollvision",
                    description="Det första steget mot nollvisionen, för unga kvinnor och unga män.",
                    source_note=f"{SKR}, kap. 4: 'Det första steget var att ungdomsarbetslösheten skulle halveras "
                    "till 2017.'",
                    superseded_by="mindthegap",
                ),
                G(
                    "delmal",
                    "Öka sysselsättning och deltagande hos arbetslösa unga kvinnor och unga män 15–29 år",
                    term="short",
                    target_year=2017,
                    parent="halvera",
                    description="Gäller unga 15–29 år som är öppet arbetssökande.",
                    source_note=f"{SKR}, exempel 4: 'Delmål var att öka sysselsättning och deltagande hos "
                    "arbetslösa unga kvinnor och unga män mellan 15–29 år som är öppet arbetssökande.'",
                    achieved_year=2018,
                    achieved_evidence=f"{SKR}, kap. 4: 'Projektet lyckades väl med att minska ungdomsarbetslösheten "
                    "och öka sysselsättningen till studier och arbete.' Året är projektets sista år (2013–2018, "
                    "exempel 4); skriften anger inte när delmålet nåddes.",
                ),
                G(
                    "mindthegap",
                    "Fler unga kvinnor och unga män i arbete eller studier genom fortsättningsprojektet Mind the Gap",
                    term="short",
                    target_year=2020,
                    parent="nollvision",
                    description="Nästa steg mot nollvisionen, efter Blekinges unga lyfter 2013–2018.",
                    source_note=f"{SKR}, exempel 4: 'Ett fortsättningsprojekt ”Mind the Gap”, även det finansierat av "
                    f"europeiska socialfonden avslutades under 2020.' Målets formulering {INVENTED}.",
                ),
            ],
        )
    ],
    indicators=[
        Ind(
            "arbetsloshet",
            "halvera",
            "Ungdomsarbetslöshet 15–29 år (öppet arbetslösa och i program)",
            "percentage",
            "lower",
            [LAN],
            by_gender=True,
            responsible="Arbetsförmedlingen",
            baseline=(2013, BASELINE),
            targets=[
                (2015, 17.4, f"Halvvägs till halveringen {INVENTED}"),
                (2017, HALF, f"Halva utgångsvärdet 2013 (målet ur skriften); värdet {INVENTED}"),
            ],
            values=[
                (LAN, "K", by_year(2013, [20.4, 18.3, 15.9, 13.6, 11.2])),
                (LAN, "M", by_year(2013, [25.8, 24.4, 22.0, 19.5, 16.9])),
            ],
            values_invented=True,
            rationale="Mäter målet direkt: andelen unga som är arbetslösa, för unga kvinnor och unga män var för "
            "sig, eftersom målet gäller båda. Kolada har inget nyckeltal för just 15–29 år; närmast är N03921 "
            "(16–24 år, t.o.m. 2024) eller N03942 (18–24 år) tillsammans med 25–29 år.",
            source_note=f"Målet (halvering till 2017, 15–29 år, kvinnor och män) ur {SKR}. Utgångsvärdet, målvärdena "
            f"och alla värden är {INVENTED}: skriften anger inga siffror och säger inte om halveringen nåddes.",
        ),
        Ind(
            "neet",
            "delmal",
            "Unga 16–24 år som varken arbetar eller studerar",
            "percentage",
            "lower",
            [LAN],
            by_gender=True,
            responsible="Region Blekinge",
            baseline=(2013, 9.9),
            targets=[(2017, 8.0, INVENTED)],
            values=[
                (LAN, "K", by_year(2013, [9.1, 8.7, 8.3, 8.0, 7.6])),
                (LAN, "M", by_year(2013, [10.6, 10.0, 9.3, 8.6, 7.9])),
            ],
            values_invented=True,
            rationale="Delmålet gäller deltagande i arbete och studier, inte bara arbetslöshet. Motsvarar Koladas "
            "N02797 (16–24 år) och N02798 (25–29 år); åldrarna skiljer sig från målets 15–29 år.",
            source_note=f"Förslag till indikator; {SKR} anger ingen. Utgångsvärde, målvärde och alla värden "
            f"{INVENTED}.",
        ),
        Ind(
            "navigator",
            "delmal",
            "Unga inskrivna på navigatorcentrum som gått vidare till arbete eller studier",
            "percentage",
            "higher",
            [LAN],
            unit="%",
            responsible="Region Blekinge",
            is_ratio=True,
            numerator_label="unga som gått vidare till arbete eller studier under året",
            denominator_label="unga inskrivna på navigatorcentrum under året",
            targets=[(2017, 55.0, INVENTED)],
            counts=[(LAN, "T", {2014: (412, 1030), 2015: (498, 1105), 2016: (556, 1090), 2017: (601, 1064)})],
            values_invented=True,
            values_source=f"Navigatorcentrums årliga sammanställning {INVENTED}",
            rationale="Navigatorcentrum är 'en dörr in' för unga 15–29 år; andelen som går vidare visar om "
            "delmålet om sysselsättning och deltagande nås. Täljare och nämnare förs in, andelen räknas fram.",
            source_note=f"Navigatorcentrum är ur {SKR}, kap. 4. Indikatorn, målvärdet och alla antal {INVENTED}. "
            "Skriften anger inget utgångsläge, så utgångsvärde saknas.",
        ),
    ],
    own_goals=[
        Own(
            "Karlshamns kommun",
            "Alla unga 15–29 år utan arbete eller studier får kontakt med navigatorcentrum inom 30 dagar",
            ["delmal"],
            "operational_plan",
            "Verksamhetsplan 2014 för arbetsmarknadsenheten",
            2014,
            source_note=f"Navigatorcentrum i alla kommuner är ur {SKR}, kap. 4; det egna målet och dokumentet "
            f"{INVENTED}.",
        ),
        Own(
            "Arbetsförmedlingen",
            "Fler unga inskrivna i Blekinge går till arbete eller studier",
            ["halvera", "delmal"],
            "operational_plan",
            "Verksamhetsplan 2014 för Arbetsförmedlingen i Blekinge",
            2014,
            source_note=f"Det egna målet och dokumentet {INVENTED}.",
        ),
    ],
    rounds=[
        Round(
            "halvtid",
            "Halvtidsuppföljning 2015",
            2015,
            d(2016, 2, 1),
            d(2016, 3, 31),
            "Region Blekinge",
            data_until=2015,
            closed_on=d(2016, 4, 12),
            summary=f"Ungdomsarbetslösheten minskar, men snabbare bland unga kvinnor än bland unga män. {INVENTED}",
            assessments=[
                ("halvera", "at_risk", f"Kvinnorna är i fas, männen inte. {INVENTED}"),
            ],
            source_note=f"Skriften beskriver ingen uppföljningsomgång; omgången och slutsatsen {INVENTED}.",
        ),
        Round(
            "slut",
            "Slutuppföljning 2018",
            2018,
            d(2018, 2, 1),
            d(2018, 5, 31),
            "Region Blekinge",
            data_until=2017,
            closed_on=d(2018, 6, 14),
            summary="”Projektet lyckades väl med att minska ungdomsarbetslösheten och öka sysselsättningen till "
            f"studier och arbete.” Halveringen nåddes för unga kvinnor men inte för unga män. {INVENTED}: "
            "uppdelningen på kön och att halveringen bara delvis nåddes.",
            assessments=[
                (
                    "nollvision",
                    "at_risk",
                    f"Stor minskning, men långt kvar till noll; fortsättningsprojektet Mind the Gap. {INVENTED}",
                ),
                ("halvera", "off_track", f"Nått för kvinnor, inte för män. {INVENTED}"),
                ("delmal", "on_track", f"Fler unga i arbete och studier. {INVENTED}"),
            ],
            entries=[
                Entry(
                    "Ungdomsarbetslösheten bland unga män halverades inte till 2017.",
                    causes=f"Fler unga män saknar fullständiga gymnasiebetyg; färre ingångsjobb i industrin. "
                    f"{INVENTED}",
                    improvements="Ett fortsättningsprojekt med stöd av Europeiska socialfonden.",
                    decision="Region Blekinge söker medel för fortsättningsprojektet Mind the Gap.",
                    decision_status="decided",
                    decided_on=d(2018, 9, 20),
                    goal="halvera",
                    indicator="arbetsloshet",
                    source_note=f"Fortsättningsprojektet Mind the Gap (ESF, avslutat 2020) är ur {SKR}, exempel 4. "
                    f"Avvikelsen, orsakerna och beslutsdatum {INVENTED}.",
                ),
            ],
            source_note=f"Resultatet i ord är ur {SKR}, exempel 4 och kap. 4. Omgången, siffrorna och uppdelningen "
            f"på kön {INVENTED}.",
        ),
    ],
    evidence=[
        Evid(
            "focus_group",
            "Fokusgrupp med unga på navigatorcentrum",
            d(2015, 10, 8),
            "De unga uppskattar att få hjälp på ett ställe oavsett kommun; unga män efterfrågar mer praktik hos "
            "arbetsgivare.",
            f"Navigatorcentrum som 'en dörr in' är ur {SKR}, kap. 4. Fokusgruppen och dess resultat {INVENTED}.",
            participants=["Karlshamns kommun", "Arbetsförmedlingen"],
            participants_description="8 unga 18–27 år, 4 kvinnor och 4 män, inga namn",
            round="halvtid",
            goals=["delmal"],
            indicators=["arbetsloshet"],
        ),
    ],
    scans=[
        Scan(
            "international",
            d(2012, 9, 10),
            "Studieresa till Skottland",
            f"Hur skotska kommuner och myndigheter samordnar stödet till unga utan arbete. {INVENTED}: vad resan "
            "gav; skriften nämner bara att den gjordes.",
            f"{SKR}, kap. 4 'Exempel på styrning och uppföljning av samverkan'",
            goals=["nollvision"],
        ),
        Scan(
            "national",
            d(2012, 10, 4),
            "Studieresa till Örnsköldsvik",
            f"Hur en kommun samlat aktörerna kring unga som varken arbetar eller studerar. {INVENTED}: vad resan "
            "gav; skriften nämner bara att den gjordes.",
            f"{SKR}, kap. 4 'Exempel på styrning och uppföljning av samverkan'",
            goals=["halvera"],
        ),
    ],
)
