from celery import Task


class SyncTask(Task):
    def run(self, account_id):
        self.account_id = account_id  # Celery runs one task at a time per prefork process
        return self.account_id
