// Package libraries is what crosstalk knows of Python libraries, as data:
// one file per library, each a function returning the Library value that
// says what the library contributes to each role (cache decorators,
// container factories, lock factories, metaclasses, ...). The rules and
// the semantic model read these tables through an Index and never name a
// library themselves.
//
// To add a library: write <name>.go with a function returning its Library
// (Name is the file's name without .go), add that function to All, and
// run the package's tests, which check that every name is dotted, that no
// name is listed twice in a role, and that every file's table is in All.
// A user extends some roles from configuration instead (the rules'
// extend-cache-decorators and extend-container-factories options); those
// names are merged by the rule that reads the option, not here.
package libraries

import (
	"maps"
	"slices"
	"strings"
	"sync"
)

// ClientCost is what building a client of the factories Of (all of the
// library's when empty) costs, as CT301's message says it. Cost follows
// "each call" ("fetches the signing keys again"), "" for "opens its own
// connections and pool"; What is what a factory builds, "" for "a
// pooling client or session factory"; Keep says how to keep one, "" for
// "build it once, at module level or at startup, and reuse it".
type ClientCost struct {
	Of               []string
	Cost, What, Keep string
}

// A Library is what one Python library contributes, role by role. Names
// of callables and classes are canonical qualified names, as the module
// that defines them spells them ("functools.lru_cache"), and are compared
// after the semantic model resolves imports and aliases. Method names are
// bare names ("setUpClass").
type Library struct {
	// Name is the library as imported, and the name of its file here.
	Name string

	// CacheDecorators build one cache per decorated function: on a
	// method, one cache shared by every instance (CT105).
	CacheDecorators []string
	// ContainerFactories are calls that build a new mutable container.
	ContainerFactories []string
	// Registries are calls that return an object the library keeps for
	// the life of the process, one per key (logging.getLogger(name)),
	// with the methods that add to it for good and those that take out
	// (CT204).
	Registries []Registry
	// StateSetters are methods of a library's objects that keep what
	// they are given for every later call on the object (powertools'
	// Logger.append_keys), with what clears it (CT204).
	StateSetters []StateSetter
	// LockFactories are calls that build a lock: a container used only
	// under one is guarded.
	LockFactories []string
	// DataLoads are calls that read data other processes can change: an
	// HTTP request, a database read (requests.get,
	// django.shortcuts.get_object_or_404). A process-local cache of what
	// they return goes stale in every other worker (CT201).
	DataLoads []string
	// QueryManagers are attribute names through which a model class reads
	// its table: Model.objects.get(...) (Django, mongoengine),
	// Model.query.filter(...) (Flask-SQLAlchemy).
	QueryManagers []string
	// RelatedManagerSuffixes end the names of the attributes through
	// which a model's object reads its related rows (Django's reverse
	// manager, `revision.version_set`): a method called on one reads
	// the database.
	RelatedManagerSuffixes []string
	// RelatedManagerMethods are the methods of such a manager, or of the
	// query it makes, that read its rows (`filter`, `all`, `get`): not a
	// set's, which a name ending so may as well be (`seen_set.copy()`).
	RelatedManagerMethods []string
	// ModelLoads are class methods a library's model base gives every
	// subclass, which read its table: django-solo's get_solo
	// (`SiteConfiguration.get_solo()`). A call of one on a class's
	// name reads the database, whatever the class.
	ModelLoads []string
	// QueryMethods are the methods that read a database or a remote
	// service when called on a receiver whose name has one of the
	// QueryReceivers words (session.execute, cursor.fetchall,
	// collection.find_one): the model does not know their types.
	QueryMethods   []string
	QueryReceivers []string
	// MetadataQueries are how the SQL of a query that reads the
	// connection's or the server's own settings starts (lower case,
	// spaces collapsed: "pragma ", "show "): no data another process
	// changes.
	MetadataQueries []string
	// Refreshes say how a model of an ORM reloads itself from the
	// database, for CT401's fix: a subclass of Base calls Method on self.
	Refreshes []Refresh
	// ClientFactories are calls that build a pooling client, an engine
	// or a session factory: meant to be built once per process and kept
	// (create_engine, requests.Session, redis.Redis).
	ClientFactories []string
	// ClientCosts say what building one of the library's ClientFactories
	// costs, and how to keep one, where it is not what every client's is
	// (its own connections and pool, built once at start-up): each for
	// the factories it names, or all of them.
	ClientCosts []ClientCost
	// ClientNamespaces make a client factory of every class of a
	// library's namespace named so: an SDK whose every client holds a
	// session or a channel (google.cloud's *Client).
	ClientNamespaces []ClientNamespace
	// Credentials are the keyword arguments of a client factory, and the
	// attributes of its client, that give the client its caller's
	// credentials (auth, aws_access_key_id): a client built with a
	// parameter's there is one per credential, by design (CT301).
	// Headers are those that hold its headers, a credential only under
	// one of CredentialHeaders (Authorization, Cookie; any case).
	Credentials, Headers, CredentialHeaders []string
	// CredentialHeaderWords make a header of a project's own naming a
	// credential when one of the words of its name (split at '-' and
	// '_', any case) is one of them: `X-ADM-Auth-Session`, `X-Api-Token`.
	CredentialHeaderWords []string
	// Starts are the methods of a library's class that run another of
	// the instance's methods elsewhere: Thread.start runs the subclass's
	// run on a thread of its own.
	Starts []Start
	// Dispatches are the methods of a library's class that call other
	// methods of the instance, with arguments of the library's making,
	// which a subclass of the tree may override: requests' Session.get
	// calls request, django-import-export's import_data a resource's
	// hooks.
	Dispatches []Dispatch
	// ModuleImporters are calls that import a module by a name computed
	// at run time (importlib.import_module).
	ModuleImporters []string
	// RowMethods are the methods of a model's query (its manager, a query
	// set) that return one row of the model: Order.objects.get(...),
	// .first(). Any other method returns another query, or no row
	// (count, delete, update).
	RowMethods []string
	// NewRowMethods are the RowMethods that insert the row they return
	// (Order.objects.create(...)): until the caller hands it on, no
	// other request or task holds it.
	NewRowMethods []string
	// RelationFields are the calls that declare, in a model class's
	// body, a relation to another model (RelationField).
	RelationFields []RelationField
	// RowGetters are functions that take a model class, a manager or a
	// query as their first argument and return its rows: one, or a list
	// of them (Django's get_object_or_404, get_list_or_404).
	RowGetters []string
	// QueryBuilders are functions that take a model class as their first
	// argument and return a query of its rows, run later
	// (SQLAlchemy's select(User)).
	QueryBuilders []string
	// QueryRunners are methods of a session that run the query, or load
	// the model class, given as their first argument and return its rows
	// (session.scalars(select(User)), session.get(User, pk)): by name
	// alone, since a session is most often a parameter, or a library's
	// object, that nothing types.
	QueryRunners []string
	// StaticModels are model classes whose rows the library writes when
	// the schema is migrated and no request changes: a process may keep
	// what it read of them (Django's ContentType, which Django itself
	// caches per process).
	StaticModels []string
	// OfflineMethods are methods of a library's clients that work without
	// a connection (boto3's generate_presigned_url signs locally): a
	// client used for nothing else opens none.
	OfflineMethods []string
	// FileTests are calls that tell whether a file is there
	// (os.path.exists), and FileTestMethods the methods of a path object
	// that do (pathlib's exists): code that runs only while a file is
	// missing, and makes it, runs once per host.
	FileTests, FileTestMethods []string
	// SessionFactories are the ClientFactories that hold no pool of their
	// own, only the engine or factory they are bound to (sessionmaker,
	// scoped_session): CT301 reports one bound to an engine or a factory,
	// or built next to an engine, at the engine's call, not theirs.
	SessionFactories []string
	// OneRequestClients are the ClientFactories whose one request costs
	// what the library's own one-call functions cost, which build one
	// for their request and close it (requests.get, httpx.get): a client
	// built for the one request sent on it at once
	// (`requests.Session().get(url)`) is such a call spelt out.
	OneRequestClients []string
	// LoopBoundClients are the ClientFactories whose connections belong
	// to the event loop they are opened in, beside those whose name says
	// async (AsyncEngine, redis.asyncio.Redis, aiohttp's): one kept for
	// the process breaks in the next loop once that loop closes (CT502).
	LoopBoundClients []string
	// PoolFree are the arguments that make a ClientFactories entry keep
	// no connection past its use ("poolclass=sqlalchemy.pool.NullPool"),
	// by factory: such a client may be kept across event loops.
	PoolFree map[string][]string
	// PoolOwners are calls that build a client owning the pool they are
	// given (redis's Redis.from_pool): closing the client closes the
	// pool, where closing one merely given a pool (`Redis(connection_pool=
	// pool)`) returns its connection to it.
	PoolOwners []string
	// FreshValues are calls whose every call returns a value no other
	// call returns (uuid.uuid4, secrets.token_hex): an entry keyed by one
	// is the calling code's own.
	FreshValues []string
	// Clocks are calls that read the time: a value built from one is a
	// timestamp or an expiry, not a call's data.
	Clocks []string
	// Saves are the methods that write an ORM object back (obj.save());
	// Commits are those a session-like receiver (QueryReceivers) writes
	// its objects back with (session.commit()).
	Saves, Commits []string
	// ExitCommits are the methods of a session-like receiver whose with
	// statement commits its objects when it exits (SQLAlchemy's
	// `with Session.begin() as session:`).
	ExitCommits []string
	// Updates are the query methods that write fields of the rows a
	// query selects, given as keywords or a dict
	// (`filter(...).update(n=obj.n)`); SaveFields are the keywords of a
	// save that name the only fields it writes (update_fields).
	Updates, SaveFields []string
	// AtomicUpdates are calls that make an update atomic in the database
	// or the store: F() expressions, select_for_update, incr. A def that
	// uses one is not a lost update (CT403). AtomicMethods are the
	// method names of the same, matched on any receiver.
	AtomicUpdates, AtomicMethods []string
	// Casts are the calls that return their last argument as it is
	// (typing.cast(T, v) is v): what a name is bound to through one is
	// that argument.
	Casts []string
	// RowKeys are the attributes of an ORM object that hold its row's
	// key (Django's `pk`, `id`): they do not change while the row lives,
	// and set to None they make the next save insert a copy, a new row
	// (`obj.pk = None`).
	RowKeys []string
	// RowLocks are the query methods that lock the rows they read until
	// the transaction ends (select_for_update): a def given an object by
	// its caller may run under one only in a tree that takes them.
	RowLocks []string
	// Relationships are the calls that declare, on a model class, a
	// collection attribute of the ORM's own. Assigning a list or a set to
	// one copies its items out, into a collection of the ORM's (or its
	// pending changes, for a dynamic one): the ORM keeps no reference to
	// what was assigned (CT104: a default assigned there is only read).
	// And the ORM writes the collection by difference, only the
	// association rows that changed, so two requests that each add an
	// item both keep theirs (CT403).
	Relationships []string
	// Waits are the calls, by their last name, that wait for work handed
	// off elsewhere (t.join(), future.result(), asyncio.gather(...)):
	// after one, the other worker may have changed the rows (CT402).
	Waits []string
	// Reloads are the methods, by name, that read an ORM object's row
	// again (obj.refresh_from_db(), session.refresh(obj)).
	Reloads []string
	// Inspectors are functions that take a callable only to look at it
	// (callable(f), getattr(f, name), repr(f)): the call graph makes no
	// edge from a call of one to the callables passed, as it does for
	// other builtins (map(f, xs) calls f).
	Inspectors []string
	// MissErrors are exceptions that say a lookup found nothing
	// (KeyError, AttributeError): an except handler of only these is
	// the miss of a lazy-init guard (`try: return self._c except
	// AttributeError: self._c = build()`), not the recovery from a
	// failure.
	MissErrors []string
	// WeakContainers are the ContainerFactories whose entries go with
	// their objects (weakref.WeakSet): a registry of them keeps nothing
	// of a request's for the next once the request lets go of it.
	WeakContainers []string
	// WeakKeys are the WeakContainers whose keys (or elements) are the
	// weak references (weakref.WeakKeyDictionary): each key object has
	// its own entry, gone with it.
	WeakKeys []string
	// InstanceCaches are decorators that run the def once per instance
	// and keep what it returns on it (functools.cached_property): what
	// the def builds, it builds once per object.
	InstanceCaches []string
	// ClientState are the attributes of a client that hold what its calls
	// gathered (a session's cookies): a def that reads one back keeps the
	// client for that run's state, not for its pool.
	ClientState []string
	// Closes are the methods that close a client and its pool
	// (`session.close()`, `await redis.aclose()`).
	Closes []string
	// ClientSetups are the methods that set a client up and make no
	// request of their own (`session.mount(prefix, adapter)`).
	ClientSetups []string
	// ContextEnters are the methods, by name, that enter the context
	// manager they are given and exit it when their stack closes
	// (ExitStack.enter_context): the object is closed as in a `with`.
	ContextEnters []string
	// ThreadLocals are the ContextLocals that hold one value per thread
	// only: async tasks that share a thread share it (CT501).
	ThreadLocals []string
	// ContextLocals are classes whose instances hold one value per
	// thread or per context (threading.local, werkzeug's Local): setting
	// an attribute of a module-level one is not shared state.
	ContextLocals []string
	// ContextVars are classes whose instances hold one value per
	// context, each context starting from a copy of the one it was
	// made in (contextvars.ContextVar): the object the import's context
	// holds, set there or given as the default, every context shares.
	ContextVars []string
	// TestSignals are the signals, by qualified name, that only the
	// library's test utilities send (Django's setting_changed, sent by
	// override_settings): what a tree connects to one never runs in
	// production, and is no entry point.
	TestSignals []string
	// ExpiringCaches are container types whose entries expire: a cache
	// built from one has a TTL (cachetools.TTLCache).
	ExpiringCaches []string
	// RegisteredKinds are the entry kinds whose subclasses serve requests
	// only where a registration names them (`admin.site.register(Model,
	// OrderAdmin)`), once the tree's code registers one: a ModelAdmin
	// no site registers is dead code, or a base of the registered ones.
	RegisteredKinds []string
	// SharedKinds are the entry kinds whose class-based entry points run
	// on one instance that serves every request (a middleware class the
	// framework builds once).
	SharedKinds []string
	// SharedObjects are the library's names of objects that every request
	// of the process shares, by qualified name (Flask's current_app, a
	// proxy to the one application): an attribute set on one per request
	// is what the next request reads.
	SharedObjects []string
	// ProcessLockFactories are the LockFactories whose locks are meant to
	// exclude other processes (multiprocessing's): one built at import
	// time in each pre-forked worker excludes nothing (CT203).
	ProcessLockFactories []string
	// InstanceLookups are methods, by name alone (their receiver is most
	// often a request nothing types), that are given a class, first or
	// as Keyword, and return an instance of it (pyramid_services'
	// request.find_service(UserService)).
	InstanceLookups []InstanceLookup
	// LazyProxies are calls that return a proxy of what their first
	// argument, a callable, returns when first called with none
	// (Django's SimpleLazyObject(make)): the call graph takes the proxy
	// for that, and the callable for called where the proxy is made.
	LazyProxies []string
	// ClassContainers are the containers a library's metaclass binds on
	// each subclass of a class of its (Django's forms get base_fields),
	// or that a library's class binds in its body for all its subclasses
	// (Django's FormMixin.initial): class-level state the code never
	// declares, which every instance of the subclass shares.
	ClassContainers []ClassContainer
	// Metaclasses are classes whose subclasses are metaclasses: their
	// methods run when classes are built, not per request.
	Metaclasses []string
	// FieldBaseModules are modules whose classes, as bases, make the
	// class attributes of a subclass declared fields or members (pydantic
	// models, Enum members), not shared state. Any name in the module
	// counts ("pydantic" covers pydantic.v1.BaseModel).
	FieldBaseModules []string
	// FieldDecorators are class decorators that turn annotated class
	// attributes into per-instance fields (dataclasses, attrs).
	FieldDecorators []string
	// DefaultSharers are class decorators whose generated __init__
	// binds a field's default object itself, not a copy (attrs): a
	// mutable default is one object that every instance built without
	// it shares (CT104). Python's dataclasses refuse a list, dict or set
	// default; pydantic copies one.
	DefaultSharers []DefaultSharer
	// FieldSpecifiers are the calls that declare a field of such a class
	// (attr.ib, attrs.field), its default given as `default=`.
	FieldSpecifiers []string
	// ClassVarAnnotations declare an annotated class attribute a class
	// variable, shared on purpose.
	ClassVarAnnotations []string
	// StaticMethodDecorators, ClassMethodDecorators and
	// PropertyDecorators decide a method's kind.
	StaticMethodDecorators []string
	ClassMethodDecorators  []string
	PropertyDecorators     []string
	// StartupMethods are methods the library calls once per process, at
	// startup, on subclasses of Class.
	StartupMethods []Method
	// Initialisers are methods the library calls first on each instance
	// of a subclass of Class, before any other of its own: what they
	// set on self is per instance, as what __init__ sets (a Channels
	// consumer's connect, a class-based view's setup).
	Initialisers []Method
	// BoundedCaches are the CacheDecorators bounded by a maxsize argument
	// (the first, or maxsize=): 128 entries when it is not given, no bound
	// when it is None. functools.lru_cache.
	BoundedCaches []string
	// UnboundedCaches are the CacheDecorators that keep every entry
	// (functools.cache).
	UnboundedCaches []string
	// ReadOnlyTypes are annotations that promise the code will not change
	// the value (typing.Mapping, collections.abc.Sequence): a type
	// checker holds the function to it.
	ReadOnlyTypes []string
	// ArgMutators are functions that change the container passed to
	// them as their first argument (heapq.heappush, random.shuffle): a
	// mutable default handed to one is left changed for the next call.
	ArgMutators []string
	// ProgramRunners are functions that run a program's entry point in
	// the caller's process (Django's call_command): where request or
	// task code calls one, programs are not processes of their own.
	ProgramRunners []string
	// ProgramPackages are the packages whose modules are programs that a
	// runner names by the module's last name (Django's
	// management.commands: call_command("sync") runs
	// management/commands/sync.py).
	ProgramPackages []string
	// RunScripts are the files a program is run as (Django's manage.py):
	// Python puts a script's directory first on sys.path, so the imports
	// of the code beside one start there.
	RunScripts []string
	// SettingsVariables are the environment variables a run script sets
	// to the module of the settings it runs with (Django's
	// DJANGO_SETTINGS_MODULE): where that module is found from the
	// script's directory, the program imports from there.
	SettingsVariables []string
	// StartupDefs are module-level defs that the library runs once per
	// process by their name, wherever they are: a script's main(),
	// Pyramid's includeme(config), which config.include runs.
	StartupDefs []StartupDef
	// ProtocolDefs are the parameters of what a server calls for each
	// request, whoever registers it (PEP 3333's `application(environ,
	// start_response)`): a module-level def, or a class's __call__ (one
	// object serving every request), that takes exactly these is an
	// entry point of Kind.
	ProtocolDefs []ProtocolDef
	// ProgramKinds are the startup kinds that are programs of their own
	// (a command line's main, a management command): they run in a
	// process that serves no request, so nothing they set up reaches one.
	ProgramKinds []string
	// TaskKinds are the entry kinds that a worker runs once per run of a
	// queued task (the task, or a signal of its run), not per request.
	TaskKinds []string
	// NewLoopKinds are the entry kinds whose async defs the framework
	// runs each in an event loop of its own, started for the call and
	// closed after it (Flask runs an async view with asgiref's
	// async_to_sync, a loop per request): CT502.
	NewLoopKinds []string
	// InProcessKinds are the task kinds whose jobs run in each process
	// that starts them: an in-process scheduler's, which a web app starts
	// with every worker (APScheduler's AsyncIOScheduler in a lifespan,
	// fastapi-utils' repeat_every): a job that fills a cache anew refreshes
	// every worker's copy (CT201).
	InProcessKinds []string
	// ConnectionKinds are the entry kinds that run once per connection,
	// for the connection's life (a WebSocket handler), not per request.
	ConnectionKinds []string
	// AdminKinds are the entry kinds only a site's administrators run
	// (Django's admin site), and AdminDecorators the decorators that let
	// only them run a view: rare next to the service's own requests.
	AdminKinds      []string
	AdminDecorators []string
	// PermissionAttrs are the class attributes of a view class that name
	// who may run its methods (DRF's `permission_classes`): one that
	// names the site's administrators alone keeps the rest out.
	PermissionAttrs []string
	// ExclusiveTaskBases are task base classes whose runs with the same
	// arguments do not overlap, in any process (celery-once's QueueOnce,
	// given as `base=`): a lock other processes see, over the whole run.
	ExclusiveTaskBases []string
	// AttrGetters are the methods of the library's classes that return an
	// attribute of their receiver itself, not a copy, by their name's
	// convention (Django's `ModelAdmin.get_search_fields` returns
	// `self.search_fields`): what a subclass's override gets from them is
	// the class's own container.
	AttrGetters []string
	// PermissionMethods are the methods of a view class that decide who
	// may run its methods at each request (DRF's `get_permissions`):
	// where the class or a base defines one, its permission attributes
	// do not decide alone.
	PermissionMethods []string
	// SignalPairs are signals that bracket one run in one process: the
	// first sent as it starts, the second as it ends, in the process that
	// ran it (Celery's task_prerun and task_postrun): what a receiver of
	// the first keeps under the run's key, a receiver of the second takes
	// out, in the same process.
	SignalPairs []SignalPair
	// Reexports are modules and names of the library that are another
	// library's under a name of its own (an observability library's
	// drop-in for an SDK: `from langfuse.openai import openai`): an
	// import of one binds what it is.
	Reexports []Reexport
	// ProbeKinds are the entry kinds that health probes run (a health
	// check's backend): at the orchestrator's pace, whoever uses the
	// service.
	ProbeKinds []string
	// ClassCreationHooks are method names the library calls once per
	// class, as the class is created.
	ClassCreationHooks []string
	// TestLifecycle are the per-test methods of a test framework; a
	// class of test code that defines one is a test-case mixin.
	TestLifecycle []string
	// TestInitialisers are the per-test methods that initialise a test
	// instance before its test, as __init__ does.
	TestInitialisers []string
	// TestClassFixtures are the once-per-class setup and teardown
	// methods, whose class attributes are the point.
	TestClassFixtures []string
	// TestPackages are the packages (or modules) whose import makes a
	// file named a test by its suffix alone (`cart_test.py`) test code.
	TestPackages []string
	// EqualByValue are classes whose instances compare and hash by
	// value (Django's Model, by its primary key): a subclass's equal
	// instances, one per request, are one key of a cache.
	EqualByValue []string
	// TestRunners are the TestPackages whose import at module level
	// makes any file test code: production code does not import them,
	// a test plugin or a module of fixtures does (pytest's
	// `pytest_conftest.py`).
	TestRunners []string
	// InterfaceBases are the bases, and InterfaceMetaclasses the
	// metaclasses, that make a class an interface (a Protocol, an
	// abstract base): its methods are stubs, and what a parameter
	// annotated with it holds is an instance of one of its subclasses.
	InterfaceBases, InterfaceMetaclasses []string
	// TestBases are classes whose subclasses are test code whatever
	// their file: a load test's simulated users and their task sets
	// (locust), which a test tool runs against the service, never a
	// request.
	TestBases []string

	// HandOffs are the calls that run a callable they are given somewhere
	// else than the caller: another thread or process, the event loop, a
	// task queue, a signal's sender. The call graph makes each an edge
	// marked with its Kind.
	HandOffs []HandOff

	// The entry points: what makes code run once per request or task, or
	// once per process (Startup), without the library installed. See
	// semantic.FindEntryPoints.
	//
	// EntryDecorators register the function they decorate.
	EntryDecorators []EntryDecorator
	// EntryCalls register a callable passed to them.
	EntryCalls []EntryCall
	// Mounts are the calls that take an object of the library's class
	// into an app (FastAPI's include_router, Flask's register_blueprint):
	// what is handed to one is of that class, or of a subclass of it
	// that another project of the team defines.
	Mounts []Mount
	// EntryClasses are base classes whose subclasses' methods the library
	// calls.
	EntryClasses []EntryClass
	// EntrySettings are settings that list callables by dotted path
	// (Django's MIDDLEWARE).
	EntrySettings []EntrySetting
	// CacheSettings are settings that configure a cache framework's
	// caches by alias (Django's CACHES).
	CacheSettings []CacheSetting
	// CacheUsers are classes of the library that keep what must be
	// one for all workers in a cache of a cache setting (DRF's throttles
	// count requests in Django's default cache).
	CacheUsers []CacheUser
	// EntryAttrs are class attributes that name what the framework
	// calls, per request, on a class it registers (Django's
	// ModelAdmin.actions).
	EntryAttrs []EntryAttr
	// ExposeAttrs are attributes that, set to True, expose what has them
	// to requests: a method of a class (`index.exposed = True` in the
	// class body, after the def), or every public method of a class whose
	// body binds it (`exposed = True`).
	ExposeAttrs []ExposeAttr
	// ActionMaps are classmethods of a view class that are given a map
	// of HTTP methods to the names of the methods a request runs (DRF's
	// `OrderViewSet.as_view({"get": "summary"})`).
	ActionMaps []ActionMap
	// InstanceAttrs are attributes of instances of a library's class
	// that are names of a library: Flask-SQLAlchemy's `db =
	// SQLAlchemy()` offers sqlalchemy.orm.relationship as
	// db.relationship. The model resolves such an attribute to the name
	// (Program.ResolveLibraryPath).
	InstanceAttrs []InstanceAttr
	// Instances are objects the library creates at import time, by
	// qualified name, with their class: the model resolves a name of the
	// library to the name, never to an object, so that post_save.connect
	// needs the table to be a Signal's connect.
	Instances []Instance
	// Factories are classes whose construction inside a function makes
	// the function startup code of Kind: a function that builds a Flask
	// app is an app factory.
	Factories []Factory
	// EntryWrappers are calls that return a callable that runs their
	// first argument: what they are given is registered in their place
	// (`view_func=partial(render, "x")`, `path("x/", csrf_exempt(v))`).
	EntryWrappers []string
	// WrapsDecorators make the def they decorate stand for their first
	// argument (`@functools.wraps(fn)` on a wrapper that calls fn): a
	// wrapper registered as an entry point registers what it wraps.
	WrapsDecorators []string
	// RootURLConfs are settings that name, by a dotted string, the module
	// of a root URL configuration (Django's ROOT_URLCONF; django-hosts'
	// ROOT_HOSTCONF, whose hosts include the others), and URLIncludes
	// the calls that include another by its module, a string naming it,
	// or a list of patterns (include("app.urls")). When the tree names a
	// root of its own, URLConf entry calls count only in the
	// configurations reached from it.
	RootURLConfs []string
	URLIncludes  []URLInclude
}

