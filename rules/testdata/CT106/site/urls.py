from django.urls import path

from . import feeds, releases, views, wizards

urlpatterns = [
    path("orders/", views.OrderView.as_view()),
    path("track/", views.track),
    path("versions/", releases.versions),
    path("save/", views.save),
    path("count/", views.count),
    path("bind/", views.bind),
    path("theme/", views.update_theme),
    path("preview/", views.preview_theme),
    path("providers/", views.update_providers),
    path("fail/", views.fail_theme),
    path("error/", views.error_theme),
    path("either/", views.theme_or_save),
    path("follow/", views.follow),
    path("feed/<privacy>/", feeds.EventsFeed()),
    path("page/", views.page),
    path("tenant/", views.switch_tenant),
    path("region/", views.switch_region),
    path("report/<step>/", wizards.ReportWizard.as_view(url_name="report")),
    path("order/preview/", wizards.OrderPreview(object)),
]
