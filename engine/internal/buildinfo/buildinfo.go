// Package buildinfo describes the running binary: the stamped version,
// commit and date, plus what the Go runtime knows about itself.
package buildinfo

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// Info is what --version prints.
type Info struct {
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	Date      string `json:"date"`
	GoVersion string `json:"go"`
	OS        string `json:"os"`
	Arch      string `json:"arch"`
	Variant   string `json:"variant,omitempty"`
}

// New fills in runtime details around the stamped values. date may be RFC
// 3339 or, for convenience, a Unix timestamp such as SOURCE_DATE_EPOCH; it
// is normalised to RFC 3339 in UTC. Unparseable dates are kept verbatim so
// nothing is silently lost.
func New(version, commit, date string) Info {
	info := Info{
		Version:   orDefault(version, "dev"),
		Commit:    orDefault(commit, "unknown"),
		Date:      normaliseDate(date),
		GoVersion: runtime.Version(),
		OS:        runtime.GOOS,
		Arch:      runtime.GOARCH,
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "GO"+strings.ToUpper(runtime.GOARCH) && s.Value != "" {
				info.Variant = s.Value // GOARM=7, GOAMD64=v3, ...
			}
		}
	}
	return info
}

// Platform is os/arch[/variant] as in OCI platform strings. GOARM values
// look like "7" or "7,softfloat"; OCI writes that variant as "v7".
func (i Info) Platform() string {
	p := i.OS + "/" + i.Arch
	if i.Arch == "arm" && i.Variant != "" {
		p += "/v" + strings.SplitN(i.Variant, ",", 2)[0]
	}
	return p
}

// Text is the human-readable --version output.
func (i Info) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "policy-engine %s\n", i.Version)
	fmt.Fprintf(&b, "  commit:   %s\n", i.Commit)
	fmt.Fprintf(&b, "  built:    %s\n", i.Date)
	fmt.Fprintf(&b, "  go:       %s\n", i.GoVersion)
	fmt.Fprintf(&b, "  platform: %s\n", i.Platform())
	return b.String()
}

// Labels is the label set of policy_engine_build_info.
func (i Info) Labels() map[string]string {
	return map[string]string{"version": i.Version, "commit": i.Commit, "date": i.Date, "goversion": i.GoVersion, "platform": i.Platform()}
}

func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "unknown"
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format(time.RFC3339)
	}
	if secs, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(secs, 0).UTC().Format(time.RFC3339)
	}
	return s
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
