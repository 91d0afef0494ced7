# A connection kept on the object and built again only when the one it
# holds is closed (a reconnection), not at every call; one built at
# every call on the same object is a finding.
import pika
from fastapi import Depends, FastAPI

app = FastAPI()


class Publisher:
    def __init__(self, url):
        self.url = url
        self.connection = pika.BlockingConnection(pika.URLParameters(url))  # want-strict: CT301 (built at import)

    def publish(self, body):
        self._check_connection()
        self.connection.channel().basic_publish("", "q", body)

    def _check_connection(self):
        if self.connection.is_closed:
            self.connection = pika.BlockingConnection(pika.URLParameters(self.url))

    def publish_fresh(self, body):
        self.connection = pika.BlockingConnection(pika.URLParameters(self.url))  # want: CT301
        self.connection.channel().basic_publish("", "q", body)


_publisher = Publisher("amqp://")


def get_publisher():
    return _publisher


@app.post("/events")
def post_event(body: str, publisher: Publisher = Depends(get_publisher)):
    publisher.publish(body)
    publisher.publish_fresh(body)
    return body
