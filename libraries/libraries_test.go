package libraries

import (
	"fmt"
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var (
	identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	dotted     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$`)
	module     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)
	script     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*\.py$`)
	header     = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$`)
	// sqlPrefix: the start of a query, lower case, one space apart.
	sqlPrefix = regexp.MustCompile(`^[a-z@_]+( [a-z@_()]+)*( |\(\)|\()?$`)
)

// role is how the tests read one []string field of Library: the form of
// its names and the Index lookup that must find each of them.
type role struct {
	form   *regexp.Regexp
	lookup func(*Index, string) bool
}

func roles() map[string]role {
	return map[string]role{
		"CacheDecorators":        {dotted, (*Index).IsCacheDecorator},
		"ContainerFactories":     {dotted, (*Index).IsContainerFactory},
		"LockFactories":          {dotted, (*Index).IsLockFactory},
		"ProcessLockFactories":   {dotted, (*Index).IsProcessLockFactory},
		"Metaclasses":            {dotted, (*Index).IsMetaclass},
		"FieldBaseModules":       {module, func(ix *Index, mod string) bool { return ix.IsFieldBase(mod + ".X") }},
		"FieldDecorators":        {dotted, (*Index).IsFieldDecorator},
		"ClassVarAnnotations":    {dotted, (*Index).IsClassVar},
		"StaticMethodDecorators": {dotted, (*Index).IsStaticMethodDecorator},
		"ClassMethodDecorators":  {dotted, (*Index).IsClassMethodDecorator},
		"PropertyDecorators":     {dotted, (*Index).IsPropertyDecorator},
		"ClassCreationHooks":     {identifier, (*Index).IsClassCreationHook},
		"TestLifecycle":          {identifier, (*Index).IsTestLifecycle},
		"TestInitialisers":       {identifier, (*Index).IsTestInitialiser},
		"TestClassFixtures":      {identifier, (*Index).IsTestClassFixture},
		"RootURLConfs":           {identifier, (*Index).IsRootURLConf},
		"ProgramKinds":           {kind, (*Index).IsProgramKind},
		"TaskKinds":              {kind, (*Index).IsTaskKind},
		"NewLoopKinds":           {kind, (*Index).IsNewLoopKind},
		"InProcessKinds":         {kind, (*Index).IsInProcessKind},
		"ConnectionKinds":        {kind, (*Index).IsConnectionKind},
		"AdminKinds":             {kind, (*Index).IsAdminKind},
		"AdminDecorators":        {dotted, (*Index).IsAdminDecorator},
		"ProbeKinds":             {kind, (*Index).IsProbeKind},
		"PermissionAttrs":        {identifier, (*Index).IsPermissionAttr},
		"PermissionMethods":      {identifier, (*Index).IsPermissionMethod},
		"AttrGetters":            {identifier, (*Index).IsAttrGetter},
		"ExclusiveTaskBases":     {dotted, (*Index).IsExclusiveTaskBase},
		"SessionFactories":       {dotted, (*Index).IsSessionFactory},
		"OneRequestClients":      {dotted, (*Index).IsOneRequestClient},
		"LoopBoundClients":       {dotted, (*Index).IsLoopBound},
		"PoolOwners":             {dotted, (*Index).IsPoolOwner},
		"SharedKinds":            {kind, (*Index).IsSharedKind},
		"RegisteredKinds":        {kind, (*Index).IsRegisteredKind},
		"DataLoads":              {dotted, (*Index).IsDataLoad},
		"QueryManagers":          {identifier, (*Index).IsQueryManager},
		"RelatedManagerSuffixes": {identifier, (*Index).IsRelatedManager},
		"RelatedManagerMethods":  {identifier, (*Index).IsRelatedManagerMethod},
		"ModelLoads":             {identifier, (*Index).IsModelLoad},
		"QueryMethods":           {identifier, (*Index).IsQueryMethod},
		"QueryReceivers":         {identifier, (*Index).IsQueryReceiver},
		"ExpiringCaches":         {dotted, (*Index).IsExpiringCache},
		"ContextLocals":          {dotted, (*Index).IsContextLocal},
		"SharedObjects":          {dotted, (*Index).IsSharedObject},
		"ThreadLocals":           {dotted, (*Index).IsThreadLocal},
		"Saves":                  {identifier, (*Index).IsSave},
		"Commits":                {identifier, (*Index).IsCommit},
		"ExitCommits":            {identifier, (*Index).IsExitCommit},
		"Updates":                {identifier, (*Index).IsUpdate},
		"SaveFields":             {identifier, (*Index).IsSaveFields},
		"RowLocks":               {identifier, (*Index).IsRowLock},
		"RowKeys":                {identifier, (*Index).IsRowKey},
		"Casts":                  {dotted, (*Index).IsCast},
		"Credentials":            {identifier, (*Index).IsCredential},
		"OfflineMethods":         {identifier, (*Index).IsOfflineMethod},
		"FileTests":              {dotted, (*Index).IsFileTest},
		"FileTestMethods":        {identifier, (*Index).IsFileTestMethod},
		"StaticModels":           {dotted, (*Index).IsStaticModel},
		"RowGetters":             {dotted, (*Index).IsRowGetter},
		"RowMethods":             {identifier, (*Index).IsRowMethod},
		"NewRowMethods":          {identifier, (*Index).IsNewRowMethod},
		"QueryBuilders":          {dotted, (*Index).IsQueryBuilder},
		"QueryRunners":           {identifier, (*Index).IsQueryRunner},
		"ModuleImporters":        {dotted, (*Index).IsModuleImporter},
		"Headers":                {identifier, (*Index).IsHeaders},
		"CredentialHeaders":      {header, (*Index).IsCredentialHeader},
		"CredentialHeaderWords":  {identifier, (*Index).IsCredentialHeader},
		"AtomicUpdates":          {dotted, (*Index).IsAtomicUpdate},
		"AtomicMethods":          {identifier, (*Index).IsAtomicMethod},
		"Waits":                  {identifier, (*Index).IsWait},
		"Reloads":                {identifier, (*Index).IsReload},
		"Inspectors":             {dotted, (*Index).IsInspector},
		"MissErrors":             {dotted, (*Index).IsMissError},
		"WeakContainers":         {dotted, (*Index).IsWeakContainer},
		"WeakKeys":               {dotted, (*Index).IsWeakKeyed},
		"ContextVars":            {dotted, (*Index).IsContextVar},
		"TestSignals":            {dotted, (*Index).IsTestSignal},
		"TestBases":              {dotted, (*Index).IsTestBase},
		"LazyProxies":            {dotted, (*Index).IsLazyProxy},
		"TestPackages":           {module, (*Index).IsTestPackage},
		"TestRunners":            {module, (*Index).IsTestRunner},
		"EqualByValue":           {dotted, (*Index).IsEqualByValue},
		"InterfaceBases":         {dotted, (*Index).IsInterface},
		"InterfaceMetaclasses":   {dotted, (*Index).IsInterface},
		"InstanceCaches":         {dotted, (*Index).IsInstanceCache},
		"ClientState":            {identifier, (*Index).IsClientState},
		"Closes":                 {identifier, (*Index).IsClose},
		"ClientSetups":           {identifier, (*Index).IsClientSetup},
		"ContextEnters":          {identifier, (*Index).IsContextEnter},
		"ClientFactories":        {dotted, (*Index).IsClientFactory},
		"Clocks":                 {dotted, (*Index).IsClock},
		"FreshValues":            {dotted, (*Index).IsFreshValue},
		"ArgMutators":            {dotted, (*Index).IsArgMutator},
		"BoundedCaches":          {dotted, (*Index).IsBoundedCache},
		"UnboundedCaches":        {dotted, (*Index).IsUnboundedCache},
		"ReadOnlyTypes":          {dotted, (*Index).IsReadOnlyType},
		"ProgramRunners": {dotted, func(ix *Index, qn string) bool {
			return slices.Contains(ix.ProgramRunners(), qn)
		}},
		"ProgramPackages": {dotted, func(ix *Index, qn string) bool {
			return slices.Contains(ix.ProgramPackages(), qn)
		}},
		"RunScripts": {script, func(ix *Index, name string) bool {
			return slices.Contains(ix.RunScripts(), name)
		}},
		"SettingsVariables": {identifier, func(ix *Index, name string) bool {
			return slices.Contains(ix.SettingsVariables(), name)
		}},
		"Relationships": {dotted, func(ix *Index, qn string) bool {
			return ix.IsRelationship(qn) && ix.IsRelationshipName(qn[strings.LastIndexByte(qn, '.')+1:])
		}},
		"EntryWrappers": {dotted, func(ix *Index, qn string) bool {
			return ix.IsEntryWrapper(qn) && ix.IsEntryWrapperName(qn[strings.LastIndexByte(qn, '.')+1:])
		}},
		"WrapsDecorators": {dotted, (*Index).IsWrapsDecorator},
		"FieldSpecifiers": {dotted, (*Index).IsFieldSpecifier},
		"MetadataQueries": {sqlPrefix, (*Index).IsMetadataQuery},
	}
}

func TestEveryNameHasItsRolesFormIsUniqueAndIsIndexed(t *testing.T) {
	ix := NewIndex(All())
	known := roles()
	seen := map[string]map[string]string{} // role -> name -> library
	typ := reflect.TypeFor[Library]()
	for _, lib := range All() {
		v := reflect.ValueOf(lib)
		entries := 0
		for i := range typ.NumField() {
			f := typ.Field(i)
			switch f.Name {
			case "Name":
				continue
			case "ClientCosts":
				for _, c := range lib.ClientCosts {
					entries++
					for _, clause := range []string{c.Cost, c.What, c.Keep} {
						if strings.HasPrefix(clause, "each ") || clause != strings.TrimSpace(clause) {
							t.Errorf("%s: ClientCosts: %q: a clause that follows \"each call\"", lib.Name, clause)
						}
					}
					of := c.Of
					if len(of) == 0 {
						of = lib.ClientFactories
					}
					if len(of) == 0 || c.Cost+c.What+c.Keep == "" {
						t.Errorf("%s: ClientCosts: %v says nothing, or of no ClientFactories", lib.Name, c)
					}
					for _, f := range of {
						if !slices.Contains(lib.ClientFactories, f) || !reflect.DeepEqual(ix.ClientCost(f), c) {
							t.Errorf("%s: ClientCosts: %s is no ClientFactories entry, or not found by the Index", lib.Name, f)
						}
					}
				}
				continue
			case "StartupMethods":
				for _, m := range lib.StartupMethods {
					entries++
					if !dotted.MatchString(m.Class) || !identifier.MatchString(m.Name) {
						t.Errorf("%s: StartupMethods: %q.%q is not a qualified class and a method name", lib.Name, m.Class, m.Name)
					}
					if !ix.IsStartupMethod(m.Class, m.Name) || !ix.IsStartupMethodName(m.Name) {
						t.Errorf("%s: StartupMethods: %v is not found by the Index", lib.Name, m)
					}
				}
				continue
			case "Initialisers":
				for _, m := range lib.Initialisers {
					entries++
					if !dotted.MatchString(m.Class) || !identifier.MatchString(m.Name) {
						t.Errorf("%s: Initialisers: %q.%q is not a qualified class and a method name", lib.Name, m.Class, m.Name)
					}
					if !ix.IsInitialiser(m.Class, m.Name) {
						t.Errorf("%s: Initialisers: %v is not found by the Index", lib.Name, m)
					}
				}
				continue
			case "StartupDefs":
				for _, d := range lib.StartupDefs {
					entries++
					if !identifier.MatchString(d.Name) || d.Kind == "" || d.Param != "" && !dotted.MatchString(d.Param) {
						t.Errorf("%s: StartupDefs: %+v is not a def's name and a kind", lib.Name, d)
					}
					if got, ok := ix.StartupDef(d.Name); !ok || got != d {
						t.Errorf("%s: StartupDefs: %+v is not found by the Index", lib.Name, d)
					}
				}
				continue
			case "ClientNamespaces":
				for _, n := range lib.ClientNamespaces {
					entries++
					if n.Prefix == "" {
						// A class of any package, by its whole name.
						class, ok := strings.CutPrefix(n.Suffix, ".")
						if !ok || !identifier.MatchString(class) {
							t.Errorf("%s: ClientNamespaces: %+v is no package and not a dot and a class name", lib.Name, n)
						}
						if qn := "x.y" + n.Suffix; !ix.IsClientFactory(qn) || !ix.ClientByNameAlone(qn) || !ix.IsClientFactoryName(class) || ix.IsClientFactory("x.Y"+class) {
							t.Errorf("%s: ClientNamespaces: %s is not found by the Index by its name alone, or x.Y%s is", lib.Name, qn, class)
						}
						continue
					}
					if pkg := strings.TrimSuffix(n.Prefix, "."); !dotted.MatchString(pkg) && !identifier.MatchString(pkg) || !strings.HasSuffix(n.Prefix, ".") || !identifier.MatchString(n.Suffix) {
						t.Errorf("%s: ClientNamespaces: %+v is not a package with its dot and the end of a class name", lib.Name, n)
					}
					if qn := n.Prefix + "x.X" + n.Suffix; !ix.IsClientFactory(qn) || ix.ClientByNameAlone(qn) || !ix.IsClientFactoryName("X"+n.Suffix) {
						t.Errorf("%s: ClientNamespaces: %s is not found by the Index, or by its name alone", lib.Name, qn)
					}
				}
				continue
			case "Refreshes":
				for _, r := range lib.Refreshes {
					entries++
					if !dotted.MatchString(r.Base) || !identifier.MatchString(r.Method) {
						t.Errorf("%s: Refreshes: %q.%q is not a qualified class and a method name", lib.Name, r.Base, r.Method)
					}
					if ix.RefreshMethod(r.Base) != r.Method {
						t.Errorf("%s: Refreshes: %v is not found by the Index", lib.Name, r)
					}
				}
				continue
			case "DefaultSharers":
				for _, d := range lib.DefaultSharers {
					entries++
					if !dotted.MatchString(d.Decorator) || !identifier.MatchString(d.AutoAttribs) {
						t.Errorf("%s: DefaultSharers: %+v is not a qualified decorator and a keyword", lib.Name, d)
					}
					if got, ok := ix.DefaultSharer(d.Decorator); !ok || got != d {
						t.Errorf("%s: DefaultSharers: %+v is not found by the Index", lib.Name, d)
					}
				}
				continue
			case "InstanceLookups":
				for _, il := range lib.InstanceLookups {
					entries++
					if !identifier.MatchString(il.Method) || !identifier.MatchString(il.Keyword) {
						t.Errorf("%s: InstanceLookups: %+v is not a method and a keyword", lib.Name, il)
					}
					if kw, ok := ix.InstanceLookup(il.Method); !ok || kw != il.Keyword {
						t.Errorf("%s: InstanceLookups: %+v is not found by the Index", lib.Name, il)
					}
				}
				continue
			case "ClassContainers":
				for _, cc := range lib.ClassContainers {
					entries++
					if !dotted.MatchString(cc.Class) || !identifier.MatchString(cc.Attr) || !slices.Contains([]string{"dict", "list", "set"}, cc.Kind) {
						t.Errorf("%s: ClassContainers: %+v is not a qualified class, an attribute and a container kind", lib.Name, cc)
					}
					if got, ok := ix.ClassContainer(cc.Class, cc.Attr); !ok || got != cc {
						t.Errorf("%s: ClassContainers: %+v is not found by the Index", lib.Name, cc)
					}
				}
				continue
			case "Starts":
				for _, st := range lib.Starts {
					entries++
					if !dotted.MatchString(st.Class) || !identifier.MatchString(st.Method) || !identifier.MatchString(st.Runs) {
						t.Errorf("%s: Starts: %+v is not a qualified class and two method names", lib.Name, st)
					}
					if ix.StartRuns(st.Class, st.Method) != st.Runs {
						t.Errorf("%s: Starts: %+v is not found by the Index", lib.Name, st)
					}
				}
				continue
			case "Dispatches":
				for _, d := range lib.Dispatches {
					entries++
					if !dotted.MatchString(d.Class) || !identifier.MatchString(d.Method) || len(d.Calls) == 0 ||
						slices.ContainsFunc(d.Calls, func(c string) bool { return !identifier.MatchString(c) }) {
						t.Errorf("%s: Dispatches: %+v is not a qualified class, a method name and the names it calls", lib.Name, d)
					}
					if !slices.Equal(ix.DispatchCalls(d.Class, d.Method), d.Calls) {
						t.Errorf("%s: Dispatches: %+v is not found by the Index", lib.Name, d)
					}
				}
				continue
			case "PoolFree":
				for f, args := range lib.PoolFree {
					entries++
					if !slices.Contains(lib.ClientFactories, f) {
						t.Errorf("%s: PoolFree: %s is no ClientFactories entry", lib.Name, f)
					}
					for _, a := range args {
						k, v, ok := strings.Cut(a, "=")
						if !ok || !identifier.MatchString(k) || !dotted.MatchString(v) || !ix.IsPoolFree(f, []string{a}) {
							t.Errorf("%s: PoolFree: %s: %q is no keyword=qualified.name the Index finds", lib.Name, f, a)
						}
					}
				}
				continue
			case "Registries":
				for _, r := range lib.Registries {
					entries++
					if !dotted.MatchString(r.Getter) || len(r.Adds) == 0 || !slices.ContainsFunc(r.Adds, identifier.MatchString) {
						t.Errorf("%s: Registries: %+v is not a qualified function and its methods", lib.Name, r)
					}
					got, ok := ix.Registry(r.Getter)
					if !ok || got.Getter != r.Getter || !slices.Equal(got.Adds, r.Adds) || !slices.Equal(got.Removes, r.Removes) || !ix.IsRegistryAdd(r.Adds[0]) {
						t.Errorf("%s: Registries: %+v is not found by the Index", lib.Name, r)
					}
				}
				continue
			case "StateSetters":
				for _, st := range lib.StateSetters {
					entries++
					if !dotted.MatchString(st.Class) || len(st.Methods) == 0 || !slices.ContainsFunc(st.Methods, identifier.MatchString) ||
						st.ClearedBy != "" && !identifier.MatchString(st.ClearedBy) {
						t.Errorf("%s: StateSetters: %+v is not a qualified class, its methods and a keyword", lib.Name, st)
					}
					if got, ok := ix.StateSetter(st.Class); !ok || got.Class != st.Class || !slices.Equal(got.Methods, st.Methods) || !ix.IsStateSetterName(st.Methods[0]) {
						t.Errorf("%s: StateSetters: %+v is not found by the Index", lib.Name, st)
					}
				}
				continue
			case "Mounts":
				for _, mt := range lib.Mounts {
					entries++
					if !dotted.MatchString(mt.Func) || !identifier.MatchString(mt.Method) || !dotted.MatchString(mt.Class) || mt.Arg < 0 && mt.Keyword == "" {
						t.Errorf("%s: Mounts: %+v is not a qualified class, a method, an argument and a qualified class", lib.Name, mt)
					}
					if got, ok := ix.Mount(mt.Func, mt.Method); !ok || got != mt || !ix.IsEntryCallName(mt.Method) {
						t.Errorf("%s: Mounts: %+v is not found by the Index", lib.Name, mt)
					}
				}
				continue
			case "URLIncludes":
				for _, u := range lib.URLIncludes {
					entries++
					if !dotted.MatchString(u.Func) || u.Arg < 0 {
						t.Errorf("%s: URLIncludes: %+v is not a qualified function and an argument", lib.Name, u)
					}
					if arg, ok := ix.URLIncludeArg(u.Func); !ok || arg != u.Arg || !ix.IsEntryCallName(u.Func[strings.LastIndexByte(u.Func, '.')+1:]) {
						t.Errorf("%s: URLIncludes: %+v is not found by the Index", lib.Name, u)
					}
				}
				continue
			case "ExposeAttrs":
				for _, a := range lib.ExposeAttrs {
					entries++
					if got, ok := ix.ExposeAttr(a.Attr); !identifier.MatchString(a.Attr) || !kind.MatchString(a.Kind) ||
						!module.MatchString(a.Import) || !ok || got != a {
						t.Errorf("%s: ExposeAttrs: %+v is not an attribute, a kind and a module found by the Index", lib.Name, a)
					}
				}
				continue
			case "ProtocolDefs":
				for _, d := range lib.ProtocolDefs {
					entries++
					if len(d.Params) == 0 || !slices.ContainsFunc(d.Params, identifier.MatchString) || !kind.MatchString(d.Kind) ||
						ix.ProtocolKind("f", d.Params) != d.Kind {
						t.Errorf("%s: ProtocolDefs: %+v is not parameters and a kind found by the Index", lib.Name, d)
					}
				}
				continue
			case "ActionMaps":
				for _, a := range lib.ActionMaps {
					entries++
					if got, ok := ix.ActionMap(a.Method); !identifier.MatchString(a.Method) || a.Arg < 0 || !ok || got != a {
						t.Errorf("%s: ActionMaps: %+v is not a method and an argument found by the Index", lib.Name, a)
					}
				}
				continue
			case "RelationFields":
				for _, r := range lib.RelationFields {
					entries++
					if got, ok := ix.RelationField(r.Func); !dotted.MatchString(r.Func) || !identifier.MatchString(r.To) ||
						!identifier.MatchString(r.RelatedName) || !ok || got != r {
						t.Errorf("%s: RelationFields: %+v is not a function and keywords found by the Index", lib.Name, r)
					}
				}
				continue
			case "EntryAttrs":
				for _, a := range lib.EntryAttrs {
					entries++
					if !kind.MatchString(a.Class) || !identifier.MatchString(a.Attr) || !kind.MatchString(a.Kind) {
						t.Errorf("%s: EntryAttrs: %+v is not a kind, an attribute and a kind", lib.Name, a)
					}
					if !slices.ContainsFunc(ix.EntryAttrs(a.Class), func(b EntryAttr) bool {
						return b.Attr == a.Attr && b.Kind == a.Kind && slices.Equal(b.Methods, a.Methods)
					}) || !ix.IsEntryAttrName(a.Attr) {
						t.Errorf("%s: EntryAttrs: %+v is not found by the Index", lib.Name, a)
					}
					if len(ix.KindMethods(a.Class)) == 0 {
						t.Errorf("%s: EntryAttrs: %+v: no class is registered as %s", lib.Name, a, a.Class)
					}
				}
				continue
			case "SignalPairs":
				for _, sp := range lib.SignalPairs {
					entries++
					if !dotted.MatchString(sp.Start) || !dotted.MatchString(sp.End) || sp.Start == sp.End {
						t.Errorf("%s: SignalPairs: %+v is not two dotted paths", lib.Name, sp)
					}
					if !ix.IsSignalPair(sp.Start, sp.End) {
						t.Errorf("%s: SignalPairs: %+v is not found by the Index", lib.Name, sp)
					}
				}
				continue
			case "Reexports":
				for _, r := range lib.Reexports {
					entries++
					if !dotted.MatchString(r.Path) || !identifier.MatchString(r.Is) && !dotted.MatchString(r.Is) || !strings.HasPrefix(r.Path, lib.Name+".") {
						t.Errorf("%s: Reexports: %+v is not a path of the library and a dotted path", lib.Name, r)
					}
					if ix.Reexported(r.Path) != r.Is {
						t.Errorf("%s: Reexports: %+v is not found by the Index", lib.Name, r)
					}
				}
				continue
			case "HandOffs":
				for _, h := range lib.HandOffs {
					entries++
					if msg := checkHandOff(h); msg != "" {
						t.Errorf("%s: HandOffs: %+v: %s", lib.Name, h, msg)
					}
					if !slices.Contains(ix.HandOffs(), h) {
						t.Errorf("%s: HandOffs: %+v is not found by the Index", lib.Name, h)
					}
				}
				continue
			}
			if check, ok := entryRoles()[f.Name]; ok {
				for _, msg := range check(lib, ix, seen) {
					t.Errorf("%s: %s: %s", lib.Name, f.Name, msg)
				}
				entries += v.Field(i).Len()
				continue
			}
			r, ok := known[f.Name]
			if !ok {
				t.Fatalf("Library.%s has no role in this test: add it to roles()", f.Name)
			}
			if seen[f.Name] == nil {
				seen[f.Name] = map[string]string{}
			}
			for _, name := range v.Field(i).Interface().([]string) {
				entries++
				if !r.form.MatchString(name) {
					t.Errorf("%s: %s: %q is not of the role's form %s", lib.Name, f.Name, name, r.form)
				}
				if other, dup := seen[f.Name][name]; dup {
					t.Errorf("%s: %s: %q is listed again (first by %s)", lib.Name, f.Name, name, other)
				}
				seen[f.Name][name] = lib.Name
				if !r.lookup(ix, name) {
					t.Errorf("%s: %s: %q is not found by the Index", lib.Name, f.Name, name)
				}
			}
		}
		if entries == 0 {
			t.Errorf("%s contributes nothing", lib.Name)
		}
	}
}

func TestEveryLibraryFileIsInAll(t *testing.T) {
	inAll := map[string]bool{}
	for _, lib := range All() {
		if inAll[lib.Name] {
			t.Errorf("%s is in All twice", lib.Name)
		}
		inAll[lib.Name] = true
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".go")
		if !ok || strings.HasSuffix(name, "_test") || name == "libraries" {
			continue
		}
		files[name] = true
		if !inAll[name] {
			t.Errorf("%s.go: its library is not in All, or its Name is not %q", name, name)
		}
	}
	for name := range inAll {
		if !files[name] {
			t.Errorf("library %q of All has no file %s.go", name, name)
		}
	}
}

func TestLookupsAnswerNoForOtherNames(t *testing.T) {
	ix := NewIndex(All())
	for name, r := range roles() {
		if r.lookup(ix, "myapp.utils.thing") {
			t.Errorf("%s: myapp.utils.thing is found", name)
		}
	}
	if ix.IsStartupMethod("myapp.Config", "ready") {
		t.Error("ready of a class that is not a known framework's is a startup method")
	}
}

// handOffKinds are the kinds a HandOff may have.
var handOffKinds = []string{"", "thread", "process", "executor", "task", "queue", "signal", "loop", "sync-loop"}

// checkHandOff says what is wrong with h, or "".
func checkHandOff(h HandOff) string {
	switch {
	case !dotted.MatchString(h.Func):
		return "Func is not a qualified name"
	case h.Method != "" && !identifier.MatchString(h.Method):
		return "Method is not a name"
	case h.Receiver && (h.Method == "" || h.Arg != -1 || h.Keyword != ""):
		return "a Receiver hand-off names a Method, with Arg -1 and no Keyword"
	case !h.Receiver && h.Arg < 0 && h.Keyword == "":
		return "no argument passes the callable: give Arg or Keyword"
	case h.Rest && h.Arg < 0:
		return "Rest counts from Arg: give it"
	case h.Keyword != "" && !identifier.MatchString(h.Keyword):
		return "Keyword is not a name"
	case !slices.Contains(handOffKinds, h.Kind):
		return "Kind is not one of " + strings.Join(handOffKinds, ", ")
	}
	return ""
}

func TestCheckHandOffRefusesMalformedEntries(t *testing.T) {
	good := HandOff{Func: "threading.Thread", Arg: -1, Keyword: "target", Kind: "thread"}
	if msg := checkHandOff(good); msg != "" {
		t.Fatalf("a good entry is refused: %s", msg)
	}
	for _, bad := range []HandOff{
		{Func: "Thread", Arg: -1, Keyword: "target", Kind: "thread"},
		{Func: "threading.Thread", Arg: -1, Kind: "thread"},
		{Func: "celery.shared_task", Arg: -1, Receiver: true, Kind: "task"},
		{Func: "threading.Thread", Arg: -1, Keyword: "target", Kind: "fiber"},
		{Func: "asyncio.gather", Arg: -1, Rest: true, Keyword: "aws", Kind: "task"},
	} {
		if checkHandOff(bad) == "" {
			t.Errorf("%+v is accepted", bad)
		}
	}
}

var (
	kind = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	// methodPattern is a method name, a prefix*, or * alone: every
	// public method (semantic's methodMatches).
	methodPattern = regexp.MustCompile(`^(\*|[A-Za-z_][A-Za-z0-9_]*\*?)$`)
)

// entryRoles are how the tests read the entry-point fields of Library:
// each checks the form of every entry of one library, that it is listed
// once (seen: role -> key -> library) and that the Index finds it.
func entryRoles() map[string]func(Library, *Index, map[string]map[string]string) []string {
	return map[string]func(Library, *Index, map[string]map[string]string) []string{
		"EntryDecorators": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, d := range lib.EntryDecorators {
				msgs = append(msgs, checkFuncMethod(d.Func, d.Method, d.Kind)...)
				if d.Makes != "" && !dotted.MatchString(d.Makes) {
					msgs = append(msgs, fmt.Sprintf("%+v: Makes is not a qualified name", d))
				}
				msgs = append(msgs, once(seen, "EntryDecorators", d.Func+" "+d.Method, lib.Name)...)
				if got, ok := ix.EntryDecorator(d.Func, d.Method); !ok || !reflect.DeepEqual(got, d) {
					msgs = append(msgs, fmt.Sprintf("%+v is not found by the Index", d))
				}
			}
			return msgs
		},
		"EntryCalls": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, c := range lib.EntryCalls {
				msgs = append(msgs, checkFuncMethod(c.Func, c.Method, c.Kind)...)
				if c.Arg < 0 && c.Keyword == "" || c.Keyword != "" && !identifier.MatchString(c.Keyword) {
					msgs = append(msgs, fmt.Sprintf("%+v: give Arg or a Keyword that is a name", c))
				}
				for _, m := range c.ClassMethods {
					if !identifier.MatchString(m) {
						msgs = append(msgs, fmt.Sprintf("%+v: ClassMethods: %q is not a name", c, m))
					}
				}
				for _, m := range c.InstanceMethods {
					if m != "*" && !identifier.MatchString(strings.TrimPrefix(strings.TrimSuffix(m, "*"), "!")) {
						msgs = append(msgs, fmt.Sprintf("%+v: InstanceMethods: %q is not *, a name, a prefix or !name", c, m))
					}
				}
				for _, m := range c.StartupMethods {
					if !identifier.MatchString(m) || slices.Contains(c.InstanceMethods, m) {
						msgs = append(msgs, fmt.Sprintf("%+v: StartupMethods: %q is not a name, or is also a per-request method", c, m))
					}
				}
				if (len(c.StartupMethods) > 0) != (c.StartupKind != "") {
					msgs = append(msgs, fmt.Sprintf("%+v: give StartupMethods and their StartupKind together", c))
				}
				msgs = append(msgs, once(seen, "EntryCalls", fmt.Sprint(c.Func, c.Method, c.Arg, c.Keyword), lib.Name)...)
				name := c.Method
				if name == "" {
					name = c.Func
				}
				if !slices.ContainsFunc(ix.EntryCalls(c.Func, c.Method), func(x EntryCall) bool { return reflect.DeepEqual(x, c) }) ||
					!ix.IsEntryCallName(name[strings.LastIndexByte(name, '.')+1:]) {
					msgs = append(msgs, fmt.Sprintf("%+v is not found by the Index", c))
				}
			}
			return msgs
		},
		"EntryClasses": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, c := range lib.EntryClasses {
				msgs = append(msgs, checkFuncMethod(c.Class, "", c.Kind)...)
				if len(c.Methods) == 0 {
					msgs = append(msgs, fmt.Sprintf("%s: no Methods", c.Class))
				}
				for _, m := range c.Methods {
					if !methodPattern.MatchString(m) {
						msgs = append(msgs, fmt.Sprintf("%s: %q is not a method name, a prefix* or *", c.Class, m))
					}
				}
				msgs = append(msgs, once(seen, "EntryClasses", c.Class+" "+c.Kind, lib.Name)...)
				if !slices.ContainsFunc(ix.EntryClasses(c.Class), func(x EntryClass) bool { return reflect.DeepEqual(x, c) }) {
					msgs = append(msgs, fmt.Sprintf("%s is not found by the Index", c.Class))
				}
			}
			return msgs
		},
		"EntrySettings": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, s := range lib.EntrySettings {
				if !identifier.MatchString(s.Name) || !kind.MatchString(s.Kind) {
					msgs = append(msgs, fmt.Sprintf("%+v: Name is not a name or Kind not a-kebab-name", s))
				}
				msgs = append(msgs, once(seen, "EntrySettings", s.Name+"["+s.Key+"]", lib.Name)...)
				if got, ok := ix.EntrySetting(s.Name, s.Key); !ok || !reflect.DeepEqual(got, s) {
					msgs = append(msgs, fmt.Sprintf("%s is not found by the Index", s.Name))
				}
			}
			return msgs
		},
		"CacheSettings": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, s := range lib.CacheSettings {
				if !identifier.MatchString(s.Name) || s.BackendKey == "" || len(s.Local) == 0 || s.Debug != "" && !identifier.MatchString(s.Debug) {
					msgs = append(msgs, fmt.Sprintf("%+v: Name is not a name, or no BackendKey, no Local backend, or Debug is not a name", s))
				}
				for _, qn := range append(append([]string{s.Lookup}, s.Local...), slices.Collect(maps.Keys(s.Objects))...) {
					if qn != "" && !dotted.MatchString(qn) {
						msgs = append(msgs, fmt.Sprintf("%s: %q is not a qualified name", s.Name, qn))
					}
				}
				for _, m := range append(slices.Clone(s.Invalidate), s.Lock...) {
					if !identifier.MatchString(m) {
						msgs = append(msgs, fmt.Sprintf("%s: method %q is not a name", s.Name, m))
					}
				}
				msgs = append(msgs, once(seen, "CacheSettings", s.Name, lib.Name)...)
				if got, ok := ix.CacheSetting(s.Name); !ok || !reflect.DeepEqual(got, s) {
					msgs = append(msgs, fmt.Sprintf("%s is not found by the Index", s.Name))
				}
				for obj, alias := range s.Objects {
					if got, a, ok := ix.CacheObject(obj); !ok || got.Name != s.Name || a != alias {
						msgs = append(msgs, fmt.Sprintf("%s: object %s is not found by the Index", s.Name, obj))
					}
				}
				if got, ok := ix.CacheLookup(s.Lookup); s.Lookup != "" && (!ok || got.Name != s.Name) {
					msgs = append(msgs, fmt.Sprintf("%s: lookup %s is not found by the Index", s.Name, s.Lookup))
				}
				for _, qn := range append(slices.Collect(maps.Keys(s.Objects)), s.Lookup) {
					if qn != "" && (!ix.IsCachePath(qn) || !ix.IsCachePath(qn[:max(strings.IndexByte(qn, '.'), 0)])) {
						msgs = append(msgs, fmt.Sprintf("%s: %s, or its top package, is not a cache path of the Index", s.Name, qn))
					}
				}
				if s.Debug != "" && !ix.IsDebugSetting(s.Debug) {
					msgs = append(msgs, fmt.Sprintf("%s: debug setting %s is not found by the Index", s.Name, s.Debug))
				}
			}
			return msgs
		},
		"CacheUsers": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, u := range lib.CacheUsers {
				if !dotted.MatchString(u.Class) || !identifier.MatchString(u.Setting) || u.Alias == "" || !identifier.MatchString(u.Attr) || u.Does == "" || u.Effect == "" {
					msgs = append(msgs, fmt.Sprintf("%+v: give a qualified Class, a Setting, an Alias, an Attr, what it Does and its Effect", u))
				}
				msgs = append(msgs, once(seen, "CacheUsers", u.Class, lib.Name)...)
				if got, ok := ix.CacheUser(u.Class); !ok || got != u {
					msgs = append(msgs, fmt.Sprintf("%s is not found by the Index", u.Class))
				}
			}
			return msgs
		},
		"Instances": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, i := range lib.Instances {
				if !dotted.MatchString(i.Name) || !dotted.MatchString(i.Class) {
					msgs = append(msgs, fmt.Sprintf("%+v: not qualified names", i))
				}
				msgs = append(msgs, once(seen, "Instances", i.Name, lib.Name)...)
				if ix.InstanceClass(i.Name) != i.Class {
					msgs = append(msgs, fmt.Sprintf("%s is not found by the Index", i.Name))
				}
			}
			return msgs
		},
		"InstanceAttrs": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, a := range lib.InstanceAttrs {
				if !dotted.MatchString(a.Class) || !identifier.MatchString(a.Attr) || !dotted.MatchString(a.Name) {
					msgs = append(msgs, fmt.Sprintf("%+v: Class and Name are not qualified names or Attr not a name", a))
				}
				msgs = append(msgs, once(seen, "InstanceAttrs", a.Class+" "+a.Attr, lib.Name)...)
				if ix.InstanceAttr(a.Class, a.Attr) != a.Name {
					msgs = append(msgs, fmt.Sprintf("%s.%s is not found by the Index", a.Class, a.Attr))
				}
			}
			return msgs
		},
		"Factories": func(lib Library, ix *Index, seen map[string]map[string]string) (msgs []string) {
			for _, f := range lib.Factories {
				msgs = append(msgs, checkFuncMethod(f.Class, "", f.Kind)...)
				msgs = append(msgs, once(seen, "Factories", f.Class, lib.Name)...)
				if ix.Factory(f.Class) != f.Kind {
					msgs = append(msgs, fmt.Sprintf("%s is not found by the Index", f.Class))
				}
			}
			return msgs
		},
	}
}

// checkFuncMethod checks the Func, Method and Kind of an entry.
func checkFuncMethod(fn, method, k string) (msgs []string) {
	if !dotted.MatchString(fn) {
		msgs = append(msgs, fmt.Sprintf("%q is not a qualified name", fn))
	}
	if method != "" && !module.MatchString(method) {
		msgs = append(msgs, fmt.Sprintf("%s: Method %q is not a name or a dotted path", fn, method))
	}
	if !kind.MatchString(k) {
		msgs = append(msgs, fmt.Sprintf("%s: Kind %q is not a-kebab-name", fn, k))
	}
	return msgs
}

// once records key of role as listed by lib, and says so if another
// library, or lib, listed it already.
func once(seen map[string]map[string]string, role, key, lib string) []string {
	if seen[role] == nil {
		seen[role] = map[string]string{}
	}
	if other, dup := seen[role][key]; dup {
		return []string{fmt.Sprintf("%s is listed again (first by %s)", key, other)}
	}
	seen[role][key] = lib
	return nil
}

func TestEntryLookupsAnswerNoForOtherNames(t *testing.T) {
	ix := NewIndex(All())
	if _, ok := ix.EntryDecorator("myapp.Router", "route"); ok {
		t.Error("route of a class that is not a framework's is an entry decorator")
	}
	if len(ix.EntryCalls("myapp.urls.path", "")) > 0 || len(ix.EntryClasses("myapp.View")) > 0 {
		t.Error("a name of the project is an entry call or class")
	}
	if ix.IsEntryCallName("checkout") || ix.InstanceClass("myapp.signals.done") != "" || ix.Factory("myapp.App") != "" ||
		ix.InstanceAttr("myapp.Database", "relationship") != "" {
		t.Error("a name of the project is in the entry tables")
	}
}
