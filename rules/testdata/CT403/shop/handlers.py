from django.contrib import admin
from some_admin_kit import ThirdPartyAdmin
from tornado import web

from .models import Article

from .db import db


class TokenHandler(web.RequestHandler):
    # One handler per request: its attributes are no row of the database.
    def get(self, token):
        self.scopes |= {token}
        self.seen += 1
        db.session.commit()


class Counter:
    def bump(self):
        self.hits += 1  # want: CT403
        db.session.commit()


def tick():
    Counter().bump()


@admin.register(Article)
class ArticleAdmin(ThirdPartyAdmin):
    # A framework's object by its registration, whatever its bases.
    def save_model(self, request, obj, form, change):
        self.saves += 1
        db.session.commit()
