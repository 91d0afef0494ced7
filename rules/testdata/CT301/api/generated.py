# Clients that OpenAPI Generator (or Swagger Codegen) writes: every
# package's ApiClient builds a urllib3 pool. Built per request here, as
# a FastAPI dependency and in a mailer. The tree's own ApiClient is a
# plain class, named so, and no pool: not one by its name.
import brevo_python
import mailer_sdk as sdk
from billing_client import ApiClient, Configuration, InvoicesApi
from fastapi import Depends, FastAPI

from .regdata.api_client import ApiClient as RegClient

app = FastAPI()
conf = Configuration(host="https://billing")


def billing():
    return InvoicesApi(ApiClient(conf))  # want: CT301


def send(to):
    api = brevo_python.TransactionalEmailsApi(brevo_python.ApiClient(conf))  # want: CT301
    api.send_transac_email({"to": to})


def contacts(email):
    client = sdk.ApiClient(sdk.Configuration())  # want: CT301
    return sdk.ContactsApi(client).get_contact_info(email)


@app.get("/invoices")
def invoices(api=Depends(billing)):
    return api.list_invoices()


@app.post("/signup")
def signup(email: str):
    send(email)
    contacts(email)
    return RegClient().get("/regulations")


def to_dict(entity, api_client=None):
    # Only turns a model into a dict: no connection is opened.
    if not api_client:
        api_client = ApiClient()  # want-strict: CT301
    return api_client.sanitize_for_serialization(entity)


@app.get("/invoices/{number}")
def invoice(number: str, api=Depends(billing)):
    return to_dict(api.get_invoice(number))
