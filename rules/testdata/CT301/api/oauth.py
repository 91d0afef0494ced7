# requests-oauthlib's sessions are requests Sessions: one built for
# each call is a pool and a token fetched each time.
import os

from fastapi import FastAPI
from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session

app = FastAPI()


def api_session():
    client = BackendApplicationClient(client_id=os.environ["CLIENT_ID"])
    session = OAuth2Session(client=client)  # want: CT301
    session.fetch_token(token_url=os.environ["TOKEN_URL"], client_secret=os.environ["SECRET"])
    return session


@app.get("/settlements")
def settlements():
    return api_session().get("https://api/settlements").json()


@app.get("/me")
def me(token: str):
    # The user's own token: one session per credential, by design.
    return OAuth2Session(token={"access_token": token}).get("https://api/me").json()  # want-strict: CT301
