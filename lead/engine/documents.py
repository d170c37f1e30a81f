"""Kallelse and protokoll (L1): the structured content of one meeting's document as one reader may see it,
and its two renderings from that same content — HTML through the document kind's Django template, made a
PDF by WeasyPrint (page numbers from CSS counters), and Word (.docx) by python-docx with the same sections
in the same order (headings, tables, a page number field in the footer).

The content is built by `lead.queries.documents.meeting_content` through the gateway, as the reader;
nothing here reads the database."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    import weasyprint

TEMPLATES = {"kallelse": "lead/documents/kallelse.html", "protokoll": "lead/documents/protokoll.html"}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class Link:
    title: str
    url: str = ""


@dataclass(frozen=True)
class DecisionContent:
    reference: str
    text: str
    reservations: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CorrectionContent:
    before: str
    after: str
    reason: str
    corrected_on: datetime.date
    corrected_by: str = ""


@dataclass(frozen=True)
class ItemContent:
    number: int
    title: str
    kind: str
    presenter: str
    description: str = ""
    documents: list[Link] = field(default_factory=list)
    minutes: str = ""
    decisions: list[DecisionContent] = field(default_factory=list)
    corrections: list[CorrectionContent] = field(default_factory=list)


@dataclass(frozen=True)
class AttendeeContent:
    name: str
    organization: str
    status: str
    substitute_for: str = ""
    guest_role: str = ""
    is_guest: bool = False


@dataclass(frozen=True)
class AssignmentContent:
    title: str
    owner: str
    organization: str
    due_date: datetime.date | None
    status: str
    report: str = ""


@dataclass(frozen=True)
class ApprovalContent:
    person: str
    approved_on: datetime.date | None


@dataclass
class MeetingContent:
    """Everything one document of a meeting shows, as its reader may see it."""

    kind: str  # "kallelse" or "protokoll"
    title: str
    collaboration: str
    body: str
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    place: str
    video_url: str
    status: str
    is_secret: bool
    is_cancelled: bool
    url: str = ""
    chair: str = ""
    secretary: str = ""
    items: list[ItemContent] = field(default_factory=list)
    attendees: list[AttendeeContent] = field(default_factory=list)
    quorum_required: int | None = None
    quorum_present: int | None = None
    quorum_reached: bool | None = None
    assignments_given: list[AssignmentContent] = field(default_factory=list)
    assignments_followed_up: list[AssignmentContent] = field(default_factory=list)
    approvals: list[ApprovalContent] = field(default_factory=list)
    minutes_approved_on: datetime.date | None = None

    @property
    def decisions(self) -> list[DecisionContent]:
        return [decision for item in self.items for decision in item.decisions]

    @property
    def corrections(self) -> list[tuple[ItemContent, CorrectionContent]]:
        return [(item, correction) for item in self.items for correction in item.corrections]

    @property
    def members(self) -> list[AttendeeContent]:
        return [a for a in self.attendees if not a.is_guest]

    @property
    def guests(self) -> list[AttendeeContent]:
        return [a for a in self.attendees if a.is_guest]


# Words shared by both renderings (the template uses the same through the context) ---------------------


def day(value: datetime.date | None) -> str:
    return formats.date_format(value, "j F Y") if value else _("ej angivet")


def time_span(content: MeetingContent) -> str:
    if content.start_time is None:
        return _("tid ej angiven")
    start = content.start_time.strftime("%H.%M")
    return f"{start}–{content.end_time.strftime('%H.%M')}" if content.end_time else start


def quorum_text(content: MeetingContent) -> str:
    if content.quorum_required is None:
        return _("Organet anger ingen beslutförhet.")
    if content.quorum_reached is None:
        return _("Beslutförhet: minst %(required)s ledamöter; närvaron är inte registrerad.") % {
            "required": content.quorum_required
        }
    if content.quorum_reached:
        return _("Beslutfört: %(present)s av minst %(required)s ledamöter närvarande.") % {
            "present": content.quorum_present,
            "required": content.quorum_required,
        }
    return _("Inte beslutfört: %(present)s ledamöter närvarande, minst %(required)s krävs.") % {
        "present": content.quorum_present,
        "required": content.quorum_required,
    }


def attendee_status(attendee: AttendeeContent) -> str:
    if attendee.substitute_for:
        return _("%(status)s (ersätter %(person)s)") % {"status": attendee.status, "person": attendee.substitute_for}
    return attendee.status


def secrecy_note(content: MeetingContent) -> str:
    return _(
        "%(body)s är under sekretess: handlingen visar bara mötets datum, närvaron och de uppdrag som följs upp."
    ) % {"body": content.body}


# HTML and PDF ---------------------------------------------------------------------------------------------


def render_html(content: MeetingContent, language: str = "sv") -> str:
    """The document as HTML, through its kind's template (in the reader's language)."""
    with translation.override(language):
        return render_to_string(
            TEMPLATES[content.kind],
            {
                "doc": content,
                "when": f"{day(content.date)}, {time_span(content)}",
                "quorum": quorum_text(content),
                "secrecy": secrecy_note(content),
                "language": language,
            },
        )


def render_pdf_document(content: MeetingContent, language: str = "sv", base_url: str = "") -> weasyprint.Document:
    """The laid-out PDF document (its pages can be counted and read)."""
    import weasyprint
    from django.contrib.staticfiles import finders

    with translation.override(language):
        page = _("Sida")
        of = _("av")
    page_css = (
        "@page { size: A4; margin: 2.2cm 2cm 2.4cm 2cm; "
        f'@bottom-center {{ content: "{page} " counter(page) " {of} " counter(pages); font: 9pt sans-serif; }} }}'
    )
    stylesheets = [weasyprint.CSS(filename=finders.find("css/meeting-document.css")), weasyprint.CSS(string=page_css)]
    html = weasyprint.HTML(string=render_html(content, language), base_url=base_url or None)
    return html.render(stylesheets=stylesheets)


def render_pdf(content: MeetingContent, language: str = "sv", base_url: str = "") -> bytes:
    document = render_pdf_document(content, language, base_url)
    return bytes(document.write_pdf())


# Word -------------------------------------------------------------------------------------------------------


def _field(run: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in `run`, updated by Word when the document is shown or printed."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate, shown, end):
        run._r.append(element)


def _table(document: Any, caption: str, header: list[str], rows: list[list[str]]) -> None:
    document.add_paragraph(caption, style="Caption")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _assignment_rows(assignments: list[AssignmentContent]) -> list[list[str]]:
    return [
        [a.title, f"{a.owner}, {a.organization}", day(a.due_date), a.status + (f": {a.report}" if a.report else "")]
        for a in assignments
    ]


def render_docx(content: MeetingContent, language: str = "sv") -> bytes:
    """The document as Word, with the sections of its template in the same order."""
    import docx

    with translation.override(language):
        document = docx.Document()
        document.core_properties.title = content.title
        document.core_properties.language = language
        footer = document.sections[0].footer.paragraphs[0]
        footer.add_run(_("Sida") + " ")
        _field(footer.add_run(), "PAGE")
        footer.add_run(" " + _("av") + " ")
        _field(footer.add_run(), "NUMPAGES")
        footer.add_run(f" – {content.body}, {day(content.date)}")

        document.add_heading(content.title, level=0)
        document.add_paragraph(f"{content.collaboration} · {content.body}")
        facts = [
            (_("Tid"), f"{day(content.date)}, {time_span(content)}"),
            (_("Plats"), content.place or _("ej angivet")),
        ]
        if content.video_url:
            facts.append((_("Videomöte"), content.video_url))
        facts.append((_("Status"), content.status))
        if not content.is_secret:
            facts += [
                (_("Ordförande"), content.chair or _("ej angivet")),
                (_("Sekreterare"), content.secretary or _("ej angivet")),
            ]
        for label, value in facts:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
        if content.is_secret:
            document.add_paragraph(secrecy_note(content))

        if content.items:
            document.add_heading(_("Dagordning") if content.kind == "kallelse" else _("Protokoll"), level=1)
        for item in content.items:
            document.add_heading(f"§ {item.number}. {item.title}", level=2)
            presenter = _("Föredragande: %(person)s") % {"person": item.presenter or _("ej angivet")}
            document.add_paragraph(f"{item.kind}. {presenter}")
            if item.description:
                document.add_paragraph(item.description)
            for link in item.documents:
                document.add_paragraph(f"{link.title}" + (f" – {link.url}" if link.url else ""), style="List Bullet")
            if content.kind == "protokoll":
                if item.minutes:
                    document.add_paragraph(item.minutes)
                for decision in item.decisions:
                    paragraph = document.add_paragraph()
                    paragraph.add_run(_("Beslut %(reference)s:") % {"reference": decision.reference} + " ").bold = True
                    paragraph.add_run(decision.text)
                    for reservation in decision.reservations:
                        document.add_paragraph(reservation, style="List Bullet")

        document.add_heading(_("Kallade") if content.kind == "kallelse" else _("Närvaro"), level=1)
        if content.attendees:
            _table(
                document,
                _("Kallade och närvaro"),
                [_("Namn"), _("För"), _("Närvaro")],
                [
                    [a.name, a.guest_role if a.is_guest else (a.organization or _("ej angivet")), attendee_status(a)]
                    for a in content.attendees
                ],
            )
        else:
            document.add_paragraph(_("Ingen är kallad."))
        if content.kind == "protokoll" and not content.is_secret:
            document.add_paragraph(quorum_text(content))

        if content.assignments_followed_up:
            document.add_heading(_("Uppföljning av uppdrag"), level=1)
            _table(
                document,
                _("Uppdrag som följs upp"),
                [_("Uppdrag"), _("Ansvarig"), _("Klart senast"), _("Status")],
                _assignment_rows(content.assignments_followed_up),
            )
        if content.kind == "protokoll" and content.assignments_given:
            document.add_heading(_("Uppdrag som gavs vid mötet"), level=1)
            _table(
                document,
                _("Nya uppdrag"),
                [_("Uppdrag"), _("Ansvarig"), _("Klart senast"), _("Status")],
                _assignment_rows(content.assignments_given),
            )
        if content.kind == "protokoll" and not content.is_secret:
            document.add_heading(_("Justering"), level=1)
            if content.approvals:
                _table(
                    document,
                    _("Justerare"),
                    [_("Justerare"), _("Justerat den")],
                    [[a.person, day(a.approved_on) if a.approved_on else _("ej justerat")] for a in content.approvals],
                )
            else:
                document.add_paragraph(_("Inga justerare är utsedda."))
            if content.minutes_approved_on:
                document.add_paragraph(_("Protokollet justerades %(day)s.") % {"day": day(content.minutes_approved_on)})
            if content.corrections:
                document.add_heading(_("Rättelser efter justeringen"), level=2)
                for item, correction in content.corrections:
                    document.add_paragraph(
                        _("§ %(number)s, %(day)s: ”%(before)s” ändrades till ”%(after)s”. Skäl: %(reason)s")
                        % {
                            "number": item.number,
                            "day": day(correction.corrected_on),
                            "before": correction.before,
                            "after": correction.after,
                            "reason": correction.reason,
                        }
                    )
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
