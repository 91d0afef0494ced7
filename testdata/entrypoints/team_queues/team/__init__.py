# The team's queue objects come from its own library, in another
# repository: a subclass of flask_dramatiq's Dramatiq, a Celery app.
from teamlib.celery import make_celery
from teamlib.queues import TeamDramatiq

dramatiq = TeamDramatiq()
celery_app = make_celery("team")
