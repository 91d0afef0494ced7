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


# A base that leaves Meta to its subclasses writes theirs: one Meta for
# every instance of each.
class TranslatableSerializer:
    def __init__(self, fields):
        self.Meta.fields = [f for f in fields if f in self.Meta.fields]  # want: CT101


class ScopeSerializer(TranslatableSerializer):
    class Meta:
        fields = ["name", "description"]


class PlainSerializer:
    def __init__(self, fields):
        self.Meta.fields = fields  # no Meta in the class or a subclass: an instance's own object
