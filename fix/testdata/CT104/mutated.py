# fix: unsafe
class Collector:
    def collect(self, item, into=[]):
        into.append(item)
        return into
