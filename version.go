package resumex

import "runtime/debug"

// version is set for a release at link time:
//
//	go build -ldflags "-X github.com/resumex/resumex.version=v1.2.0" ./cmd/resumex
var version string

// Version is the resumex version recorded in every document's meta (see
// versionOf).
var Version = versionOf(version, buildInfo())

func buildInfo() *debug.BuildInfo {
	bi, _ := debug.ReadBuildInfo()
	return bi
}

// versionOf is the version set with -ldflags if there is one, else the
// module version the build recorded ("v1.2.0" for go install
// github.com/resumex/resumex/cmd/resumex@v1.2.0; a pseudo-version for a
// build from a tagged clone), else "devel", with the commit when the
// build recorded it ("devel+1a2b3c4d5e6f", "+dirty" for uncommitted
// changes).
func versionOf(ldflags string, bi *debug.BuildInfo) string {
	if ldflags != "" {
		return ldflags
	}
	if bi == nil {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	v := "devel"
	var rev string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		v += "+" + rev[:min(len(rev), 12)]
		if dirty {
			v += ".dirty"
		}
	}
	return v
}
