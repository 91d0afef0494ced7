# pika consumers: a callback given to basic_consume runs for every
# message, whatever the channel is reached through (a context class of
# the project's that keeps it behind a property).
import functools

import pika


class RabbitContext:
    def __enter__(self):
        self._connection = pika.BlockingConnection(pika.ConnectionParameters("rabbit"))
        self._channel = self._connection.channel()
        return self

    def __exit__(self, *exc):
        self._connection.close()

    @property
    def channel(self):
        return self._channel


def print_message(ch, method, properties, body):  # entry: pika-consumer
    ch.basic_ack(delivery_tag=method.delivery_tag)


def dump_message(ch, method, properties, body, out=None):  # entry: pika-consumer
    return body


def legacy_message(ch, method, properties, body):  # entry: pika-consumer
    return body


def positional_legacy(ch, method, properties, body):  # entry: pika-consumer
    return body


def listen():
    with RabbitContext() as rabbit:
        rabbit.channel.basic_consume(queue="print", on_message_callback=print_message)
        rabbit.channel.basic_consume("dump", functools.partial(dump_message, out="x"))
        rabbit.channel.basic_consume(consumer_callback=legacy_message, queue="old")
        # pika before 1.0 takes the callback first (tfrs's scan responses).
        rabbit.channel.basic_consume(positional_legacy, queue="older")
        rabbit.channel.start_consuming()