// An InstanceLookup is a method that returns an instance of the class
// it is given first, or as Keyword.
type InstanceLookup struct {
	Method, Keyword string
}

// A ClassContainer is a container a library's metaclass binds, as Attr,
// on each subclass of Class: a dict, a list or a set (Kind). Body: Class
// binds it once, in its body, and every subclass shares that one
// (Django's FormMixin.initial).
type ClassContainer struct {
	Class, Attr, Kind string
	Body              bool
}

// A DefaultSharer is a class decorator of DefaultSharers. Its keyword
// AutoAttribs, true, makes the annotated class attributes fields, as
// FieldSpecifiers declare them; unless Guess, annotated attributes are
// fields only then (attr.s). With Guess (attrs.define), they are unless
// the keyword is false or an unannotated field specifier is in the
// class body.
type DefaultSharer struct {
	Decorator, AutoAttribs string
	Guess                  bool
}

// A ClientNamespace is the classes whose qualified names start with
// Prefix and end with Suffix ("google.cloud.", "Client"). One with no
// Prefix names a class of any package by its name alone (".ApiClient"):
// trusted only for a class the tree does not define (ClientByNameAlone).
type ClientNamespace struct {
	Prefix, Suffix string
}

// A Dispatch is a method of instances of Class (or of a subclass of the
// tree) that calls their methods Calls.
type Dispatch struct {
	Class, Method string
	Calls         []string
}

