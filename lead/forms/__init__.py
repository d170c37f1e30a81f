"""The forms of leading, each on `collaborations.parts.forms.PartForm` with `number_formfield`."""
