# Per-call data put in a shared container is the evidence that makes a
# finding High; a mutation with none of it stays Medium.


class Tracker:
    seen = {}
    hits = []

    def track(self, request):
        self.seen[request.user] = request.path  # want: CT102

    def tick(self):
        self.hits.append(1)  # want: CT102
