package libraries

// DjangoHosts is django-hosts: ROOT_HOSTCONF names a module whose
// host_patterns route each host name to a URL configuration of its own,
// as ROOT_URLCONF does for one.
func DjangoHosts() Library {
	return Library{
		Name:         "django_hosts",
		RootURLConfs: []string{"ROOT_HOSTCONF"},
		URLIncludes:  []URLInclude{{Func: "django_hosts.host", Arg: 1}, {Func: "django_hosts.defaults.host", Arg: 1}},
	}
}
