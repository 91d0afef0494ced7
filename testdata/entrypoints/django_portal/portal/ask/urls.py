from portal.ask import views
from portal.ask.url_utils import service_url

urlpatterns = [
    service_url(r"^vote/$", views.vote, name="vote"),
    service_url(r"^answer/$", view=views.answer),
]
