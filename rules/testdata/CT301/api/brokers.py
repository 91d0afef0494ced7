# A RabbitMQ connection and a GeoIP database reader, opened at every call:
# each is a connection (a TCP and AMQP handshake) or a file mapping meant to
# be opened once per process.
import geoip2.database
import pika
from fastapi import FastAPI
from pika.adapters.blocking_connection import BlockingConnection

app = FastAPI()


def publish(body):
    connection = pika.BlockingConnection(pika.ConnectionParameters("rabbit"))  # want: CT301
    channel = connection.channel()
    channel.basic_publish(exchange="", routing_key="events", body=body)


def publish_closed(body):
    connection = BlockingConnection(pika.ConnectionParameters("rabbit"))  # want-strict: CT301
    connection.channel().basic_publish(exchange="", routing_key="audit", body=body)
    connection.close()


def country(ip):
    reader = geoip2.database.Reader("/data/GeoLite2-Country.mmdb")  # want: CT301
    return reader.country(ip).country.iso_code


@app.post("/events")
def events(body: str, ip: str):
    publish(body)
    publish_closed(body)
    return country(ip)
