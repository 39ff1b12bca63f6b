module github.com/policy-engine-build/engine

go 1.22
