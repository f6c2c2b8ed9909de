"""Forms of the events app: the editor's event form (times entered at the
event's place), the visitor's registration form and the index filters."""

import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

# Datetime fields of an event that editors enter in the event's time zone.
LOCAL_TIME_FIELDS = (
    "start",
    "end",
    "previous_start",
    "registration_opens_at",
    "registration_closes_at",
)


class EventPageForm(WagtailAdminPageForm):
    """Times are entered and shown as wall-clock times in the event's own time
    zone, whatever the editor's: "10:00" for an event in Bucharest means 10:00
    in Bucharest. Django reads a submitted time in the editor's time zone; the
    form takes that wall-clock reading and places it in the event's zone."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = _zone(self.instance.time_zone)
        for name in LOCAL_TIME_FIELDS:
            if name not in self.fields:
                continue
            value = getattr(self.instance, name, None)
            if value is not None and timezone.is_aware(value):
                # A naive initial value is displayed as it is.
                self.initial[name] = timezone.make_naive(value, zone)
            self.fields[name].help_text = " ".join(
                filter(
                    None,
                    [
                        str(self.fields[name].help_text or ""),
                        str(_("In the event's time zone.")),
                    ],
                )
            )

    def clean(self):
        cleaned_data = super().clean()
        zone = _zone(cleaned_data.get("time_zone"))
        if zone is None:
            return cleaned_data
        current = timezone.get_current_timezone()
        for name in LOCAL_TIME_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                wall_clock = timezone.make_naive(value, current)
                cleaned_data[name] = wall_clock.replace(tzinfo=zone)
        return cleaned_data


def _zone(name):
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


DEFAULT_CONSENT = _(
    "I agree that ImagoMol stores my name, email and organisation to manage my "
    "registration and to tell me about changes to this event."
)


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    consent = forms.BooleanField(
        label=DEFAULT_CONSENT,
        error_messages={
            "required": _("Please agree to the storing of your details to register.")
        },
    )
    # A honeypot, named as the form pages' one so that includes/form_field.html
    # hides it from people; bots fill it in.
    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, consent_text="", **kwargs):
        super().__init__(*args, **kwargs)
        if consent_text:
            self.fields["consent"].label = consent_text

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website_url"))

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Please give your name."))
        return name


class CancelForm(forms.Form):
    """Confirms a cancellation: a POST with the CSRF token, nothing else."""


class EventFilterForm(forms.Form):
    """The index's filters as a GET form, showing the filters that apply.
    It only draws them: events/listing.py reads and checks the query string
    (home.listing), so the form is never bound."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)

    def __init__(self, *, kinds, topics, months, selected, topic_names):
        super().__init__(initial=selected)
        topics, months = list(topics), list(months)
        # A valid filter the menu does not offer (a topic or month without
        # events) is still shown as the one that applies.
        topic = selected.get("topic")
        if topic and topic not in dict(topics):
            topics.append((topic, topic_names[topic]))
        month = selected.get("month")
        if month and month not in dict(months):
            months.append((month, month))
        self.fields["kind"].choices = [("", _("All kinds")), *kinds]
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        self.fields["month"].choices = [("", _("Any month")), *months]
