//go:build !linux

package metrics

// readProcess has nothing cheap to read outside Linux; the engine's images
// are Linux, so the process_* series are simply absent elsewhere.
func readProcess() processStats { return processStats{} }