// A Start is a method of instances of Class (or of a subclass of the
// tree) that runs their method Runs (threading.Thread's start runs run).
type Start struct {
	Class, Method, Runs string
}

// A URLInclude is a call that includes a URL configuration: the one its
// argument Arg names (0: include("app.urls"); 1: django-hosts'
// host(r"forum", "forum.urls")).
type URLInclude struct {
	Func string
	Arg  int
}

// A HandOff is one call that hands a callable on to run elsewhere.
//
// Forms, by example:
//   - threading.Thread(target=f): Func "threading.Thread", Keyword "target";
//   - asyncio.create_task(f()): Func "asyncio.create_task", Arg 0 (a
//     coroutine: the call graph follows the call in the argument);
//   - pool.submit(f): Func "concurrent.futures.Executor", Method "submit",
//     Arg 0, on an instance of Func or of a class derived from it;
//   - f.delay(...) on a function decorated by celery.shared_task: Func
//     "celery.shared_task", Method "delay", Receiver: the callable is the
//     object the method is called on, a function decorated by Func.
type HandOff struct {
	Func   string // a qualified function or class name
	Method string // a method of instances of Func; "" for a call of Func itself
	// Arg is the position of the callable among the call's arguments,
	// counted from 0 without self; -1 when it is passed only by Keyword
	// (or is the Receiver).
	Arg int
	// Rest: every positional argument from Arg on passes one
	// (asyncio.gather(*aws)).
	Rest     bool
	Keyword  string // the keyword that passes the callable, if any
	Receiver bool   // the callable is the receiver of Method (see above)
	// Kind: "thread", "process", "executor", "task", "queue", "signal",
	// "loop" (a new event loop), "sync-loop" (a new event loop where the
	// thread runs none: in a task's worker, not under an ASGI server);
	// or "" when the library runs the
	// callable in the caller's own thread, later in the same run
	// (transaction.on_commit, once the request's transaction commits):
	// a plain call of it, nothing handed on.
	Kind string
}

// A Refresh is how instances of an ORM's model class reload their row:
// self.refresh_from_db() for Django's models.Model.
type Refresh struct {
	Base   string // the model base class, qualified
	Method string // a method of the instance that reloads it in place
}

// An EntryDecorator registers the function it decorates as an entry
// point of Kind.
//
// Forms, by example:
//   - @shared_task: Func "celery.shared_task";
//   - @app.route("/"): Func "flask.Flask", Method "route", on an instance
//     of Func or of a class of the tree derived from it;
//   - @worker_init.connect: Func "celery.signals.worker_init", Method
//     "connect": Func may name an object itself.
//
// Method may be a dotted path of attributes ("router.add_get" of an
// aiohttp Application).
type EntryDecorator struct {
	Func    string
	Method  string
	Kind    string // "flask-route", "celery-task", ...
	Startup bool   // the decorated function runs once per process
	// Makes is the class of what the decorator returns, when a later
	// decorator may be its method: @click.group makes a click.Group, and
	// @cli.command() is then a method of it. "" when it does not matter.
	Makes string
	// ClassMethods are the methods that run, per request, when what it
	// decorates is a class (`@admin.register(Model)` on a ModelAdmin).
	ClassMethods []string
	// Hooks, when set, are the kinds of a decorator of named hooks, by
	// the string its first argument is: only a hook the table lists
	// registers, as its kind says (`@hooks.register("before_serve_page")`
	// runs per request, `@hooks.register("register_icons")` once).
	Hooks map[string]string
}

// An EntryCall registers the callable passed to it, at Arg (counted
// from 0 without self; -1 when only Keyword passes it) or by Keyword, as
// an entry point of Kind. Func and Method are as in EntryDecorator. A
// list display there registers each element.
// A Registry is a call, Getter, that returns the one object per key a
// library keeps for the process, and the methods of that object that add
// to it (Adds) and take out of it (Removes).
type Registry struct {
	Getter        string
	Adds, Removes []string
}

// A StateSetter is Class's methods that keep what they are given on the
// object, for every later call on it (the keys of every line a logger
// writes after `logger.append_keys(order_id=...)`); the methods that
// take it out again (Clears), and the keyword that makes a decorator
// method of the object clear it at the start of every call it wraps
// (ClearedBy: `@logger.inject_lambda_context(clear_state=True)`).
type StateSetter struct {
	Class           string
	Methods, Clears []string
	ClearedBy       string
}

// A Mount is a method of Func's instances that takes an object of Class,
// at Arg (counted from 0 without self) or by Keyword.
type Mount struct {
	Func, Method string
	Arg          int
	Keyword      string
	Class        string
}

type EntryCall struct {
	Func    string
	Method  string
	Arg     int
	Keyword string
	Kind    string
	Startup bool
	// Hooks, when set, are the kinds of a call that registers named
	// hooks, by the string its first argument is, as EntryDecorator's
	// (`hooks.register("before_serve_page", fn)`).
	Hooks map[string]string
	// OrAnnotation: a call that passes no callable, as the default of a
	// parameter or in its Annotated[...], registers the parameter's
	// annotation (FastAPI's `f: Filters = Depends()`).
	OrAnnotation bool
	// URLConf: the call registers only in a URL configuration reached
	// from the root one (Django's path()), when the tree names a root.
	URLConf bool
	// ClassMethods are the methods that run, per request, when the
	// callable passed is a class of the tree: the class's __call__ for a
	// middleware class that the framework builds once, its __init__ for
	// a dependency class that the framework builds per request. None:
	// the class's own base says what runs (a class-based view).
	ClassMethods []string
	// InstanceMethods are the methods that run, per request, on the one
	// instance passed, when it is an instance of a class of the tree (a
	// Falcon resource's responders, on_get and on_post: "on_*", a name
	// ending in "*" being a prefix; "*" alone, every public method: not
	// named with a leading underscore; "!name", not that one). None: the
	// instance's __call__.
	InstanceMethods []string
	// StartupMethods are methods of the one instance passed that run
	// once per process, as start-up code of StartupKind (a Falcon
	// middleware's process_startup).
	StartupMethods []string
	StartupKind    string
	// Factory: a function passed is a factory the library calls once,
	// at startup, whose nested defs (what it returns) run per request
	// (a Pyramid tween factory); a class passed is built once, and its
	// ClassMethods run per request.
	Factory bool
	// AnyReceiver: a call of Method is matched by its name on any
	// receiver the graph cannot place, in a tree that imports Func's
	// package: the library's object is kept behind the project's own
	// classes (pika's channel on a context class's property), and the
	// name with the keyword is the library's alone (basic_consume).
	AnyReceiver bool
	// Spec: what is passed is the name of an API specification file,
	// next to the module that makes the call, and each operation it
	// names (operationId: pkg.module.func) is an entry point (Connexion's
	// add_api("api.yml")).
	Spec bool
	// Through, on an entry call a def of the tree forwards, is the def of
	// the tree it passes what it is given through before it registers
	// it (`view_func = make_view_func(view_func)`): the defs that def
	// returns (a wrapper that builds the class given and runs it) are
	// registered at each call of the forwarder too.
	Through string
}

// A StartupDef is a module-level def that a library runs once by its
// name, as startup code of Kind.
type StartupDef struct {
	Name string // "includeme"
	Kind string // "pyramid-include"
	// Param is the class its first parameter is an instance of
	// ("pyramid.config.Configurator"), or "".
	Param string
}

// A ProtocolDef is the parameter list of a callable a server calls per
// request (the receiver left out), and the entry kind it makes. The
// server passes them by position, so a def may name them its own way: a
// parameter matches with leading underscores, an unused one's (`_context`),
// and with more words after an underscore (`event_data`).
type ProtocolDef struct {
	Params []string // "environ", "start_response"
	Kind   string   // "wsgi-app"
	// UnnamedIn is how the name of a def ends that may leave a parameter
	// unnamed (`def lambda_handler(event, _)`): one named so says what it
	// is, where a bare `_` says nothing. "" for none.
	UnnamedIn string
}

// matches reports whether a def named name with parameters params is
// d's.
func (d ProtocolDef) matches(name string, params []string) bool {
	if len(params) != len(d.Params) {
		return false
	}
	named := 0
	for i, p := range params {
		p = strings.TrimLeft(p, "_")
		switch {
		case p == "":
			if d.UnnamedIn == "" || !strings.HasSuffix(name, d.UnnamedIn) {
				return false
			}
		case p == d.Params[i] || strings.HasPrefix(p, d.Params[i]+"_"):
			named++
		default:
			return false
		}
	}
	return named > 0
}

// An EntryClass is a base class whose subclasses' Methods the library
// calls as entry points of Kind. A name ending in "*" is a prefix:
// graphene calls every resolve_* method.
type EntryClass struct {
	Class   string
	Methods []string
	Kind    string
	Startup bool
}

// A SignalPair is a signal sent as a run starts (Start) and one sent as
// it ends (End), both by dotted path.
type SignalPair struct{ Start, End string }

// A Reexport is a dotted path of a library (Path) that names what
// another path (Is) names.
type Reexport struct{ Path, Is string }

// An EntrySetting is a module-level list of dotted paths to callables
// that the framework calls per request: Django's MIDDLEWARE. A class
// listed there runs ClassMethods; a function listed there is a factory
// called once, whose nested functions run per request.
type EntrySetting struct {
	Name         string // "MIDDLEWARE"
	Kind         string
	ClassMethods []string
	// Key: the list is the value of this key of a dict display, at any
	// depth in the setting (TEMPLATES' "context_processors"); "": the
	// setting is the list.
	Key string
	// Functions: a function listed runs per request itself, not as a
	// factory.
	Functions bool
	// Defaults: the list is only a default, which code may replace
	// (a DRF view's own authentication_classes): a class of its kind
	// that it does not name may still run.
	Defaults bool
}

// A CacheSetting is a module-level dict of a framework's settings from a
// cache's alias to its options, whose BackendKey names the backend class
// by dotted path (Django's CACHES). Where the settings of the tree bind
// an alias only to a backend of Local, each worker process holds that
// cache apart: a delete clears the entry in one process, an add takes a
// key that the other processes do not see.
type CacheSetting struct {
	Name       string // "CACHES"
	BackendKey string // "BACKEND"
	// Local are the backends that keep the entries in each process's
	// memory.
	Local []string
	// Objects stand for one alias each: "django.core.cache.cache" is the
	// "default" cache.
	Objects map[string]string
	// Lookup is the mapping subscripted by alias: `caches["sessions"]`.
	Lookup string
	// Invalidate are the methods that take entries out; Lock, those whose
	// result says whether the call took a key no one held (`add`).
	Invalidate, Lock []string
	// Debug is the setting that, bound True, makes a settings module one
	// for development (`DEBUG = True`), whose caches do not count.
	Debug string
	// DefaultAlias is bound to DefaultBackend where no settings module
	// binds the setting at all (Django's "default" cache is then a
	// LocMemCache): counted in a tree that has a project's settings, a
	// module that binds one of the libraries' RootURLConfs.
	DefaultAlias, DefaultBackend string
}

// A CacheUser is a base class whose subclasses keep state in the cache
// Alias of Setting (a CacheSetting's Name), through their attribute
// Attr, unless a subclass binds Attr itself: DRF's SimpleRateThrottle
// counts each client's requests in `cache = default_cache`. Does says
// what it keeps, and Effect what a cache each process keeps apart does
// to it, for the message.
type CacheUser struct {
	Class, Setting, Alias, Attr, Does, Effect string
}

// A RelationField is a call that declares, in a model class's body, a
// relation to another model, its first argument or To: the attribute is
// the related row (a foreign key), or a query of the related rows when
// Many. The related model gets the reverse, named by the call's
// RelatedName keyword, or by the declaring model's name lowercased (with
// "_set" when ReverseMany): a query of the rows that point at it, or
// the one row when not ReverseMany (a one-to-one field).
type RelationField struct {
	Func        string
	To          string // the keyword that may give the related model
	RelatedName string // the keyword that names the reverse
	Many        bool
	ReverseMany bool
}

// An EntryAttr is a class attribute, bound in the body of a class the
// library registers as Class (a kind of entry point), that lists what
// the library calls for each request as entry points of Kind: a string
// names a method of the class (`actions = ["refund"]`), a reference a
// function (`actions = [mark_shipped]`).
type EntryAttr struct {
	Class string // "django-admin"
	Attr  string // "actions"
	Kind  string // "django-admin-action"
	// Methods are the methods that run, as entry points of Kind, on a
	// class the attribute holds (`form = OrderForm`: the admin builds
	// one per request, and validates it).
	Methods []string
}

