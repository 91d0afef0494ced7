# The app re-exported by the package, under another name.
from .settings import app as celery_app  # noqa
