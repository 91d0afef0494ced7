# A factory imported under another name is the factory.
from fastapi import FastAPI
from requests import Session as request_session
from requests.adapters import HTTPAdapter

app = FastAPI()


def _get_session():
    session = request_session()  # want: CT301
    session.mount("https://", HTTPAdapter(max_retries=3))
    return session


@app.post("/send")
def send(form: str):
    return _get_session().post("https://messages", data=form)
