# A blueprint of a team's own class, from a shared package outside the
# tree: the app's register_blueprint takes it in, so its routes are routes.
from shared_web.blueprints import AuditedBlueprint

audited = AuditedBlueprint("audited", __name__)


@audited.route("/audit")
def audit_log():  # entry: flask-route
    return ""
