from django.contrib.syndication.views import Feed


class LatestOrders(Feed):
    # One instance serves every request (urls.py builds it).
    title = "Latest orders"

    def get_object(self, request, region):  # shared: django-feed
        return region

    def items(self, region):  # shared: django-feed
        return []

    def item_title(self, item):  # shared: django-feed
        return str(item)

    def describe(self):
        return "not a hook of Feed"
