from django.urls import path

from . import accounts, handlers, views

urlpatterns = [
    path("a/", views.like),
    path("b/", views.like_atomic),
    path("c/", views.like_locked),
    path("d/", views.count),
    path("e/", views.count_atomic),
    path("f/", views.hit),
    path("g/", views.no_save),
    path("h/", views.versioned),
    path("i/", views.commit),
    path("j/", views.import_steps),
    path("k/", views.cached_list),
    path("l/", views.rename),
    path("m/", views.bump),
    path("n/", views.charge),
    path("o/", views.drop_datasets),
    path("p/", views.migrate_files),
    path("q/", accounts.unsubscribe),
    path("r/", accounts.count_login),
    path("throttle/", views.throttle),
    path("throttle2/", views.throttle_unpacked_at_once),
    path("pair/", views.remember_pair),
    path("watch/", views.watch),
    path("watch2/", views.watch_or_like),
    path("touch/", views.touch),
    path("bump2/", views.bump_or_save),
    path("bump3/", views.bump_by_dict),
    path("tick/", handlers.tick),
    path("copy/", views.copy_articles),
]
