from flask import Blueprint

# The view below is named as its blueprint: its decorator runs first,
# while the name is still the blueprint imported.
status = Blueprint("status", __name__)

from . import views  # noqa: E402,F401
