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

import "strings"

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
	// LockFactories are calls that build a lock: a container used only
	// under one is guarded.
	LockFactories []string
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

	// HandOffs are the calls that run a callable they are given somewhere
	// else than the caller: another thread or process, the event loop, a
	// task queue, a signal's sender. The call graph makes each an edge
	// marked with its Kind.
	HandOffs []HandOff
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
	Arg      int
	Keyword  string // the keyword that passes the callable, if any
	Receiver bool   // the callable is the receiver of Method (see above)
	Kind     string // "thread", "process", "executor", "task", "queue", "signal"
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
		Asyncio(),
		Attrs(),
		Builtins(),
		Cachetools(),
		Collections(),
		Concurrent(),
		Dataclasses(),
		Django(),
		Enum(),
		Functools(),
		Graphene(),
		Multiprocessing(),
		Pydantic(),
		Pytest(),
		Threading(),
		Typing(),
		TypingExtensions(),
		Unittest(),
		Weakref(),
	}
}

// An Index answers, by role, whether a name is in the tables of libs.
// Build one with NewIndex and keep it: it is not changed after.
type Index struct {
	cache, container, lock, metaclass, fieldDecorator, classVar set
	static, classMethod, property                               set
	creationHook, lifecycle, initialiser, classFixture          set
	startupName                                                 set
	startup                                                     map[Method]bool
	fieldBaseModules                                            []string
	handOffs                                                    []HandOff
}

type set map[string]bool

func (s set) add(names []string) {
	for _, n := range names {
		s[n] = true
	}
}

// NewIndex indexes the roles of libs (usually All()).
func NewIndex(libs []Library) *Index {
	ix := &Index{
		cache: set{}, container: set{}, lock: set{}, metaclass: set{}, fieldDecorator: set{}, classVar: set{},
		static: set{}, classMethod: set{}, property: set{},
		creationHook: set{}, lifecycle: set{}, initialiser: set{}, classFixture: set{},
		startupName: set{}, startup: map[Method]bool{},
	}
	for _, l := range libs {
		ix.cache.add(l.CacheDecorators)
		ix.container.add(l.ContainerFactories)
		ix.lock.add(l.LockFactories)
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
		for _, m := range l.StartupMethods {
			ix.startup[m] = true
			ix.startupName[m.Name] = true
		}
		ix.handOffs = append(ix.handOffs, l.HandOffs...)
		for _, mod := range l.FieldBaseModules {
			ix.fieldBaseModules = append(ix.fieldBaseModules, mod+".")
		}
	}
	return ix
}

// IsCacheDecorator reports whether qn builds one cache per decorated
// function.
func (ix *Index) IsCacheDecorator(qn string) bool { return ix.cache[qn] }

// IsContainerFactory reports whether calling qn builds a new mutable
// container.
func (ix *Index) IsContainerFactory(qn string) bool { return ix.container[qn] }

// IsLockFactory reports whether calling qn builds a lock.
func (ix *Index) IsLockFactory(qn string) bool { return ix.lock[qn] }

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

// IsStartupMethodName reports whether some library calls a method named
// name once at startup, on subclasses of some class (IsStartupMethod
// says which).
func (ix *Index) IsStartupMethodName(name string) bool { return ix.startupName[name] }

// IsStartupMethod reports whether a library calls the method name of
// subclasses of class once at startup.
func (ix *Index) IsStartupMethod(class, name string) bool {
	return ix.startup[Method{class, name}]
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

// HandOffs returns the hand-offs of every library, in the order of the
// libraries and their tables. The slice is shared: callers must not
// modify it.
func (ix *Index) HandOffs() []HandOff { return ix.handOffs }
