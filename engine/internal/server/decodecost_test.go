package server

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func repeatArray(elem string, n int) string {
	return "[" + strings.TrimSuffix(strings.Repeat(elem+",", n), ",") + "]"
}

// TestDecodeCostIsAnUpperBound decodes the shapes that cost the most per
// byte and checks the estimate covers what encoding/json really allocated.
func TestDecodeCostIsAnUpperBound(t *testing.T) {
	const size = 256 << 10
	bigObject := func() string {
		var b strings.Builder
		b.WriteByte('{')
		for i := 0; b.Len() < size; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"k%d":%d`, i, i)
		}
		return b.String() + "}"
	}
	shapes := map[string]string{
		"empty objects":      repeatArray("{}", size/3),
		"one-member objects": repeatArray(`{"a":1}`, size/8),
		"two-member objects": repeatArray(`{"a":1,"b":"x"}`, size/16),
		"zeros":              repeatArray("0", size/2),
		"floats":             repeatArray("1.5", size/4),
		"empty strings":      repeatArray(`""`, size/3),
		"escaped strings":    repeatArray(`"\u00e9\n"`, size/11),
		"empty arrays":       repeatArray("[]", size/3),
		"nulls":              repeatArray("null", size/5),
		"big object":         bigObject(),
		"long string":        `"` + strings.Repeat("x", size) + `"`,
		"nested arrays":      strings.Repeat("[", 5000) + strings.Repeat("]", 5000),
		"nested objects":     strings.Repeat(`{"a":`, 5000) + "1" + strings.Repeat("}", 5000),
		"typical request":    `{"user":"ann","action":"read","resource":"doc-1","headers":{"authorization":"Bearer abc.def.ghi"},"n":3,"ok":true}`,
	}
	for name, s := range shapes {
		body := []byte(s)
		est := decodeCost(body)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		var v any
		err := json.Unmarshal(body, &v)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := int64(after.TotalAlloc - before.TotalAlloc)
		t.Logf("%-20s %8d bytes: allocated %9d (x%4.1f), estimate %9d (x%4.1f)", name, len(body), got, float64(got)/float64(len(body)), est, float64(est)/float64(len(body)))
		if est < got {
			t.Errorf("%s: estimate %d < allocated %d", name, est, got)
		}
		runtime.KeepAlive(v)
	}
}

func TestDecodeCostOfInvalidInputDoesNotPanic(t *testing.T) {
	for _, s := range []string{"", `"`, `"\`, `{{{{`, "\xff\xfe", `-`, `]]]`} {
		_ = decodeCost([]byte(s))
	}
}
