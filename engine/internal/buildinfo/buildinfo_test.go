package buildinfo

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name, version, commit, date string
		wantVersion, wantDate       string
	}{
		{"rfc3339 kept", "v1.0.0", "abc", "2026-01-02T03:04:05Z", "v1.0.0", "2026-01-02T03:04:05Z"},
		{"offset normalised to UTC", "v1.0.0", "abc", "2026-01-02T05:04:05+02:00", "v1.0.0", "2026-01-02T03:04:05Z"},
		{"SOURCE_DATE_EPOCH accepted", "v1", "abc", "1700000000", "v1", "2023-11-14T22:13:20Z"},
		{"unstamped", "", "", "", "dev", "unknown"},
		{"garbage kept verbatim", "v1", "abc", "yesterday", "v1", "yesterday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := New(tc.version, tc.commit, tc.date)
			if got.Version != tc.wantVersion || got.Date != tc.wantDate {
				t.Fatalf("New() = %+v, want version %q date %q", got, tc.wantVersion, tc.wantDate)
			}
			if !strings.Contains(got.Text(), got.Platform()) {
				t.Errorf("Text() lacks platform: %s", got.Text())
			}
		})
	}
}

func TestPlatform(t *testing.T) {
	tests := []struct {
		info Info
		want string
	}{
		{Info{OS: "linux", Arch: "amd64", Variant: "v1"}, "linux/amd64"},
		{Info{OS: "linux", Arch: "arm64"}, "linux/arm64"},
		{Info{OS: "linux", Arch: "arm", Variant: "7"}, "linux/arm/v7"},
		{Info{OS: "linux", Arch: "arm", Variant: "6,softfloat"}, "linux/arm/v6"},
	}
	for _, tc := range tests {
		if got := tc.info.Platform(); got != tc.want {
			t.Errorf("Platform(%+v) = %q, want %q", tc.info, got, tc.want)
		}
	}
}

// The variant is the binary's own GOAMD64/GOARM/... build setting, as the toolchain recorded it.
func TestVariantFromTheBuildSettings(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("no build info in the test binary")
	}
	want := ""
	for _, s := range bi.Settings {
		if s.Key == "GO"+strings.ToUpper(runtime.GOARCH) {
			want = s.Value
		}
	}
	if got := New("v1", "abc", "").Variant; got != want {
		t.Errorf("Variant = %q, the build settings say %q", got, want)
	}
}
