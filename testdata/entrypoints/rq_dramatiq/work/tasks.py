from work.worker import actor, plain


@actor(queue_name="billing")
def charge(order_id):  # entry: dramatiq-actor
    return order_id


@actor()
def refund(order_id):  # entry: dramatiq-actor
    return order_id


@plain
def helper(x):
    return x
