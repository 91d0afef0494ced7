# A load test: locust runs these users against the service, in a process
# of its own. The class-level dict is shared by the simulated users, not
# by the service's requests: test code.
from locust import HttpUser, TaskSet, task


class Contacts(TaskSet):
    created = {}

    @task
    def create(self, kind=None):
        response = self.client.post("/contacts/", json={"kind": kind})
        self.created[kind] = response.json()  # want-strict: CT102


class Filer(HttpUser):
    tasks = [Contacts]
    seen = []

    @task
    def browse(self):
        self.seen.append(self.client.get("/").status_code)  # want-strict: CT102