// An ExposeAttr is an attribute that exposes what it is set True on as
// an entry point of Kind (ExposeAttrs).
type ExposeAttr struct {
	Attr string // "exposed"
	Kind string // "cherrypy-handler"
	// Import: the attribute exposes only in a module that imports this
	// package (or a module of it): the name is a common word.
	Import string // "cherrypy"
}

// An ActionMap is a classmethod (Method, by name) whose argument Arg, or
// keyword Keyword, is a dict display mapping HTTP methods to the names of
// the class's methods that a request with that method runs.
type ActionMap struct {
	Method  string // "as_view"
	Arg     int
	Keyword string // "actions"
}

// An Instance is an object a library defines at import time.
type Instance struct {
	Name  string // "django.db.models.signals.post_save"
	Class string // "django.dispatch.Signal"
}

// An InstanceAttr is an attribute of the instances of a library's class
// that is a name of a library.
type InstanceAttr struct {
	Class string // "flask_sqlalchemy.SQLAlchemy"
	Attr  string // "relationship"
	Name  string // "sqlalchemy.orm.relationship"
}

// A Factory is a class whose construction makes the function that
// builds it startup code of Kind ("app-factory").
type Factory struct {
	Class string
	Kind  string
}

// A Method is a method of a class, by the class's qualified name.
type Method struct {
	Class string // "django.apps.AppConfig"
	Name  string // "ready"
}

// All returns every library crosstalk knows, one entry per file.
func All() []Library {
	return []Library{
		Abc(),
		AdminExtraButtons(),
		Aioboto3(),
		Aiohttp(),
		Annoying(),
		Anthropic(),
		Anyio(),
		APIFlask(),
		APScheduler(),
		Argparse(),
		Ariadne(),
		Asgiref(),
		Asyncpg(),
		Asyncio(),
		Attrs(),
		AWSLambdaPowertools(),
		Azure(),
		AzureFunctions(),
		Bisect(),
		Boto3(),
		Bottle(),
		Blinker(),
		Builtins(),
		Cachetools(),
		CanonicalFlaskBase(),
		Celery(),
		Chalice(),
		CherryPy(),
		Chainlit(),
		Channels(),
		ChannelsRedis(),
		Click(),
		Collections(),
		CollectionsAbc(),
		Concurrent(),
		Connexion(),
		Contextlib(),
		Contextvars(),
		Cornice(),
		Dataclasses(),
		Django(),
		DjangoAdminExtensions(),
		DjangoHosts(),
		DjangoExtensions(),
		DjangoQ(),
		DjangoRQ(),
		DjangoSolo(),
		Dispatcherd(),
		Dramatiq(),
		Elasticsearch(),
		Enum(),
		Errbot(),
		Falcon(),
		FastAPI(),
		FastAPIUtils(),
		FastMCP(),
		Flask(),
		FlaskAdmin(),
		FlaskClassful(),
		FlaskCORS(),
		FlaskHTTPAuth(),
		FlaskLogin(),
		FlaskJWTExtended(),
		FlaskRestful(),
		FlaskSQLAlchemy(),
		FlaskRestplus(),
		FlaskRestx(),
		FlaskSmorest(),
		FedoraMessaging(),
		FlaskSock(),
		FlaskSocketIO(),
		Formtools(),
		FunctionsFramework(),
		Functools(),
		GeoIP2(),
		GoogleAPIClient(),
		GoogleCloud(),
		GoogleGenai(),
		Graphene(),
		Heapq(),
		Hishel(),
		Healthcheck(),
		HealthCheck(),
		HTTPServer(),
		Huey(),
		Importlib(),
		ImportExport(),
		Infogami(),
		Keycloak(),
		Kinto(),
		Kombu(),
		Locust(),
		Logging(),
		Minio(),
		Mongoengine(),
		Nameko(),
		Multiprocessing(),
		Neo4j(),
		Ninja(),
		Pydantic(),
		PyGithub(),
		PyJWT(),
		OpenSearch(),
		OsloMessaging(),
		OsloService(),
		Pecan(),
		Pika(),
		Karton(),
		CeleryOnce(),
		PsycopgPool(),
		Pulpcore(),
		Pylint(),
		Pyramid(),
		PyramidServices(),
		Pymongo(),
		Pytest(),
		Quart(),
		Random(),
		Ray(),
		RestFramework(),
		Requests(),
		RequestsOAuthlib(),
		Redis(),
		RQ(),
		Secrets(),
		SentrySDK(),
		Serverless(),
		SlackBolt(),
		SlackSDK(),
		SocialCore(),
		SocketIO(),
		Spinach(),
		SQLAlchemy(),
		SQLModel(),
		Starlette(),
		Stomp(),
		Strawberry(),
		Telegram(),
		Threading(),
		Time(),
		Tornado(),
		Twisted(),
		Typer(),
		Typing(),
		TypingExtensions(),
		Unittest(),
		URLLib3(),
		UUID(),
		UUIDUtils(),
		UWSGIDecorators(),
		Wagtail(),
		Weakref(),
		Werkzeug(),
		WSGI(),
		OpenAI(),
		Langfuse(),
		OpenAPIGenerator(),
		OSPath(),
		MistralAI(),
		MSAL(),
		Ollama(),
		XMLRPC(),
	}
}

// Default returns the Index of All(), built the first time it is asked
// for and shared after: the tables are constants of the program, and
// indexing them costs more than modelling a small file, which every
// Builder and Program would otherwise pay again. The Index is never
// changed after it is built, so sharing it across goroutines is safe.
func Default() *Index { return defaultIndex() }

var defaultIndex = sync.OnceValue(func() *Index { return NewIndex(All()) })

// An Index answers, by role, whether a name is in the tables of libs.
// Build one with NewIndex and keep it: it is not changed after.
type Index struct {
	cache, container, lock, processLock, sharedKind, metaclass, fieldDecorator, classVar, contextEnters                                                                                                                                                                                      set
	static, classMethod, property                                                                                                                                                                                                                                                            set
	creationHook, lifecycle, initialiser, classFixture, testBase, lazyProxies, testPackages, testRunners, equalByValue, interfaceBases                                                                                                                                                       set
	startupName, programKinds, taskKinds, newLoopKinds, inProcessKinds, connectionKinds, adminKinds, probeKinds, permissionAttrs, permissionMethods, attrGetters, exclusiveTaskBases, registeredKinds, relatedMethods, modelLoads, adminDecorators, argMutators, boundedCaches               set
	unboundedCaches, readOnlyTypes, dataLoads, queryManagers, queryMethods, queryReceivers                                                                                                                                                                                                   set
	expiringCaches, contextLocals, threadLocals, sharedObjects, initialiserNames, closes, clientSetups, dataLoadNames, clientFactories, sessionFactories, oneRequestClients, loopBound, poolOwners, clocks, freshValues                                                                      set
	saves, commits, exitCommits, updates, saveFields, rowLocks, credentials, headers, credentialHeaders, rowKeys, casts, castNames, contextLocalNames, instanceNames, atomicUpdates, atomicMethods, clientFactoryNames, atomicUpdateNames, handOffNames, waits, reloads                      set
	relationships, relationshipNames, inspectors, missErrors, weak, weakKeys, contextVars, testSignals, instanceCaches, clientState, credentialWords, offline, fileTests, fileTestMethods, staticModels, rowGetters, rowMethods, newRowMethods, queryBuilders, queryRunners, moduleImporters set
	programRunners, programPackages, runScripts, settingsVariables                                                                                                                                                                                                                           []string
	clientNamespaces                                                                                                                                                                                                                                                                         []ClientNamespace
	startup, initialisers                                                                                                                                                                                                                                                                    map[Method]bool
	fieldBaseModules                                                                                                                                                                                                                                                                         []string
	handOffs                                                                                                                                                                                                                                                                                 []HandOff

	relatedSuffixes  []string
	rowClaimWords    []string // RowClaimWords
	entryDecorators  map[funcMethod]EntryDecorator
	reexports        map[string]string // Reexports: Path to Is
	signalPairs      map[SignalPair]bool
	startupDefs      map[string]StartupDef
	names            set // the libraries' Names
	entryCalls       map[funcMethod][]EntryCall
	mounts           map[funcMethod]Mount
	clientCosts      map[string]ClientCost  // by ClientFactories entry
	poolFree         map[string][]string    // PoolFree
	registries       map[string]Registry    // by Getter
	stateSetters     map[string]StateSetter // by Class
	stateSetterNames set                    // StateSetters' Methods
	registryAdds     set                    // the Adds of every registry
	anyReceiver      map[string][]EntryCall // by Method's last name
	registrations    map[string][]string    // the entry calls' Methods, by Kind
	// methodOwners: by method name, the classes whose instances'
	// method of that name is an entry decorator or entry call.
	methodOwners   map[string][]string
	entryCallNames set // the last name of each EntryCall's Func or Method
	// entryDecoratorNames: the last name of each EntryDecorator's Func or
	// Method
	entryDecoratorNames set
	// hookDecoratorNames: the same, of those with Hooks
	hookDecoratorNames set
	wrappers           set
	wrapperNames       set // the last name of each EntryWrapper
	wraps              set
	rootURLConfs       set
	urlIncludes        map[string]int
	starts             map[string]map[string]string   // by method, then class
	dispatches         map[string]map[string][]string // by method, then class
	defaultSharers     map[string]DefaultSharer       // by Decorator
	metadataQueries    []string
	fieldSpecifiers    set
	entryClasses       map[string][]EntryClass
	kindMethods        map[string][]string    // KindMethods
	entryAttrs         map[string][]EntryAttr // by Class
	actionMaps         map[string]ActionMap   // by Method
	relationFields     map[string]RelationField
	exposeAttrs        map[string]ExposeAttr // by Attr
	protocolDefs       []ProtocolDef
	protocolMax        int // the most parameters of a ProtocolDef
	entryAttrNames     set
	entrySettings      map[string][]EntrySetting // by Name
	cacheSettings      map[string]CacheSetting   // by Name
	cacheObjects       map[string]cacheObject    // by the object's qualified name
	cacheLookups       map[string]string         // the setting's Name by Lookup
	cachePaths         set                       // the objects and lookups, and each module above them
	cacheUsers         map[string]CacheUser      // by Class
	cacheUserPaths     set                       // the cacheUsers' classes, and each module above them
	debugSettings      set
	instances          map[string]string
	instanceAttrs      map[funcMethod]string // by class and attribute
	factories          map[string]string
	refreshes          map[string]string

	// classContainers: the kind of ClassContainers, by class and attribute.
	classContainers map[[2]string]ClassContainer
	// instanceLookups: the keyword of InstanceLookups, by method.
	instanceLookups map[string]string
}

// funcMethod keys the entry tables by Func and Method.
type funcMethod struct{ fn, method string }

type set map[string]bool

func (s set) add(names []string) {
	for _, n := range names {
		s[n] = true
	}
}

// addLastNames adds the last name of each qualified name: the filter a
// rule asks before it resolves a callee (only a call spelt like one of
// them may be one).
func (s set) addLastNames(names []string) {
	for _, n := range names {
		s[lastName(n)] = true
	}
}

// addPrefixes adds qn and each dotted prefix of it ("a.b.c": "a.b.c",
// "a.b", "a").
func (s set) addPrefixes(qn string) {
	for {
		s[qn] = true
		i := strings.LastIndexByte(qn, '.')
		if i < 0 {
			return
		}
		qn = qn[:i]
	}
}

