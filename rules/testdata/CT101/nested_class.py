# A class statement in a class body is one class object for every
# instance: writing its attributes through self is writing them for all.


class BaseSerializer:
    class Meta:
        depth = 0
        fields = []


class OrderSerializer(BaseSerializer):
    def __init__(self, context):
        self.context = context
        self.helper = Helper()

    def to_representation(self, instance):
        self.Meta.depth = self.context.get("depth", 0)  # want: CT101
        self.helper.depth = 1  # an instance's own object: not the class
        return instance


class Helper:
    depth = 0
