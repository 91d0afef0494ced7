package libraries

// FlaskLogin is Flask-Login: a LoginManager calls its loaders on each
// request that needs the user, and its unauthorized handler on each one
// refused.
func FlaskLogin() Library {
	l := Library{Name: "flask_login"}
	for _, fn := range []string{"flask_login.LoginManager", "flask_login.login_manager.LoginManager"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "flask-hook", false,
			"user_loader", "request_loader", "header_loader", "unauthorized_handler", "needs_refresh_handler")...)
	}
	// current_user is a proxy to the request's own user.
	for _, name := range []string{"flask_login.current_user", "flask_login.utils.current_user"} {
		l.Instances = append(l.Instances, Instance{Name: name, Class: "werkzeug.local.LocalProxy"})
	}
	return l
}
