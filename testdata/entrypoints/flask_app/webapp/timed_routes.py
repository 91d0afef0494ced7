from webapp.timed_bp import tags_bp


@tags_bp.route("/tags/list")
def list_tags():  # entry: flask-route
    return []
