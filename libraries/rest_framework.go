package libraries

import "slices"

// RestFramework is Django REST framework.
func RestFramework() Library {
	// The hooks a view's dispatch calls per request, besides the handler.
	hooks := []string{"dispatch", "initial", "get_queryset", "get_object", "get_serializer_class",
		"get_serializer_context", "get_permissions", "perform_create", "perform_update", "perform_destroy",
		"check_permissions", "check_object_permissions", "check_throttles", "perform_authentication",
		"get_authenticators", "get_throttles", "handle_exception", "finalize_response", "get_serializer",
		"filter_queryset", "paginate_queryset", "get_paginated_response"}
	actions := []string{"list", "create", "retrieve", "update", "partial_update", "destroy"}
	l := Library{
		Name:              "rest_framework",
		RowGetters:        []string{"rest_framework.generics.get_object_or_404"},
		PermissionAttrs:   []string{"permission_classes"},
		PermissionMethods: []string{"get_permissions"},
		// A throttle counts each client's requests in Django's default
		// cache (SimpleRateThrottle.cache = default_cache), unless the
		// subclass gives it another.
		CacheUsers: throttles(),
		// A viewset routed by hand: `as_view({"get": "summary"})`.
		ActionMaps: []ActionMap{{Method: "as_view", Arg: 0, Keyword: "actions"}},
		EntryDecorators: []EntryDecorator{
			{Func: "rest_framework.decorators.action", Kind: "drf-viewset-action"},
			// An extra action's other methods: `@list_expanded.mapping.post`
			// on a method of the class of `@action(...) def list_expanded`.
			{Func: "rest_framework.decorators.action", Method: "mapping.get", Kind: "drf-viewset-action"},
			{Func: "rest_framework.decorators.action", Method: "mapping.post", Kind: "drf-viewset-action"},
			{Func: "rest_framework.decorators.action", Method: "mapping.put", Kind: "drf-viewset-action"},
			{Func: "rest_framework.decorators.action", Method: "mapping.patch", Kind: "drf-viewset-action"},
			{Func: "rest_framework.decorators.action", Method: "mapping.delete", Kind: "drf-viewset-action"},
			{Func: "rest_framework.decorators.api_view", Kind: "drf-view"},
			// @action's forms before DRF 3.10.
			{Func: "rest_framework.decorators.list_route", Kind: "drf-viewset-action"},
			{Func: "rest_framework.decorators.detail_route", Kind: "drf-viewset-action"},
		},
		EntryClasses: slices.Concat(
			// The generic views' handlers call the actions (post calls
			// create), which a subclass overrides.
			classesOf("drf-view", false, slices.Concat(httpMethods(), hooks, actions),
				"rest_framework.views.APIView",
				"rest_framework.generics.GenericAPIView", "rest_framework.generics.ListAPIView",
				"rest_framework.generics.CreateAPIView", "rest_framework.generics.RetrieveAPIView",
				"rest_framework.generics.UpdateAPIView", "rest_framework.generics.DestroyAPIView",
				"rest_framework.generics.ListCreateAPIView", "rest_framework.generics.RetrieveUpdateAPIView",
				"rest_framework.generics.RetrieveDestroyAPIView", "rest_framework.generics.RetrieveUpdateDestroyAPIView"),
			classesOf("drf-viewset-action", false, slices.Concat(actions, httpMethods(), hooks),
				"rest_framework.viewsets.ViewSetMixin", "rest_framework.viewsets.ViewSet",
				"rest_framework.viewsets.GenericViewSet", "rest_framework.viewsets.ModelViewSet",
				"rest_framework.viewsets.ReadOnlyModelViewSet"),
			// A view builds its serializer, its authenticators, its
			// permissions and its throttles anew for each request, and
			// calls these on them (serializer.save() calls create or
			// update).
			classesOf("drf-serializer", false,
				// validate_<field> runs for each field given, get_<field>
				// for each SerializerMethodField.
				[]string{"create", "update", "save", "validate", "validate_*", "get_*", "to_representation", "to_internal_value"},
				"rest_framework.serializers.BaseSerializer", "rest_framework.serializers.Serializer",
				"rest_framework.serializers.ModelSerializer", "rest_framework.serializers.HyperlinkedModelSerializer",
				"rest_framework.serializers.ListSerializer"),
			classesOf("drf-authentication", false, []string{"authenticate", "authenticate_header"},
				"rest_framework.authentication.BaseAuthentication"),
			// Their authenticate calls these with what the request carries.
			classesOf("drf-authentication", false, []string{"authenticate", "authenticate_header", "authenticate_credentials"},
				"rest_framework.authentication.BasicAuthentication", "rest_framework.authentication.TokenAuthentication"),
			classesOf("drf-authentication", false, []string{"authenticate", "authenticate_header", "enforce_csrf"},
				"rest_framework.authentication.SessionAuthentication"),
			classesOf("drf-permission", false, []string{"has_permission", "has_object_permission"},
				"rest_framework.permissions.BasePermission", "rest_framework.permissions.IsAuthenticated",
				"rest_framework.permissions.DjangoModelPermissions"),
			classesOf("drf-throttle", false, []string{"allow_request", "get_cache_key", "wait"},
				"rest_framework.throttling.BaseThrottle", "rest_framework.throttling.SimpleRateThrottle",
				"rest_framework.throttling.AnonRateThrottle", "rest_framework.throttling.UserRateThrottle",
				"rest_framework.throttling.ScopedRateThrottle"),
			// The view builds its paginator once per request (its
			// pagination_class) and a filter backend for each of its
			// filter_backends: settings' defaults or its own.
			classesOf("drf-pagination", false, []string{"paginate_queryset", "get_paginated_response", "get_next_link",
				"get_previous_link", "get_page_size"},
				"rest_framework.pagination.BasePagination", "rest_framework.pagination.PageNumberPagination",
				"rest_framework.pagination.LimitOffsetPagination", "rest_framework.pagination.CursorPagination"),
			classesOf("drf-filter-backend", false, []string{"filter_queryset"},
				"rest_framework.filters.BaseFilterBackend", "rest_framework.filters.SearchFilter",
				"rest_framework.filters.OrderingFilter", "django_filters.rest_framework.DjangoFilterBackend",
				"django_filters.rest_framework.backends.DjangoFilterBackend"),
		),
		// The defaults of every API view, by dotted path in the
		// settings' REST_FRAMEWORK dict: each class is built per
		// request (or per call) and its methods run then, whatever it
		// derives from; the exception handler runs per failing request.
		EntrySettings: []EntrySetting{
			{Name: "REST_FRAMEWORK", Key: "DEFAULT_AUTHENTICATION_CLASSES", Kind: "drf-authentication", Defaults: true,
				ClassMethods: []string{"authenticate", "authenticate_header", "authenticate_credentials"}},
			{Name: "REST_FRAMEWORK", Key: "DEFAULT_PERMISSION_CLASSES", Kind: "drf-permission", Defaults: true,
				ClassMethods: []string{"has_permission", "has_object_permission"}},
			{Name: "REST_FRAMEWORK", Key: "DEFAULT_THROTTLE_CLASSES", Kind: "drf-throttle", Defaults: true,
				ClassMethods: []string{"allow_request", "get_cache_key", "wait"}},
			{Name: "REST_FRAMEWORK", Key: "DEFAULT_PAGINATION_CLASS", Kind: "drf-pagination", Defaults: true,
				ClassMethods: []string{"paginate_queryset", "get_paginated_response", "get_next_link", "get_previous_link", "get_page_size"}},
			{Name: "REST_FRAMEWORK", Key: "DEFAULT_FILTER_BACKENDS", Kind: "drf-filter-backend", Defaults: true, ClassMethods: []string{"filter_queryset"}},
			{Name: "REST_FRAMEWORK", Key: "EXCEPTION_HANDLER", Kind: "drf-exception-handler", Functions: true, Defaults: true},
		},
	}
	// router.register(prefix, viewset): the viewset's own base says which
	// of its methods run.
	for _, fn := range []string{"rest_framework.routers.DefaultRouter", "rest_framework.routers.SimpleRouter",
		"rest_framework.routers.BaseRouter"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "register", Arg: 1, Keyword: "viewset", Kind: "drf-viewset-action"})
	}
	// A serializer class's metaclass binds _declared_fields; an
	// instance's fields are its own copies.
	for _, ser := range []string{"rest_framework.serializers.Serializer", "rest_framework.serializers.ModelSerializer",
		"rest_framework.serializers.HyperlinkedModelSerializer"} {
		l.ClassContainers = append(l.ClassContainers, ClassContainer{Class: ser, Attr: "_declared_fields", Kind: "dict"})
	}
	return l
}

// throttles are DRF's throttle classes that keep their history in a cache.
func throttles() []CacheUser {
	var out []CacheUser
	for _, c := range []string{"SimpleRateThrottle", "AnonRateThrottle", "UserRateThrottle", "ScopedRateThrottle"} {
		out = append(out, CacheUser{Class: "rest_framework.throttling." + c, Setting: "CACHES", Alias: "default", Attr: "cache",
			Does:   "counts each client's requests",
			Effect: "each worker process counts on its own, so the limit is as many times looser as there are workers"})
	}
	return out
}
