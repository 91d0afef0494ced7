from flask_admin import Admin, BaseView, expose
from flask_admin.contrib.sqla import ModelView


class ReportsView(BaseView):
    @expose("/")
    def index(self):  # shared: flask-admin-view
        return "reports"


class UserAdmin(ModelView):
    def on_model_change(self, form, model, is_created):  # shared: flask-admin-view
        model.touched = True

    def helper(self):
        return None


admin = Admin(name="ops")
