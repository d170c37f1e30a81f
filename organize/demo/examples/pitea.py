"""The formal basis of Piteå's collaboration with Älvsbyn: facts from SKR (2020) and the talk, the rest invented
and marked (see `organize.demo`)."""

from collaborations.demo import d
from organize.demo.specs import (
    INVENTED,
    SKR,
    AgreementSpec,
    BodySpec,
    Formal,
    Seat,
)

SLUG = "pitea-alvsbyn-femkanten"

FORMAL = Formal(
    agreements=[
        AgreementSpec(
            "direction",
            "Riktlinjer för ökad samverkan med Älvsbyns kommun",
            versions=[
                {
                    "drafted_on": d(2013, 3, 1),
                    "valid_from": d(2013, 6, 1),
                    "purpose": "Minska kostnader, minska sårbarhet, säkra kompetens, öka kvalité och öka "
                    "attraktivitet.",
                    "goals": "Stärka regionen; Älvsbyns kommun är strategisk part för samverkan. Den sammanvägda "
                    "nyttan, i stället för den enskilt bästa lösningen, ska vara styrande.",
                    "exit_clause": "I en samverkansrelation måste båda parter vara villiga att ge och ta; all "
                    "samverkan kan inte vara det bästa alternativet för Piteå.",
                }
            ],
            adoptions=[
                ("Piteå kommun", "adopted", "kommunfullmaktige", "Kommunfullmäktige", d(2013, 5, 27), "KF 2013/88"),
            ],
            source_note=f"{SKR}, exempel 8: 'År 2013 antog Piteå kommun riktlinjer för ökad samverkan med "
            f"Älvsbyns kommun.' Beslutande organ och datum {INVENTED}. Skriften säger inget om beslut i Älvsbyn.",
        )
    ],
    bodies=[
        BodySpec(
            "styrgrupp",
            "Styrgrupp för samverkan Piteå–Älvsbyn",
            "management",
            "Ansvarar för att genomföra förstudier, utredningar och beslutsunderlag för samverkan; en "
            "projektledare arbetar på styrgruppens uppdrag.",
            seats=[
                Seat("Piteå kommun", "Kommunchef", "chair", email="kommunchef@pitea.example"),
                Seat("Älvsbyns kommun", "Kommunchef"),
                Seat("Piteå kommun", "Chef, kommunledningsförvaltningen"),
                Seat("Älvsbyns kommun", "Chef, kommunledningsförvaltningen"),
            ],
            decision_areas=["Förstudier och utredningar", "Beslutsunderlag för samverkan"],
            convener="Piteå kommun",
            chair="Piteå kommun",
            meeting_rhythm="Minst fyra gånger per år",
            meetings_per_year=4,
            source_note=f"{SKR}, kap. 4: 'Styrgruppen träffas vid minst fyra tillfällen per år.' Ordförande "
            f"{INVENTED}.",
        )
    ],
    responsibilities=[
        ("Piteå kommun", "coordination", "Antog riktlinjerna och samordnar samverkan."),
        ("Älvsbyns kommun", "operational", "Berörda förvaltningschefer ansvarar för förstudier och utredningar."),
        ("Piteå kommun", "operational", "Berörda förvaltningschefer ansvarar för förstudier och utredningar."),
    ],
    follow_up=[
        {
            "subject": "Styrgruppens genomgång av pågående förstudier",
            "responsible": "Piteå kommun",
            "frequency": "quarterly",
            "first_due": d(2026, 3, 15),
            "report_to": "styrgrupp",
        },
    ],
)
