package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// A client whose cost is not its own connections and pool says what it
// is: a JWKS client's key cache, boto3's service model, a RabbitMQ
// connection's handshake.
func TestClientFactoryPerCallSaysWhatEachBuildCosts(t *testing.T) {
	want := map[string]string{
		"brokers.py:13": "builds a connection in `publish`, at every call: each call opens a TCP connection and makes an AMQP handshake of its own; open one per worker thread, and keep it",
		"brokers.py:25": "each call opens and maps the database file again",
		// boto3.client() builds from the default session, which threads
		// share and which is not thread-safe.
		"tasks.py:33": "each call builds a client of its own, with a connection pool of its own: new TLS connections to the service; and from the default session, which is not thread-safe: threads that build clients from it at once fail now and then (`KeyError: 'credential_provider'`)",
		"main.py:18":  "each call opens its own connections and pool",
		"kept.py:309": "once per `DocumentStore` object (as it is built), and requests build such an object at every call",
		// A resource is not thread-safe: not one for the whole process.
		"environments.py:28": "a resource is not thread-safe: keep one per thread (`threading.local()`), or build a client once and share it",
	}
	for _, f := range fixtureFindings(t, rules.ClientFactoryPerCall, "CT301", "") {
		for at, w := range want {
			if strings.HasSuffix(fmt.Sprintf("%s:%d", f.Path, f.Line), "/"+at) {
				if !strings.Contains(f.Message, w) {
					t.Errorf("%s: %s\nwant it to say %q", at, f.Message, w)
				}
				delete(want, at)
			}
		}
	}
	for at := range want {
		t.Errorf("%s: no finding", at)
	}
}
