from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.views.generic.chooser import ChooseView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView

from .models import ArticlePage


# Wagtail's generic admin views are Django class-based views: its
# viewsets route to them, one instance per request.
class ArticleEditView(EditView):
    def get_context_data(self, **kwargs):  # entry: django-view
        return super().get_context_data(**kwargs)

    def save_instance(self):  # entry: django-view
        return super().save_instance()

    def run_after_hook(self):  # entry: django-view
        return None

    def title_of(self, obj):
        return obj.title


class ArticleIndexView(IndexView):
    def get_queryset(self):  # entry: django-view
        return super().get_queryset()


class ArticleChooseView(ChooseView):
    def get_object_list(self):  # entry: django-view
        return super().get_object_list()


class SnippetCreate(SnippetCreateView):
    def form_valid(self, form):  # entry: django-view
        return super().form_valid(form)


class ArticleViewSet(ModelViewSet):
    model = ArticlePage
    edit_view_class = ArticleEditView
    index_view_class = ArticleIndexView
