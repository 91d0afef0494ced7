from flask_restplus import Namespace, Resource

party = Namespace("party", path="/party")


# flask-restplus, which Flask-RESTX forked: the same resources.
@party.route("/<party_id>")
class Party(Resource):
    def get(self, party_id):  # entry: flask-restplus-resource
        return {"id": party_id}

    def post(self, party_id):  # entry: flask-restplus-resource
        return self.helper(party_id)

    def helper(self, party_id):
        return party_id