// NewIndex indexes the roles of libs (usually All()).
func NewIndex(libs []Library) *Index {
	ix := &Index{
		cache: set{}, container: set{}, lock: set{}, processLock: set{}, sharedKind: set{}, registeredKinds: set{}, relatedMethods: set{}, modelLoads: set{}, dataLoads: set{}, queryManagers: set{}, queryMethods: set{}, queryReceivers: set{}, expiringCaches: set{}, contextLocals: set{}, sharedObjects: set{}, initialiserNames: set{}, closes: set{}, clientSetups: set{}, contextEnters: set{}, threadLocals: set{}, saves: set{}, commits: set{}, exitCommits: set{}, updates: set{}, saveFields: set{}, rowLocks: set{}, credentials: set{}, headers: set{}, credentialHeaders: set{}, rowKeys: set{}, casts: set{}, castNames: set{}, contextLocalNames: set{}, instanceNames: set{}, atomicUpdates: set{}, atomicMethods: set{}, clientFactoryNames: set{}, sessionFactories: set{}, oneRequestClients: set{}, loopBound: set{}, poolOwners: set{}, atomicUpdateNames: set{}, handOffNames: set{}, waits: set{}, reloads: set{}, inspectors: set{}, missErrors: set{}, weak: set{}, weakKeys: set{}, contextVars: set{}, testSignals: set{}, instanceCaches: set{}, clientState: set{}, credentialWords: set{}, offline: set{}, fileTests: set{}, fileTestMethods: set{}, staticModels: set{}, rowGetters: set{}, rowMethods: set{}, newRowMethods: set{}, queryBuilders: set{}, queryRunners: set{}, moduleImporters: set{}, relationships: set{}, relationshipNames: set{}, dataLoadNames: set{}, clientFactories: set{}, clocks: set{}, freshValues: set{}, metaclass: set{}, fieldDecorator: set{}, classVar: set{},
		static: set{}, classMethod: set{}, property: set{},
		creationHook: set{}, lifecycle: set{}, initialiser: set{}, classFixture: set{}, testBase: set{}, lazyProxies: set{}, testPackages: set{}, testRunners: set{}, equalByValue: set{}, interfaceBases: set{},
		startupName: set{}, programKinds: set{}, taskKinds: set{}, newLoopKinds: set{}, inProcessKinds: set{}, connectionKinds: set{}, adminKinds: set{}, probeKinds: set{}, permissionAttrs: set{}, permissionMethods: set{}, attrGetters: set{}, exclusiveTaskBases: set{}, adminDecorators: set{}, argMutators: set{}, boundedCaches: set{}, unboundedCaches: set{}, readOnlyTypes: set{}, startup: map[Method]bool{}, initialisers: map[Method]bool{},
		entryDecorators: map[funcMethod]EntryDecorator{}, reexports: map[string]string{}, signalPairs: map[SignalPair]bool{}, startupDefs: map[string]StartupDef{}, names: set{}, entryCalls: map[funcMethod][]EntryCall{},
		entryCallNames: set{}, entryDecoratorNames: set{}, hookDecoratorNames: set{}, wrappers: set{}, wrapperNames: set{}, wraps: set{}, rootURLConfs: set{}, urlIncludes: map[string]int{}, starts: map[string]map[string]string{}, dispatches: map[string]map[string][]string{}, defaultSharers: map[string]DefaultSharer{}, fieldSpecifiers: set{}, entryClasses: map[string][]EntryClass{}, entrySettings: map[string][]EntrySetting{}, cacheSettings: map[string]CacheSetting{}, cacheObjects: map[string]cacheObject{}, cacheLookups: map[string]string{}, cachePaths: set{}, cacheUsers: map[string]CacheUser{}, cacheUserPaths: set{}, debugSettings: set{},
		instances: map[string]string{}, instanceAttrs: map[funcMethod]string{}, factories: map[string]string{}, refreshes: map[string]string{},
		exposeAttrs: map[string]ExposeAttr{}, actionMaps: map[string]ActionMap{}, relationFields: map[string]RelationField{},
		entryAttrs: map[string][]EntryAttr{}, entryAttrNames: set{},
	}
	for _, l := range libs {
		ix.cache.add(l.CacheDecorators)
		ix.container.add(l.ContainerFactories)
		ix.lock.add(l.LockFactories)
		ix.lock.add(l.ProcessLockFactories)
		ix.processLock.add(l.ProcessLockFactories)
		ix.sharedKind.add(l.SharedKinds)
		ix.registeredKinds.add(l.RegisteredKinds)
		ix.dataLoads.add(l.DataLoads)
		ix.dataLoadNames.addLastNames(l.DataLoads)
		ix.queryManagers.add(l.QueryManagers)
		ix.relatedSuffixes = append(ix.relatedSuffixes, l.RelatedManagerSuffixes...)
		ix.relatedMethods.add(l.RelatedManagerMethods)
		ix.modelLoads.add(l.ModelLoads)
		ix.queryMethods.add(l.QueryMethods)
		ix.queryReceivers.add(l.QueryReceivers)
		ix.expiringCaches.add(l.ExpiringCaches)
		ix.contextLocals.add(l.ContextLocals)
		ix.sharedObjects.add(l.SharedObjects)
		ix.contextLocalNames.addLastNames(l.ContextLocals)
		ix.threadLocals.add(l.ThreadLocals)
		ix.saves.add(l.Saves)
		ix.commits.add(l.Commits)
		ix.exitCommits.add(l.ExitCommits)
		ix.updates.add(l.Updates)
		ix.saveFields.add(l.SaveFields)
		ix.rowLocks.add(l.RowLocks)
		ix.credentials.add(l.Credentials)
		ix.headers.add(l.Headers)
		for _, h := range l.CredentialHeaders {
			ix.credentialHeaders[strings.ToLower(h)] = true
		}
		for _, w := range l.CredentialHeaderWords {
			ix.credentialWords[strings.ToLower(w)] = true
		}
		ix.rowKeys.add(l.RowKeys)
		ix.casts.add(l.Casts)
		ix.castNames.addLastNames(l.Casts)
		ix.atomicUpdates.add(l.AtomicUpdates)
		ix.relationships.add(l.Relationships)
		ix.relationshipNames.addLastNames(l.Relationships)
		ix.atomicMethods.add(l.AtomicMethods)
		for _, r := range l.Refreshes {
			ix.refreshes[r.Base] = r.Method
		}
		ix.clientFactories.add(l.ClientFactories)
		for _, c := range l.ClientCosts {
			if ix.clientCosts == nil {
				ix.clientCosts = map[string]ClientCost{}
			}
			of := c.Of
			if len(of) == 0 {
				of = l.ClientFactories
			}
			for _, f := range of {
				ix.clientCosts[f] = c
			}
		}
		ix.clientNamespaces = append(ix.clientNamespaces, l.ClientNamespaces...)
		ix.sessionFactories.add(l.SessionFactories)
		ix.oneRequestClients.add(l.OneRequestClients)
		ix.loopBound.add(l.LoopBoundClients)
		ix.poolOwners.add(l.PoolOwners)
		for f, args := range l.PoolFree {
			if ix.poolFree == nil {
				ix.poolFree = map[string][]string{}
			}
			ix.poolFree[f] = append(ix.poolFree[f], args...)
		}
		ix.clientFactoryNames.addLastNames(l.ClientFactories)
		ix.atomicUpdateNames.addLastNames(l.AtomicUpdates)
		ix.clocks.add(l.Clocks)
		ix.freshValues.add(l.FreshValues)
		ix.metaclass.add(l.Metaclasses)
		ix.fieldDecorator.add(l.FieldDecorators)
		ix.classVar.add(l.ClassVarAnnotations)
		ix.static.add(l.StaticMethodDecorators)
		ix.classMethod.add(l.ClassMethodDecorators)
		ix.property.add(l.PropertyDecorators)
		ix.creationHook.add(l.ClassCreationHooks)
		ix.lifecycle.add(l.TestLifecycle)
		ix.initialiser.add(l.TestInitialisers)
		ix.classFixture.add(l.TestClassFixtures)
		ix.testBase.add(l.TestBases)
		ix.lazyProxies.add(l.LazyProxies)
		ix.testPackages.add(l.TestPackages)
		ix.testRunners.add(l.TestRunners)
		ix.equalByValue.add(l.EqualByValue)
		ix.interfaceBases.add(l.InterfaceBases)
		ix.interfaceBases.add(l.InterfaceMetaclasses)
		for _, il := range l.InstanceLookups {
			if ix.instanceLookups == nil {
				ix.instanceLookups = map[string]string{}
			}
			ix.instanceLookups[il.Method] = il.Keyword
		}
		for _, cc := range l.ClassContainers {
			if ix.classContainers == nil {
				ix.classContainers = map[[2]string]ClassContainer{}
			}
			ix.classContainers[[2]string{cc.Class, cc.Attr}] = cc
		}
		for _, m := range l.StartupMethods {
			ix.startup[m] = true
			ix.startupName[m.Name] = true
		}
		for _, m := range l.Initialisers {
			ix.initialisers[m] = true
			ix.initialiserNames[m.Name] = true
		}
		ix.programKinds.add(l.ProgramKinds)
		ix.offline.add(l.OfflineMethods)
		ix.fileTests.add(l.FileTests)
		ix.fileTestMethods.add(l.FileTestMethods)
		ix.staticModels.add(l.StaticModels)
		ix.rowGetters.add(l.RowGetters)
		ix.rowMethods.add(l.RowMethods)
		ix.newRowMethods.add(l.NewRowMethods)
		ix.queryBuilders.add(l.QueryBuilders)
		ix.queryRunners.add(l.QueryRunners)
		ix.moduleImporters.add(l.ModuleImporters)
		ix.names[l.Name] = true
		for _, d := range l.StartupDefs {
			ix.startupDefs[d.Name] = d
		}
		ix.taskKinds.add(l.TaskKinds)
		ix.newLoopKinds.add(l.NewLoopKinds)
		ix.inProcessKinds.add(l.InProcessKinds)
		ix.connectionKinds.add(l.ConnectionKinds)
		ix.adminKinds.add(l.AdminKinds)
		ix.probeKinds.add(l.ProbeKinds)
		for _, p := range l.SignalPairs {
			ix.signalPairs[p] = true
		}
		for _, r := range l.Reexports {
			ix.reexports[r.Path] = r.Is
		}
		ix.permissionAttrs.add(l.PermissionAttrs)
		ix.permissionMethods.add(l.PermissionMethods)
		ix.attrGetters.add(l.AttrGetters)
		ix.exclusiveTaskBases.add(l.ExclusiveTaskBases)
		ix.adminDecorators.add(l.AdminDecorators)
		ix.argMutators.add(l.ArgMutators)
		ix.boundedCaches.add(l.BoundedCaches)
		ix.unboundedCaches.add(l.UnboundedCaches)
		ix.readOnlyTypes.add(l.ReadOnlyTypes)
		ix.programRunners = append(ix.programRunners, l.ProgramRunners...)
		ix.programPackages = append(ix.programPackages, l.ProgramPackages...)
		for _, r := range l.ProgramRunners {
			ix.entryCallNames[lastName(r)] = true // the facts keep the name it is given
		}
		ix.runScripts = append(ix.runScripts, l.RunScripts...)
		ix.settingsVariables = append(ix.settingsVariables, l.SettingsVariables...)
		ix.handOffs = append(ix.handOffs, l.HandOffs...)
		for _, h := range l.HandOffs {
			if h.Kind == "" {
				continue // a plain call: nothing runs elsewhere
			}
			if h.Method != "" {
				ix.handOffNames[lastName(h.Method)] = true
			} else {
				ix.handOffNames[lastName(h.Func)] = true
			}
		}
		ix.waits.add(l.Waits)
		ix.reloads.add(l.Reloads)
		ix.inspectors.add(l.Inspectors)
		ix.missErrors.add(l.MissErrors)
		ix.weak.add(l.WeakContainers)
		ix.weakKeys.add(l.WeakKeys)
		ix.contextVars.add(l.ContextVars)
		ix.testSignals.add(l.TestSignals)
		ix.instanceCaches.add(l.InstanceCaches)
		ix.clientState.add(l.ClientState)
		ix.closes.add(l.Closes)
		ix.clientSetups.add(l.ClientSetups)
		ix.contextEnters.add(l.ContextEnters)
		for _, mod := range l.FieldBaseModules {
			ix.fieldBaseModules = append(ix.fieldBaseModules, mod+".")
		}
		ix.addEntries(l)
	}
	ix.rowClaimWords = slices.Sorted(func(yield func(string) bool) {
		for _, s := range []set{ix.rowLocks, ix.updates} {
			for k := range s {
				if !yield(k) {
					return
				}
			}
		}
	})
	return ix
}

// addOwner records fn as an owner of method, when fn names a class (its
// last name is capitalised, as Python's classes are): the decorators and
// calls on an object (a signal) are no one's but that object's.
func (ix *Index) addOwner(fn, method string) {
	if method == "" || !isClassName(lastName(fn)) || slices.Contains(ix.methodOwners[method], fn) {
		return
	}
	if ix.methodOwners == nil {
		ix.methodOwners = map[string][]string{}
	}
	ix.methodOwners[method] = append(ix.methodOwners[method], fn)
}

