package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestEntryPointsPrintsOneLinePerEntryWithStartupMarked(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"app.py": "from flask import Flask as F\n\n\ndef create_app():\n    web = F(__name__)\n\n" +
			"    @web.route(\"/\")\n    def index():\n        return \"ok\"\n\n    return web\n",
	})
	code, out, errOut := runCLI("entrypoints", root)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %s", code, errOut)
	}
	path := filepath.Join(root, "app.py")
	want := path + ":4:1: startup app-factory app.create_app (registered by builds flask.Flask)\n" +
		path + ":8:5: flask-route app.create_app.index (registered by @web.route)\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

func TestEntryPointsJSONHasTheFieldsOfEachEntry(t *testing.T) {
	code, out, errOut := runCLI("entrypoints", "--output-format", "json", "../../testdata/entrypoints/django_shop")
	if code != exitOK {
		t.Fatalf("exit %d; stderr %s", code, errOut)
	}
	var entries []map[string]any
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	found := map[string]map[string]any{}
	for _, e := range entries {
		found[e["name"].(string)+" "+e["kind"].(string)] = e
	}
	view := found["shop.views.checkout django-view"]
	if view == nil || view["registered-by"] != "../../testdata/entrypoints/django_shop/shop/urls.py:10" ||
		view["location"].(map[string]any)["row"] != 9.0 || view["location"].(map[string]any)["column"] != 1.0 ||
		!strings.HasSuffix(view["filename"].(string), "shop/views.py") || view["startup"] != nil {
		t.Errorf("checkout: %v", view)
	}
	if ready := found["shop.apps.ShopConfig.ready django-app-ready"]; ready == nil || ready["startup"] != true {
		t.Errorf("ready: %v", ready)
	}
}

func TestEntryPointsReadsTheConfiguredEntries(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"pyproject.toml": "[tool.crosstalk]\nentry-points = [\"jobs.*\"]\nstartup = [\"boot.warm\"]\n",
		"jobs.py":        "def sync():\n    pass\n",
		"boot.py":        "def warm():\n    pass\n",
	})
	_, out, errOut := runCLI("entrypoints", root)
	if !strings.Contains(out, ": startup configured-startup boot.warm (registered by startup)\n") ||
		!strings.Contains(out, ": configured jobs.sync (registered by entry-points)\n") {
		t.Errorf("output:\n%s\nstderr: %s", out, errOut)
	}
}

func TestEntryPointsRefusesAnUnknownFormatAndABadConfig(t *testing.T) {
	if code, _, errOut := runCLI("entrypoints", "--output-format", "sarif", "."); code != exitUsage || !strings.Contains(errOut, "unknown format") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
	root := writeFiles(t, map[string]string{"pyproject.toml": "[tool.crosstalk]\nentry-decorators = [\"job\"]\n"})
	if code, _, errOut := runCLI("entrypoints", root); code != exitUsage || !strings.Contains(errOut, "pyproject.toml:2: entry-decorators:") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
}

func TestEntryPointsReportsASyntaxErrorAndListsTheRest(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"bad.py":  "def (:\n",
		"tool.py": "def main():\n    pass\n",
	})
	code, out, errOut := runCLI("entrypoints", root)
	if code != exitFindings || !strings.Contains(errOut, "bad.py:1:") || !strings.Contains(out, "startup main tool.main") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

// A def of a serverless handler's form that the tree's own handler calls
// (a dispatch on the HTTP method) is its helper, not an entry point; one
// that only a test calls stays one.
func TestEntryPointsLeavesOutAHandlersHelperOfItsForm(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"fn/__init__.py": "",
		"fn/handler.py": "def create_job(event, context):\n    return event\n\n\n" +
			"def get_job(event, context):\n    return event\n\n\n" +
			"def lambda_handler(event, context):\n    return {\"POST\": create_job}[event[\"httpMethod\"]](event, context)\n",
		"tests/test_handler.py": "from fn.handler import get_job\n\n\ndef test_get():\n    get_job({}, None)\n",
	})
	code, out, errOut := runCLI("entrypoints", root)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %s", code, errOut)
	}
	if strings.Contains(out, "fn.handler.create_job") || !strings.Contains(out, "fn.handler.lambda_handler") || !strings.Contains(out, "fn.handler.get_job") {
		t.Errorf("output:\n%s\nwant lambda_handler and get_job, not create_job", out)
	}
}
