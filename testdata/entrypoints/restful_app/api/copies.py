from flask_restx import Namespace, Resource

ns = Namespace("copies")


# One class name used twice: the decorator registers each class as its
# statement runs, so the first still handles its route after the name is
# bound to the second.
@ns.route("/drafts")
class Drafts(Resource):
    def get(self):  # entry: flask-restx-resource
        return []


@ns.route("/drafts/<int:draft_id>")
class Drafts(Resource):  # noqa: F811
    def delete(self, draft_id):  # entry: flask-restx-resource
        return None