func isClassName(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

func (ix *Index) addEntries(l Library) {
	for _, d := range l.EntryDecorators {
		ix.entryDecorators[funcMethod{d.Func, d.Method}] = d
		ix.addOwner(d.Func, d.Method)
		name := d.Method
		if name == "" {
			name = d.Func
		}
		ix.entryDecoratorNames[lastName(name)] = true
		if d.Hooks != nil {
			ix.hookDecoratorNames[lastName(name)] = true
		}
	}
	for _, c := range l.EntryCalls {
		k := funcMethod{c.Func, c.Method}
		ix.entryCalls[k] = append(ix.entryCalls[k], c)
		if c.AnyReceiver {
			if ix.anyReceiver == nil {
				ix.anyReceiver = map[string][]EntryCall{}
			}
			ix.anyReceiver[lastName(c.Method)] = append(ix.anyReceiver[lastName(c.Method)], c)
		}
		if c.Method != "" && !slices.Contains(ix.registrations[c.Kind], c.Method) {
			if ix.registrations == nil {
				ix.registrations = map[string][]string{}
			}
			ix.registrations[c.Kind] = append(ix.registrations[c.Kind], c.Method)
		}
		ix.addOwner(c.Func, c.Method)
		name := c.Method
		if name == "" {
			name = c.Func
		}
		ix.entryCallNames[lastName(name)] = true
	}
	for _, r := range l.Registries {
		if ix.registries == nil {
			ix.registries, ix.registryAdds = map[string]Registry{}, set{}
		}
		ix.registries[r.Getter] = r
		ix.registryAdds.add(r.Adds)
	}
	for _, st := range l.StateSetters {
		if ix.stateSetters == nil {
			ix.stateSetters, ix.stateSetterNames = map[string]StateSetter{}, set{}
		}
		ix.stateSetters[st.Class] = st
		ix.stateSetterNames.add(st.Methods)
	}
	for _, mt := range l.Mounts {
		if ix.mounts == nil {
			ix.mounts = map[funcMethod]Mount{}
		}
		ix.mounts[funcMethod{mt.Func, mt.Method}] = mt
		ix.entryCallNames[lastName(mt.Method)] = true // the facts keep its calls
	}
	for _, c := range l.EntryClasses {
		ix.entryClasses[c.Class] = append(ix.entryClasses[c.Class], c)
		for _, m := range c.Methods {
			if !slices.Contains(ix.kindMethods[c.Kind], m) {
				if ix.kindMethods == nil {
					ix.kindMethods = map[string][]string{}
				}
				ix.kindMethods[c.Kind] = append(ix.kindMethods[c.Kind], m)
			}
		}
	}
	for _, s := range l.EntrySettings {
		ix.entrySettings[s.Name] = append(ix.entrySettings[s.Name], s)
	}
	for _, u := range l.CacheUsers {
		ix.cacheUsers[u.Class] = u
		ix.cacheUserPaths.addPrefixes(u.Class)
	}
	for _, s := range l.CacheSettings {
		ix.cacheSettings[s.Name] = s
		for obj, alias := range s.Objects {
			ix.cacheObjects[obj] = cacheObject{setting: s.Name, alias: alias}
			ix.cachePaths.addPrefixes(obj)
		}
		if s.Lookup != "" {
			ix.cacheLookups[s.Lookup] = s.Name
			ix.cachePaths.addPrefixes(s.Lookup)
		}
		if s.Debug != "" {
			ix.debugSettings[s.Debug] = true
		}
	}
	for _, a := range l.ExposeAttrs {
		ix.exposeAttrs[a.Attr] = a
	}
	for _, d := range l.ProtocolDefs {
		ix.protocolDefs = append(ix.protocolDefs, d)
		ix.protocolMax = max(ix.protocolMax, len(d.Params))
	}
	for _, a := range l.ActionMaps {
		ix.actionMaps[a.Method] = a
	}
	for _, r := range l.RelationFields {
		ix.relationFields[r.Func] = r
	}
	for _, a := range l.EntryAttrs {
		ix.entryAttrs[a.Class] = append(ix.entryAttrs[a.Class], a)
		ix.entryAttrNames[a.Attr] = true
	}
	for _, i := range l.Instances {
		ix.instances[i.Name] = i.Class
		ix.instanceNames[i.Name[strings.LastIndexByte(i.Name, '.')+1:]] = true
	}
	for _, a := range l.InstanceAttrs {
		ix.instanceAttrs[funcMethod{a.Class, a.Attr}] = a.Name
	}
	for _, f := range l.Factories {
		ix.factories[f.Class] = f.Kind
	}
	ix.rootURLConfs.add(l.RootURLConfs)
	for _, d := range l.DefaultSharers {
		ix.defaultSharers[d.Decorator] = d
	}
	ix.fieldSpecifiers.add(l.FieldSpecifiers)
	ix.metadataQueries = append(ix.metadataQueries, l.MetadataQueries...)
	for _, st := range l.Starts {
		if ix.starts[st.Method] == nil {
			ix.starts[st.Method] = map[string]string{}
		}
		ix.starts[st.Method][st.Class] = st.Runs
	}
	for _, d := range l.Dispatches {
		if ix.dispatches[d.Method] == nil {
			ix.dispatches[d.Method] = map[string][]string{}
		}
		ix.dispatches[d.Method][d.Class] = d.Calls
	}
	for _, u := range l.URLIncludes {
		ix.urlIncludes[u.Func] = u.Arg
		ix.entryCallNames[lastName(u.Func)] = true
	}
	for _, w := range l.EntryWrappers {
		ix.wrappers[w] = true
		ix.wrapperNames[lastName(w)] = true
	}
	for _, w := range l.WrapsDecorators {
		ix.wraps[w] = true
	}
}

// lastName returns the last name of a dotted name: what the model
// compares a call's name with before it resolves it.
func lastName(name string) string { return name[strings.LastIndexByte(name, '.')+1:] }

// IsCacheDecorator reports whether qn builds one cache per decorated
// function.
func (ix *Index) IsCacheDecorator(qn string) bool { return ix.cache[qn] }

// IsContainerFactory reports whether calling qn builds a new mutable
// container.
func (ix *Index) IsContainerFactory(qn string) bool { return ix.container[qn] }

// IsLockFactory reports whether calling qn builds a lock.
func (ix *Index) IsLockFactory(qn string) bool { return ix.lock[qn] }

// IsDataLoad reports whether calling qn reads data other processes can
// change.
func (ix *Index) IsDataLoad(qn string) bool { return ix.dataLoads[qn] }

// IsDataLoadName reports whether name is the last name of a DataLoads
// entry: a callee spelt so may be one, once resolved.
func (ix *Index) IsDataLoadName(name string) bool { return ix.dataLoadNames[name] }

// IsRelatedManager reports whether an attribute called name of a
// model's object reads its related rows (RelatedManagerSuffixes).
func (ix *Index) IsRelatedManager(name string) bool {
	return slices.ContainsFunc(ix.relatedSuffixes, func(suffix string) bool { return strings.HasSuffix(name, suffix) })
}

// IsRelatedManagerMethod reports whether a method called name of a
// related manager reads its rows (RelatedManagerMethods).
func (ix *Index) IsRelatedManagerMethod(name string) bool { return ix.relatedMethods[name] }

// IsModelLoad reports whether name is a class method a library's model
// base gives every subclass, which reads its table (ModelLoads).
func (ix *Index) IsModelLoad(name string) bool { return ix.modelLoads[name] }

// IsQueryManager reports whether attribute name of a model class reads
// its table.
func (ix *Index) IsQueryManager(name string) bool { return ix.queryManagers[name] }

// IsQueryMethod reports whether method name reads a database or a remote
// service on a receiver named as one (IsQueryReceiver).
func (ix *Index) IsQueryMethod(name string) bool { return ix.queryMethods[name] }

// IsQueryReceiver reports whether word, a part of a receiver's name
// (split at underscores, lower case), names a database or remote
// handle: session, cursor, collection.
func (ix *Index) IsQueryReceiver(word string) bool { return ix.queryReceivers[word] }

// IsExpiringCache reports whether qn builds a container whose entries
// expire.
func (ix *Index) IsExpiringCache(qn string) bool { return ix.expiringCaches[qn] }

// IsClientFactory reports whether calling qn builds a pooling client, an
// engine or a session factory.
func (ix *Index) IsClientFactory(qn string) bool {
	if ix.clientFactories[qn] {
		return true
	}
	// A class method of a client class that builds one
	// (`BlobServiceClient.from_connection_string(...)`) builds one too.
	if i := strings.LastIndexByte(qn, '.'); i > 0 && strings.HasPrefix(qn[i+1:], "from_") {
		qn = qn[:i]
		if ix.clientFactories[qn] {
			return true
		}
	}
	return slices.ContainsFunc(ix.clientNamespaces, func(n ClientNamespace) bool {
		return strings.HasPrefix(qn, n.Prefix) && strings.HasSuffix(qn, n.Suffix)
	})
}

// ClientCost returns what building the client factory qn costs at each
// call, and how to keep one (ClientCosts); the zero value for a
// client's own connections and pool, kept from start-up.
func (ix *Index) ClientCost(qn string) ClientCost { return ix.clientCosts[qn] }

// IsSessionFactory reports whether calling qn builds a session factory
// that holds no pool of its own, only what it is bound to.
func (ix *Index) IsSessionFactory(qn string) bool { return ix.sessionFactories[qn] }

// IsLoopBound reports whether the client factory qn builds a client
// bound to the event loop it opens its connections in: a
// LoopBoundClients entry, or one named async (AsyncEngine,
// redis.asyncio.Redis, AsyncIOMotorClient) or aiohttp's.
func (ix *Index) IsLoopBound(qn string) bool {
	return ix.loopBound[qn] || strings.Contains(strings.ToLower(qn), "async") || strings.HasPrefix(qn, "aiohttp.")
}

// KeepsLoopConnections reports whether calling qn with keywords (as
// IsPoolFree reads them) builds a client bound to the event loop it
// opens its connections in, which it keeps for later calls (CT502).
func (ix *Index) KeepsLoopConnections(qn string, keywords []string) bool {
	return ix.IsClientFactory(qn) && ix.IsLoopBound(qn) && !ix.IsPoolFree(qn, keywords)
}

// IsPoolFree reports whether given, a call's arguments as
// semantic.Value.Given has them with their names resolved ("poolclass=
// sqlalchemy.pool.NullPool"), make the client factory qn keep no
// connection past its use.
func (ix *Index) IsPoolFree(qn string, given []string) bool {
	for _, a := range ix.poolFree[qn] {
		if slices.Contains(given, a) {
			return true
		}
	}
	return false
}

// IsPoolOwner reports whether qn is a PoolOwners entry.
func (ix *Index) IsPoolOwner(qn string) bool { return ix.poolOwners[qn] }

// IsOneRequestClient reports whether qn is a OneRequestClients entry.
func (ix *Index) IsOneRequestClient(qn string) bool { return ix.oneRequestClients[qn] }

// IsClientFactoryName reports whether name is the last name of a
// ClientFactories entry: a callee spelt so may be one, once resolved.
func (ix *Index) IsClientFactoryName(name string) bool {
	return ix.clientFactoryNames[name] || len(ix.clientNamespaces) > 0 && strings.HasPrefix(name, "from_") ||
		slices.ContainsFunc(ix.clientNamespaces, func(n ClientNamespace) bool {
			return strings.HasSuffix("."+name, n.Suffix)
		})
}

// ClientByNameAlone reports whether qn is a client factory only by a
// ClientNamespace with no Prefix: its name is a convention's, and a
// class of the tree spelt so is its own, to be read instead.
func (ix *Index) ClientByNameAlone(qn string) bool {
	if ix.clientFactories[qn] {
		return false
	}
	if i := strings.LastIndexByte(qn, '.'); i > 0 && strings.HasPrefix(qn[i+1:], "from_") {
		qn = qn[:i]
	}
	return !slices.ContainsFunc(ix.clientNamespaces, func(n ClientNamespace) bool {
		return n.Prefix != "" && strings.HasPrefix(qn, n.Prefix) && strings.HasSuffix(qn, n.Suffix)
	}) && slices.ContainsFunc(ix.clientNamespaces, func(n ClientNamespace) bool {
		return n.Prefix == "" && strings.HasSuffix(qn, n.Suffix)
	})
}

// IsAtomicUpdateName reports whether name is the last name of an
// AtomicUpdates entry.
func (ix *Index) IsAtomicUpdateName(name string) bool { return ix.atomicUpdateNames[name] }

// IsClock reports whether calling qn reads the time.
func (ix *Index) IsClock(qn string) bool { return ix.clocks[qn] }

// IsFreshValue reports whether qn is one of FreshValues.
func (ix *Index) IsFreshValue(qn string) bool { return ix.freshValues[qn] }

// RefreshMethod returns the method that reloads an instance of the model
// base class qn in place ("refresh_from_db"), or "".
func (ix *Index) RefreshMethod(qn string) string { return ix.refreshes[qn] }

// IsSave reports whether method name writes an ORM object back.
func (ix *Index) IsSave(name string) bool { return ix.saves[name] }

// IsCommit reports whether method name, on a session-like receiver,
// writes its objects back.
func (ix *Index) IsCommit(name string) bool { return ix.commits[name] }

// IsExitCommit reports whether a with statement over method name of a
// session-like receiver commits when it exits (ExitCommits).
func (ix *Index) IsExitCommit(name string) bool { return ix.exitCommits[name] }

// IsUpdate reports whether method name, on a query, writes the fields
// given to it.
func (ix *Index) IsUpdate(name string) bool { return ix.updates[name] }

// IsSaveFields reports whether keyword kw of a save names the only
// fields it writes.
func (ix *Index) IsSaveFields(kw string) bool { return ix.saveFields[kw] }

// IsCredential reports whether name, a keyword of a client factory or an
// attribute of its client, gives the client its credentials.
func (ix *Index) IsCredential(name string) bool { return ix.credentials[name] }

// IsCast reports whether calling qn returns its last argument as it is.
func (ix *Index) IsCast(qn string) bool { return ix.casts[qn] }

// IsCastName reports whether name is the last name of a Casts entry: a
// call spelt so may be one, once resolved.
func (ix *Index) IsCastName(name string) bool { return ix.castNames[name] }

// IsRowKey reports whether attribute name of an ORM object holds its
// row's key (RowKeys).
func (ix *Index) IsRowKey(name string) bool { return ix.rowKeys[name] }

// IsHeaders reports whether name, a keyword of a client factory or an
// attribute of its client, holds the client's headers.
func (ix *Index) IsHeaders(name string) bool { return ix.headers[name] }

// IsCredentialHeader reports whether the header name (any case) carries
// a credential.
func (ix *Index) IsCredentialHeader(name string) bool {
	name = strings.ToLower(name)
	return ix.credentialHeaders[name] || ix.hasCredentialWord(name)
}

// hasCredentialWord reports whether a word of name, in lower case and
// split at '-' and '_', is one of the CredentialHeaderWords.
func (ix *Index) hasCredentialWord(name string) bool {
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '-' || r == '_' }) {
		if ix.credentialWords[w] {
			return true
		}
	}
	return false
}

// IsCredentialName reports whether a name of the code (a parameter, a
// variable) says it holds a credential: one of its words (split at '_',
// any case) is one of the CredentialHeaderWords (token, secret).
func (ix *Index) IsCredentialName(name string) bool {
	return ix.hasCredentialWord(strings.ToLower(name)) // a name of the code has no '-'
}

// IsRowLock reports whether method name, on a query, locks the rows it
// reads.
func (ix *Index) IsRowLock(name string) bool { return ix.rowLocks[name] }

// IsAtomicUpdate reports whether calling qn makes an update atomic.
func (ix *Index) IsAtomicUpdate(qn string) bool { return ix.atomicUpdates[qn] }

// IsRelationship reports whether calling qn declares a collection
// attribute of an ORM.
func (ix *Index) IsRelationship(qn string) bool { return ix.relationships[qn] }

// IsRelationshipName reports whether name is the last name of a
// Relationships entry: a callee spelt so may be one, once resolved, or
// an extension's own spelling of one.
func (ix *Index) IsRelationshipName(name string) bool { return ix.relationshipNames[name] }

// IsAtomicMethod reports whether method name makes an update atomic.
func (ix *Index) IsAtomicMethod(name string) bool { return ix.atomicMethods[name] }

// IsThreadLocal reports whether instances of class qn hold one value per
// thread, shared by the async tasks of a thread.
func (ix *Index) IsThreadLocal(qn string) bool { return ix.threadLocals[qn] }

