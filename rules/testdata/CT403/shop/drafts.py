# A draft's number marked with a prefix while its payment is pending:
# every run writes the same, and no run wants the mark twice; a number
# put before a counter still adds to it.
from .draft_states import PENDING, STEP
from .models import Draft

PAID = "D"


def mark_pending(draft_id):
    draft = Draft.objects.get(pk=draft_id)
    draft.number = PENDING + draft.number
    draft.save()


def mark_paid(draft_id):
    draft = Draft.objects.get(pk=draft_id)
    draft.number = PAID + draft.number
    draft.save()


def mark_reviewed(draft_id):
    draft = Draft.objects.get(pk=draft_id)
    draft.number = PENDING + draft.number[1:]
    draft.save()


def mark_retried(draft_id):
    draft = Draft.objects.get(pk=draft_id)
    draft.number = f"R{draft_id}-" + draft.number
    draft.save()


def step(draft_id):
    draft = Draft.objects.get(pk=draft_id)
    draft.attempts = STEP + draft.attempts  # want-strict: CT403
    draft.save()
