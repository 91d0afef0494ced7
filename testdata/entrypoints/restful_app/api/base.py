from flask_restful import Api, Resource


class BaseResource(Resource):
    def dispatch_request(self, *args, **kwargs):  # entry: flask-restful-resource
        return super().dispatch_request(*args, **kwargs)

    def current_org(self):
        return None


class ApiExt(Api):
    def add_org_resource(self, resource, *urls, **kwargs):
        urls = ["/<org_slug>" + url for url in urls]
        return self.add_resource(resource, *urls, **kwargs)


def helper(resource):
    return resource
