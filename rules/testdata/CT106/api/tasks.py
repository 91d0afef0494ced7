from celery import Task


class SyncTask(Task):
    def run(self, account_id):
        self.account_id = account_id  # want: CT106
        return self.account_id
