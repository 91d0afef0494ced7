# Powertools' Logger keeps the keys append_keys gives it for every line
# logged after, across the invocations a warm instance serves: the next
# record's early lines carry this one's id, unless the handler's
# decorator clears them first.
from aws_lambda_powertools import Logger

logger = Logger(service="refiner")
audit = Logger(service="audit")


def handler(event, context):
    logger.append_keys(persistence_id=event["id"])  # want: CT204
    logger.info("processing")


@audit.inject_lambda_context(clear_state=True)
def audited(event, context):
    audit.append_keys(persistence_id=event["id"])  # want-strict: CT204
    audit.info("processing")


batch = Logger(service="batch")


@batch.inject_lambda_context(clear_state=True)
def records(event, context):
    # Cleared per invocation, but not from one record to the next.
    for record in event["Records"]:
        batch.append_keys(record_id=record["messageId"])  # want: CT204
        batch.info("record")