// IsClientSetup reports whether name is a method that sets a client up
// and makes no request (ClientSetups).
func (ix *Index) IsClientSetup(name string) bool { return ix.clientSetups[name] }

// IsClose reports whether name is a method that closes a client and its
// pool (Closes).
func (ix *Index) IsClose(name string) bool { return ix.closes[name] }

// IsContextEnter reports whether method name enters the context manager
// it is given until its stack closes.
func (ix *Index) IsContextEnter(name string) bool { return ix.contextEnters[name] }

// IsSharedObject reports whether qn names a library's object that every
// request of the process shares (SharedObjects).
func (ix *Index) IsSharedObject(qn string) bool { return ix.sharedObjects[qn] }

// IsContextLocal reports whether instances of class qn hold one value per
// thread or context.
func (ix *Index) IsContextLocal(qn string) bool { return ix.contextLocals[qn] }

// IsContextLocalName reports whether name is the last name of a
// ContextLocals class: a call spelt so may build one, once resolved.
func (ix *Index) IsContextLocalName(name string) bool { return ix.contextLocalNames[name] }

// IsRegisteredKind reports whether subclasses of the library classes of
// kind serve requests only where a registration names them
// (RegisteredKinds).
func (ix *Index) IsRegisteredKind(kind string) bool { return ix.registeredKinds[kind] }

// IsSharedKind reports whether the class-based entry points of kind run
// on one instance that serves every request.
func (ix *Index) IsSharedKind(kind string) bool { return ix.sharedKind[kind] }

// IsProcessLockFactory reports whether calling qn builds a lock meant to
// exclude other processes.
func (ix *Index) IsProcessLockFactory(qn string) bool { return ix.processLock[qn] }

// IsMetaclass reports whether qn is a metaclass: a class that derives
// from it is one too.
func (ix *Index) IsMetaclass(qn string) bool { return ix.metaclass[qn] }

// IsFieldBase reports whether qn is defined in a module whose classes
// make a subclass's class attributes declared fields or members.
func (ix *Index) IsFieldBase(qn string) bool {
	for _, prefix := range ix.fieldBaseModules {
		if strings.HasPrefix(qn, prefix) {
			return true
		}
	}
	return false
}

// DefaultSharer returns the DefaultSharers entry of the class decorator
// qn.
func (ix *Index) DefaultSharer(qn string) (DefaultSharer, bool) {
	d, ok := ix.defaultSharers[qn]
	return d, ok
}

// IsMetadataQuery reports whether sql, the text of a query, reads the
// connection's or the server's own settings (MetadataQueries).
func (ix *Index) IsMetadataQuery(sql string) bool {
	sql = strings.ToLower(strings.Join(strings.Fields(sql), " ")) + " "
	return slices.ContainsFunc(ix.metadataQueries, func(p string) bool { return strings.HasPrefix(sql, p) })
}

// IsFieldSpecifier reports whether calling qn declares a field of a
// DefaultSharers class.
func (ix *Index) IsFieldSpecifier(qn string) bool { return ix.fieldSpecifiers[qn] }

// IsFieldDecorator reports whether the class decorator qn turns annotated
// class attributes into per-instance fields.
func (ix *Index) IsFieldDecorator(qn string) bool { return ix.fieldDecorator[qn] }

// IsClassVar reports whether the annotation qn declares a class variable.
func (ix *Index) IsClassVar(qn string) bool { return ix.classVar[qn] }

// IsStaticMethodDecorator reports whether the decorator qn makes a
// staticmethod.
func (ix *Index) IsStaticMethodDecorator(qn string) bool { return ix.static[qn] }

// IsClassMethodDecorator reports whether the decorator qn makes a
// classmethod.
func (ix *Index) IsClassMethodDecorator(qn string) bool { return ix.classMethod[qn] }

// IsPropertyDecorator reports whether the decorator qn makes a property.
func (ix *Index) IsPropertyDecorator(qn string) bool { return ix.property[qn] }

// IsBoundedCache reports whether the cache decorator qn is bounded by a
// maxsize argument.
func (ix *Index) IsBoundedCache(qn string) bool { return ix.boundedCaches[qn] }

// IsUnboundedCache reports whether the cache decorator qn keeps every
// entry.
func (ix *Index) IsUnboundedCache(qn string) bool { return ix.unboundedCaches[qn] }

// IsReadOnlyType reports whether the annotation qn promises no change.
func (ix *Index) IsReadOnlyType(qn string) bool { return ix.readOnlyTypes[qn] }

// IsArgMutator reports whether the function named qn changes the
// container passed to it.
func (ix *Index) IsArgMutator(qn string) bool { return ix.argMutators[qn] }

// ProgramRunners returns the functions that run a program in the
// caller's process.
func (ix *Index) ProgramRunners() []string { return ix.programRunners }

// ProgramPackages returns the packages whose modules are programs named
// by their last name.
func (ix *Index) ProgramPackages() []string { return ix.programPackages }

// RunScripts returns the names of the files programs are run as, whose
// directory is where their imports start.
func (ix *Index) RunScripts() []string { return ix.runScripts }

// SettingsVariables returns the environment variables run scripts set to
// the module of their settings (Library.SettingsVariables).
func (ix *Index) SettingsVariables() []string { return ix.settingsVariables }

// IsProgramKind reports whether entry points of kind are programs of
// their own, run in a process that serves no request.
func (ix *Index) IsProgramKind(kind string) bool { return ix.programKinds[kind] }

// IsTaskKind reports whether entry points of kind run once per run of a
// queued task, in a worker, not per request.
func (ix *Index) IsTaskKind(kind string) bool { return ix.taskKinds[kind] }

// IsNewLoopKind reports whether kind is a NewLoopKinds entry.
func (ix *Index) IsNewLoopKind(kind string) bool { return ix.newLoopKinds[kind] }

// IsInProcessKind reports whether the jobs of entry points of kind run
// in each process that starts them (InProcessKinds).
func (ix *Index) IsInProcessKind(kind string) bool { return ix.inProcessKinds[kind] }

// IsAdminKind reports whether only a site's administrators run entry
// points of kind (AdminKinds).
func (ix *Index) IsAdminKind(kind string) bool { return ix.adminKinds[kind] }

// IsPermissionAttr reports whether name is a view class's attribute
// that names who may run its methods (PermissionAttrs).
func (ix *Index) IsPermissionAttr(name string) bool { return ix.permissionAttrs[name] }

// IsSignalPair reports whether start and end, signals by dotted path,
// bracket one run in one process (SignalPairs).
func (ix *Index) IsSignalPair(start, end string) bool {
	return ix.signalPairs[SignalPair{start, end}]
}

// Reexported returns what the imported dotted path names: what a
// library re-exports under its own name is the other library's
// (Reexports); any other path is itself.
func (ix *Index) Reexported(path string) string {
	if is, ok := ix.reexports[path]; ok {
		return is
	}
	return path
}

// IsPermissionMethod reports whether name is a view class's method that
// decides who may run its methods at each request (PermissionMethods).
func (ix *Index) IsPermissionMethod(name string) bool { return ix.permissionMethods[name] }

// IsAttrGetter reports whether name is a library's method that returns
// its receiver's attribute itself (AttrGetters).
func (ix *Index) IsAttrGetter(name string) bool { return ix.attrGetters[name] }

// IsExclusiveTaskBase reports whether path names a task base class whose
// runs with the same arguments do not overlap (ExclusiveTaskBases).
func (ix *Index) IsExclusiveTaskBase(path string) bool { return ix.exclusiveTaskBases[path] }

// IsProbeKind reports whether health probes run entry points of kind
// (ProbeKinds).
func (ix *Index) IsProbeKind(kind string) bool { return ix.probeKinds[kind] }

// IsAdminDecorator reports whether the decorator qn lets only a site's
// administrators run what it decorates (AdminDecorators).
func (ix *Index) IsAdminDecorator(qn string) bool { return ix.adminDecorators[qn] }

// IsConnectionKind reports whether entry points of kind run once per
// connection, for its life (ConnectionKinds).
func (ix *Index) IsConnectionKind(kind string) bool { return ix.connectionKinds[kind] }

// IsStartupMethodName reports whether some library calls a method named
// name once at startup, on subclasses of some class (IsStartupMethod
// says which).
func (ix *Index) IsStartupMethodName(name string) bool { return ix.startupName[name] }

// IsStartupMethod reports whether a library calls the method name of
// subclasses of class once at startup.
func (ix *Index) IsStartupMethod(class, name string) bool {
	return ix.startup[Method{class, name}]
}

// IsInitialiserName reports whether name is the method name of an
// Initialisers entry.
func (ix *Index) IsInitialiserName(name string) bool { return ix.initialiserNames[name] }

// IsInitialiser reports whether the library calls method name first on
// each instance of a subclass of class (Initialisers).
func (ix *Index) IsInitialiser(class, name string) bool {
	return ix.initialisers[Method{class, name}]
}

// IsClassCreationHook reports whether a library calls the method name
// once per class, as the class is created.
func (ix *Index) IsClassCreationHook(name string) bool { return ix.creationHook[name] }

// IsTestLifecycle reports whether name is a per-test method of a test
// framework.
func (ix *Index) IsTestLifecycle(name string) bool { return ix.lifecycle[name] }

// IsTestInitialiser reports whether name is a per-test method that
// initialises a test instance before its test.
func (ix *Index) IsTestInitialiser(name string) bool { return ix.initialiser[name] }

// IsTestClassFixture reports whether name is a test framework's
// once-per-class setup or teardown.
func (ix *Index) IsTestClassFixture(name string) bool { return ix.classFixture[name] }

// ClassContainer returns the kind of container the metaclass of class
// qn binds as attr on each subclass (Library.ClassContainers), or "".
func (ix *Index) ClassContainer(qn, attr string) (ClassContainer, bool) {
	cc, ok := ix.classContainers[[2]string{qn, attr}]
	return cc, ok
}

// IsEqualByValue reports whether instances of the library class qn
// compare and hash by value (EqualByValue).
func (ix *Index) IsEqualByValue(qn string) bool { return ix.equalByValue[qn] }

// IsTestRunner reports whether importing qn makes any file test code:
// qn, or a package above it, is one of Library.TestRunners.
func (ix *Index) IsTestRunner(qn string) bool { return ix.testRunners.holdsOrAbove(qn) }

// IsTestPackage reports whether importing qn makes a file test code:
// qn, or a package above it, is one of Library.TestPackages.
func (ix *Index) IsTestPackage(qn string) bool { return ix.testPackages.holdsOrAbove(qn) }

// holdsOrAbove reports whether s holds qn or a package above it.
func (s set) holdsOrAbove(qn string) bool {
	for {
		if s[qn] {
			return true
		}
		i := strings.LastIndexByte(qn, '.')
		if i < 0 {
			return false
		}
		qn = qn[:i]
	}
}

// IsInterface reports whether qn, a base or a metaclass, makes a class
// an interface (Library.InterfaceBases, Library.InterfaceMetaclasses).
func (ix *Index) IsInterface(qn string) bool { return ix.interfaceBases[qn] }

// InstanceLookup returns the keyword by which the method of InstanceLookups
// named method is given its class, and whether it is one.
func (ix *Index) InstanceLookup(method string) (string, bool) {
	kw, ok := ix.instanceLookups[method]
	return kw, ok
}

// IsLazyProxy reports whether qn is a call of Library.LazyProxies.
func (ix *Index) IsLazyProxy(qn string) bool { return ix.lazyProxies[qn] }

// IsTestBase reports whether qn is a class of Library.TestBases.
func (ix *Index) IsTestBase(qn string) bool { return ix.testBase[qn] }

// HandOffs returns the hand-offs of every library, in the order of the
// libraries and their tables. The slice is shared: callers must not
// modify it.
func (ix *Index) HandOffs() []HandOff { return ix.handOffs }

// IsHandOffName reports whether name is the last name of a HandOffs
// entry's function or method (Thread, submit, delay): a call spelt so
// may hand code to run elsewhere.
func (ix *Index) IsHandOffName(name string) bool { return ix.handOffNames[name] }

// IsWait reports whether a call named name waits for work handed off.
func (ix *Index) IsWait(name string) bool { return ix.waits[name] }

// IsReload reports whether method name reads an ORM object's row again.
func (ix *Index) IsReload(name string) bool { return ix.reloads[name] }

// IsInspector reports whether the function of qualified name fn only
// looks at the callables passed to it.
func (ix *Index) IsInspector(fn string) bool { return ix.inspectors[fn] }

// IsMissError reports whether the exception class qn says a lookup found
// nothing (Library.MissErrors).
func (ix *Index) IsMissError(qn string) bool { return ix.missErrors[qn] }

// IsWeakContainer reports whether the container factory qn makes a
// container of weak references (Library.WeakContainers).
func (ix *Index) IsWeakContainer(qn string) bool { return ix.weak[qn] }

// IsWeakKeyed reports whether the container factory qn makes a container
// whose keys are weak references (Library.WeakKeys).
func (ix *Index) IsWeakKeyed(qn string) bool { return ix.weakKeys[qn] }

// IsContextVar reports whether qn is a class of Library.ContextVars.
func (ix *Index) IsContextVar(qn string) bool { return ix.contextVars[qn] }

// IsTestSignal reports whether qn is one of the libraries' TestSignals.
func (ix *Index) IsTestSignal(qn string) bool { return ix.testSignals[qn] }

// IsInstanceCache reports whether the decorator qn runs the def it
// decorates once per instance (Library.InstanceCaches).
func (ix *Index) IsInstanceCache(qn string) bool { return ix.instanceCaches[qn] }

// IsClientState reports whether attr is an attribute of a client that
// holds what its calls gathered (Library.ClientState).
func (ix *Index) IsClientState(attr string) bool { return ix.clientState[attr] }

