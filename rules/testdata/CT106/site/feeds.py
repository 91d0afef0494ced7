from django.contrib.syndication.views import Feed

from .views import events_for


class EventsFeed(Feed):
    # One instance, built in urls.py, serves every request of the feed.
    title = "Events"
    link = "/events/"

    def get_object(self, request, privacy="public"):
        self.privacy = privacy  # want: CT106
        return None

    def items(self):
        return events_for(self.privacy)

    def item_title(self, item):
        return item.title
