"""The fixed vocabularies of an event: its kind, its format and the roles people had in it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    ACADEMIC_MOBILITY = "academic_mobility", _("Academic mobility visit")
    # An official delegation received or sent by the department or the university.
    DELEGATION_VISIT = "delegation_visit", _("Delegation visit")
    SEMINAR = "seminar", _("Seminar")
    WEBINAR = "webinar", _("Webinar")
    ROUND_TABLE = "round_table", _("Round table")
    MASTER_CLASS = "master_class", _("Master class")
    CONFERENCE = "conference", _("Conference")
    TRAINING_COURSE = "training_course", _("Training course")
    OTHER = "other", _("Other")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class ParticipantRole(models.TextChoices):
    HEAD_OF_DELEGATION = "head_of_delegation", _("Head of the delegation")
    LECTURER = "lecturer", _("Lecturer")
    ORGANISER = "organiser", _("Organiser")
    SPEAKER = "speaker", _("Speaker")
    TRAINEE = "trainee", _("Trainee")
    COORDINATOR = "coordinator", _("Coordinator")
    PARTICIPANT = "participant", _("Participant")
