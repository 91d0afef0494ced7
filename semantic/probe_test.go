package semantic

import "testing"

func TestProbeNameReadsTheWholeName(t *testing.T) {
	for name, want := range map[string]bool{
		"healthz":            true,
		"HealthCheckView":    true,
		"get_health":         true,
		"readiness_probe":    true,
		"LivenessHandler":    true,
		"health_check":       true,
		"HealthRecordView":   false, // a patient's records
		"public_health_data": false,
		"read_items":         false,
		"deliver":            false,
	} {
		if got := probeName(name); got != want {
			t.Errorf("probeName(%q) = %v, want %v (words %q)", name, got, want, nameWords(name))
		}
	}
	if !probeDef("HealthCheckView.get") || probeDef("HealthRecordView.get") {
		t.Error("a method is a probe's by its class's name, and only by a probe's")
	}
}
