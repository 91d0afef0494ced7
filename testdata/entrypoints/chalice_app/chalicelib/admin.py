from chalice import Blueprint

admin = Blueprint(__name__)


@admin.route("/audits", methods=["DELETE"])
def purge():  # entry: chalice-route
    return {}
