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


def parse(court, text):
    return {"court": court, "text": text}


async def parsed_in_a_process(pk):
    order = Order.objects.get(pk=pk)
    # The pool gets a value computed from a field, not the row or its id.
    data = await asyncio.get_running_loop().run_in_executor(executor, parse, order.status.upper(), "x")
    await asyncio.sleep(0)
    return order.status, data


async def coroutine_given_the_order(pk):
    order = Order.objects.get(pk=pk)
    task = asyncio.create_task(refresh_remote(order))
    await task
    return order.status  # want: CT402


async def refresh_remote(order):
    await asyncio.to_thread(sync_order, order.pk)


def mapped_here(pk):
    order = Order.objects.get(pk=pk)
    names = list(map(str, [order]))  # the builtin map runs here
    future = executor.submit(sync_order, 1)
    future.result()
    return order.status, names


def method_in_a_thread(pk):
    order = Order.objects.get(pk=pk)
    t = threading.Thread(target=order.refresh_remote)
    t.start()
    t.join()
    return order.status  # want: CT402 (the thread runs a method of the order itself)


def shared_with(pk, names):
    # A row written in the same transaction, and a string's join: neither
    # hands the order to another worker nor waits for one.
    order = Order.objects.get(pk=pk)
    Order.objects.create(parent=order, status="copy")
    note = ", ".join(names)
    return order.status, note
