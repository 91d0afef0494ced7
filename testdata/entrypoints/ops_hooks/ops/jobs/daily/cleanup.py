from django_extensions.management.jobs import DailyJob


class Job(DailyJob):
    help = "Delete the expired sessions."

    def execute(self):  # entry: django-extensions-job
        return self.help
