import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from .models import Order

executor = ThreadPoolExecutor()


def sync_order(order_id):
    Order.objects.filter(pk=order_id).update(status="synced")


def in_thread(pk):
    order = Order.objects.get(pk=pk)
    t = threading.Thread(target=sync_order, args=(order.id,))
    t.start()
    t.join()
    return order.status  # want: CT402


def refreshed(pk):
    order = Order.objects.get(pk=pk)
    future = executor.submit(sync_order, order.pk)
    future.result()
    order.refresh_from_db()
    return order.status  # read again first


def no_wait(pk):
    order = Order.objects.get(pk=pk)
    executor.submit(sync_order, order.pk)
    return order.status  # no wait: the copy is as fresh as anything


async def in_task(pk):
    order = Order.objects.get(pk=pk)
    task = asyncio.create_task(asyncio.to_thread(sync_order, order.pk))
    await task
    return order.status  # want: CT402


def polling(pk):
    order = Order.objects.get(pk=pk)
    threading.Thread(target=sync_order, args=(order.pk,)).start()
    while True:
        time.sleep(1)
        if order.status == "synced":  # want: CT402
            return order
