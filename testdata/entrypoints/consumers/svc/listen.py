import functions_framework
from kombu import Connection, Consumer, Queue
from kombu.mixins import ConsumerMixin


class Writer(ConsumerMixin):
    def __init__(self, connection):
        self.connection = connection

    def get_consumers(self, _, channel):
        return [
            Consumer(channel, queues=[Queue("listens")], callbacks=[self.write]),
            Consumer(channel, queues=[Queue("spark")], on_message=self.on_spark),
        ]

    def write(self, body, message):  # shared: kombu-consumer
        message.ack()

    def on_spark(self, message):  # shared: kombu-consumer
        message.ack()


@functions_framework.http
def comment_resolver(request):  # entry: cloud-function
    return "ok"


@functions_framework.cloud_event
def sync_comments(event):  # entry: cloud-function
    return None


def main():  # startup: main
    with Connection("amqp://") as conn:
        Writer(conn).run()


if __name__ == "__main__":
    main()