// IsModuleImporter reports whether qn imports a module by a computed
// name (ModuleImporters).
func (ix *Index) IsModuleImporter(qn string) bool { return ix.moduleImporters[qn] }

// IsRowMethod reports whether a query's method of this name returns one
// row of its model (RowMethods).
func (ix *Index) IsRowMethod(name string) bool { return ix.rowMethods[name] }

// IsNewRowMethod reports whether a query's method of this name inserts
// the row it returns (NewRowMethods).
func (ix *Index) IsNewRowMethod(name string) bool { return ix.newRowMethods[name] }

// IsRowGetter reports whether qn returns rows of the model its first
// argument queries (RowGetters).
func (ix *Index) IsRowGetter(qn string) bool { return ix.rowGetters[qn] }

// IsQueryBuilder reports whether qn returns a query of the model class
// its first argument is (QueryBuilders).
func (ix *Index) IsQueryBuilder(qn string) bool { return ix.queryBuilders[qn] }

// IsQueryRunner reports whether a method of this name runs the query or
// loads the model class its first argument is, and returns its rows
// (QueryRunners).
func (ix *Index) IsQueryRunner(name string) bool { return ix.queryRunners[name] }

// IsStaticModel reports whether qn is a model class whose rows no
// request changes (StaticModels).
func (ix *Index) IsStaticModel(qn string) bool { return ix.staticModels[qn] }

// IsOfflineMethod reports whether a client's method of this name works
// without a connection (OfflineMethods).
func (ix *Index) IsOfflineMethod(name string) bool { return ix.offline[name] }

// IsFileTest reports whether qn tells whether a file is there
// (FileTests).
func (ix *Index) IsFileTest(qn string) bool { return ix.fileTests[qn] }

// IsFileTestMethod reports whether a path object's method name tells
// whether its file is there (FileTestMethods).
func (ix *Index) IsFileTestMethod(name string) bool { return ix.fileTestMethods[name] }

// IsLibrary reports whether name is a library of the tables, as it is
// imported ("flask_login").
func (ix *Index) IsLibrary(name string) bool { return ix.names[name] }

// StartupDef returns what a library says of a module-level def named
// name that it runs once by its name (StartupDefs).
func (ix *Index) StartupDef(name string) (StartupDef, bool) {
	d, ok := ix.startupDefs[name]
	return d, ok
}

// EntryDecorator returns the entry decorator fn (method "") or the method
// of fn's instances, or of the object fn.
func (ix *Index) EntryDecorator(fn, method string) (EntryDecorator, bool) {
	d, ok := ix.entryDecorators[funcMethod{fn, method}]
	return d, ok
}

// EntryCalls returns the entry calls of fn (method "") or of the method
// of fn's instances, or of the object fn. The slice is shared.
func (ix *Index) EntryCalls(fn, method string) []EntryCall {
	return ix.entryCalls[funcMethod{fn, method}]
}

// Registry returns the registry whose Getter qn is (Registries).
func (ix *Index) Registry(qn string) (Registry, bool) {
	r, ok := ix.registries[qn]
	return r, ok
}

// StateSetter returns the StateSetters entry of class qn.
func (ix *Index) StateSetter(qn string) (StateSetter, bool) {
	st, ok := ix.stateSetters[qn]
	return st, ok
}

// IsStateSetterName reports whether name is a method of a StateSetters
// entry: a call spelt so may keep its arguments on its object.
func (ix *Index) IsStateSetterName(name string) bool { return ix.stateSetterNames[name] }

// IsRegistryAdd reports whether name is a method that adds to one of
// the Registries.
func (ix *Index) IsRegistryAdd(name string) bool { return ix.registryAdds[name] }

// Mount returns the mount that the method of fn's instances is (Mounts).
func (ix *Index) Mount(fn, method string) (Mount, bool) {
	mt, ok := ix.mounts[funcMethod{fn, method}]
	return mt, ok
}

// AnyReceiverEntryCalls returns the entry calls matched by their
// method's name, on any receiver (EntryCall.AnyReceiver).
func (ix *Index) AnyReceiverEntryCalls(method string) []EntryCall { return ix.anyReceiver[method] }

// RegistrationMethods returns the methods of the libraries' objects
// whose entry calls register a callable as kind (`register` of an
// AdminSite, for django-admin). The slice is shared.
func (ix *Index) RegistrationMethods(kind string) []string { return ix.registrations[kind] }

// MethodOwners returns the classes of the libraries whose instances'
// method is an entry decorator or an entry call (`Flask.route`,
// `Flask.before_request`), in the order the libraries list them. The
// slice is shared.
func (ix *Index) MethodOwners(method string) []string { return ix.methodOwners[method] }

// IsEntryCallName reports whether some entry call's function or method
// is called name (its last name): the model keeps only the calls that
// may be one.
func (ix *Index) IsEntryCallName(name string) bool { return ix.entryCallNames[name] }

// IsEntryDecoratorName reports whether name is the last name of an entry
// decorator's function or method: a decorator may be applied by a call
// (`app.route("/x")(view)`) as well as written above a def.
func (ix *Index) IsEntryDecoratorName(name string) bool { return ix.entryDecoratorNames[name] }

// IsHookDecoratorName reports whether name is the last name of an entry
// decorator of named hooks (EntryDecorator.Hooks): only such a
// decorator's string argument says what it registers.
func (ix *Index) IsHookDecoratorName(name string) bool { return ix.hookDecoratorNames[name] }

// IsEntryWrapper reports whether a call of qn returns a callable that
// runs its first argument.
func (ix *Index) IsEntryWrapper(qn string) bool { return ix.wrappers[qn] }

// IsEntryWrapperName reports whether some entry wrapper is called name
// (its last name): the model keeps the argument of only those calls.
func (ix *Index) IsEntryWrapperName(name string) bool { return ix.wrapperNames[name] }

// IsWrapsDecorator reports whether qn, called with a function, decorates
// a def that stands for that function (functools.wraps).
func (ix *Index) IsWrapsDecorator(qn string) bool { return ix.wraps[qn] }

// IsRootURLConf reports whether the setting name names the root URL
// configuration's module.
func (ix *Index) IsRootURLConf(name string) bool { return ix.rootURLConfs[name] }

// StartRuns returns the method that method of instances of the library's
// class class runs elsewhere (Starts), or "".
func (ix *Index) StartRuns(class, method string) string { return ix.starts[method][class] }

// DispatchCalls returns the methods of its instance that method of the
// library's class calls (Dispatches).
func (ix *Index) DispatchCalls(class, method string) []string { return ix.dispatches[method][class] }

// URLIncludeArg returns the argument by which a call of qn includes a
// URL configuration, and whether it is such a call (URLIncludes). The
// model keeps the calls named like one, as it keeps those of entry
// calls.
func (ix *Index) URLIncludeArg(qn string) (int, bool) {
	arg, ok := ix.urlIncludes[qn]
	return arg, ok
}

// EntryClasses returns the entry classes that name class, a base. The
// slice is shared.
func (ix *Index) EntryClasses(class string) []EntryClass { return ix.entryClasses[class] }

// KindMethods returns the methods the EntryClasses of kind name, all of
// them, in the order of the tables: what a framework calls on a class of
// that kind (a class-based view's dispatch, get, post, ...). The slice
// is shared.
func (ix *Index) KindMethods(kind string) []string { return ix.kindMethods[kind] }

// EntrySettings returns the settings called name: one for each Key of
// a dict (REST_FRAMEWORK's DEFAULT_AUTHENTICATION_CLASSES, ...).
func (ix *Index) EntrySettings(name string) []EntrySetting { return ix.entrySettings[name] }

// EntrySetting returns the setting called name whose list is at key
// ("": the setting itself).
func (ix *Index) EntrySetting(name, key string) (EntrySetting, bool) {
	i := slices.IndexFunc(ix.entrySettings[name], func(s EntrySetting) bool { return s.Key == key })
	if i < 0 {
		return EntrySetting{}, false
	}
	return ix.entrySettings[name][i], true
}

// CacheSetting returns the cache setting named name (CacheSettings).
func (ix *Index) CacheSetting(name string) (CacheSetting, bool) {
	s, ok := ix.cacheSettings[name]
	return s, ok
}

// cacheObject is an object that stands for one alias of a cache setting.
type cacheObject struct{ setting, alias string }

// CacheObject returns the cache setting and the alias that qn, the
// qualified name of an object, stands for: "django.core.cache.cache" is
// the "default" alias of CACHES.
func (ix *Index) CacheObject(qn string) (setting CacheSetting, alias string, ok bool) {
	o, ok := ix.cacheObjects[qn]
	if !ok {
		return CacheSetting{}, "", false
	}
	return ix.cacheSettings[o.setting], o.alias, true
}

// CacheLookup returns the cache setting whose caches qn, the qualified
// name of a mapping, holds by alias (`caches["sessions"]`).
func (ix *Index) CacheLookup(qn string) (CacheSetting, bool) {
	name, ok := ix.cacheLookups[qn]
	if !ok {
		return CacheSetting{}, false
	}
	return ix.cacheSettings[name], true
}

// RowClaimWords returns the names of the query methods that lock rows
// (RowLocks) or update them (Updates), sorted: a source that holds none
// of them claims no row. Worked out once, when the Index is built: each
// module's model asks.
func (ix *Index) RowClaimWords() []string { return ix.rowClaimWords }

// CacheSettingNames returns the names of the cache settings, sorted.
func (ix *Index) CacheSettingNames() []string {
	return slices.Sorted(maps.Keys(ix.cacheSettings))
}

// CacheUser returns the cache user whose Class is qn (CacheUsers).
func (ix *Index) CacheUser(qn string) (CacheUser, bool) {
	u, ok := ix.cacheUsers[qn]
	return u, ok
}

// IsCacheUserPath reports whether qn, what a module imports, is a cache
// user's class (CacheUser) or a module above one: a module that imports
// none names none.
func (ix *Index) IsCacheUserPath(qn string) bool { return ix.cacheUserPaths[qn] }

// IsCachePath reports whether qn, what a module imports, is a cache
// object or lookup of the cache settings, or a module above one
// (`from django.core import cache`): a module that imports none uses none.
func (ix *Index) IsCachePath(qn string) bool { return ix.cachePaths[qn] }

// IsDebugSetting reports whether a settings module that binds name True
// is one for development (CacheSetting.Debug).
func (ix *Index) IsDebugSetting(name string) bool { return ix.debugSettings[name] }

// MaxProtocolParams returns the most parameters a ProtocolDef has: a def
// with more is no protocol's.
func (ix *Index) MaxProtocolParams() int { return ix.protocolMax }

// ExposeAttr returns what an attribute named attr set True exposes
// (ExposeAttrs).
func (ix *Index) ExposeAttr(attr string) (ExposeAttr, bool) {
	a, ok := ix.exposeAttrs[attr]
	return a, ok
}

// ProtocolKind returns the entry kind of a callable named name whose
// parameters (the receiver left out) are a protocol's (ProtocolDefs), or
// "".
func (ix *Index) ProtocolKind(name string, params []string) string {
	for _, d := range ix.protocolDefs {
		if d.matches(name, params) {
			return d.Kind
		}
	}
	return ""
}

// ActionMap returns the action map a classmethod named method is given.
func (ix *Index) ActionMap(method string) (ActionMap, bool) {
	a, ok := ix.actionMaps[method]
	return a, ok
}

// RelationField returns the relation field that a call of qn declares.
func (ix *Index) RelationField(qn string) (RelationField, bool) {
	r, ok := ix.relationFields[qn]
	return r, ok
}

// EntryAttrs returns the class attributes that list entry points of a
// class registered as kind.
func (ix *Index) EntryAttrs(kind string) []EntryAttr { return ix.entryAttrs[kind] }

// IsEntryAttrName reports whether a class attribute of this name may list
// entry points (EntryAttrs): the facts keep only those.
func (ix *Index) IsEntryAttrName(attr string) bool { return ix.entryAttrNames[attr] }

// InstanceClass returns the class of the library object name, or "".
func (ix *Index) InstanceClass(name string) string { return ix.instances[name] }

// IsInstanceName reports whether name is the last name of an Instances
// entry: a path that ends so may be one.
func (ix *Index) IsInstanceName(name string) bool { return ix.instanceNames[name] }

// InstanceAttr returns the library name that the attribute attr of the
// instances of class is, or "".
func (ix *Index) InstanceAttr(class, attr string) string {
	return ix.instanceAttrs[funcMethod{class, attr}]
}

// Factory returns the startup kind of a function that builds class, or
// "".
func (ix *Index) Factory(class string) string { return ix.factories[class] }

// httpMethods are the handler methods that class-based views of every
// web framework name after HTTP's methods.
// HTTPMethods returns the HTTP methods' names, as the handlers of a
// class-based view spell them.
func HTTPMethods() []string { return httpMethods() }

func httpMethods() []string {
	return []string{"get", "post", "put", "patch", "delete", "head", "options", "trace"}
}

// methodsOf returns an entry decorator of kind for each method of fn.
func methodsOf(fn, kind string, startup bool, methods ...string) []EntryDecorator {
	out := make([]EntryDecorator, 0, len(methods))
	for _, m := range methods {
		out = append(out, EntryDecorator{Func: fn, Method: m, Kind: kind, Startup: startup})
	}
	return out
}

// classesOf returns an entry class of kind for each of classes.
func classesOf(kind string, startup bool, methods []string, classes ...string) []EntryClass {
	out := make([]EntryClass, 0, len(classes))
	for _, c := range classes {
		out = append(out, EntryClass{Class: c, Methods: methods, Kind: kind, Startup: startup})
	}
	return out
}
