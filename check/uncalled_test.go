package check_test

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// A method that nothing in the tree calls or takes, of a class with no
// base outside the tree (no library calls it as a hook), is dead code or
// code run by name: that its value comes from a parameter says nothing
// of requests, when the tree's entry points are known and none reaches
// it.
func TestAMethodNothingCallsIsLow(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/filters.py": "class Filter:\n    pass\n\n\n" +
			"class Blocklist(Filter):\n    loaded = None\n\n" +
			"    @classmethod\n    def init(cls, config):\n        cls.loaded = config.get(\"bucket\")\n\n" +
			"    @classmethod\n    def reset(cls, config):\n        cls.loaded = config.get(\"bucket\")\n",
		"shop/tasks.py": "from celery import shared_task\n\nfrom shop.filters import Blocklist\n\n\n" +
			"@shared_task\ndef nightly():\n    pass\n\n\ndef setup(config):\n    Blocklist.reset(config)\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClassAttributeWrittenFromMethod)
	wantLow(t, res, "`Blocklist.init` writes", "nothing in the tree calls `shop.filters.Blocklist.init`")
	// Called somewhere, by a def no path reaches: the entry points may
	// miss that def's callers; it stays.
	wantShown(t, res, "`Blocklist.reset` writes")
	// Taken by name in its class's body (a lexer's token table): called
	// by what is given it.
	files["shop/lexers.py"] = "class XQueryLexer:\n    state = []\n\n" +
		"    def push_state(lexer, match, ctx):\n        lexer.state.append(ctx.stack)\n        XQueryLexer.last = ctx\n\n" +
		"    tokens = {\"root\": [(r\"<\", push_state)]}\n"
	wantShown(t, runStrict(t, writeTree(t, files), rules.ClassAttributeWrittenFromMethod), "`XQueryLexer.push_state` writes")
	delete(files, "shop/lexers.py")
	// A method of a class with a base from a library may be its hook.
	files["shop/filters.py"] = "import logging\n\n\n" +
		"class Blocklist(logging.Filter):\n    loaded = None\n\n" +
		"    @classmethod\n    def init(cls, config):\n        cls.loaded = config.get(\"bucket\")\n"
	wantShown(t, runStrict(t, writeTree(t, files), rules.ClassAttributeWrittenFromMethod), "`Blocklist.init` writes")
	// In a tree with no entry point that runs per request, a library's
	// public method is its users' to call.
	files["shop/filters.py"] = "class Blocklist:\n    loaded = None\n\n" +
		"    @classmethod\n    def init(cls, config):\n        cls.loaded = config.get(\"bucket\")\n"
	files["shop/tasks.py"] = "import click\n\n\n@click.command()\ndef main():\n    pass\n"
	wantShown(t, runStrict(t, writeTree(t, files), rules.ClassAttributeWrittenFromMethod), "`Blocklist.init` writes")
}
