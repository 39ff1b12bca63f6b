module github.com/policy-engine-build/goscan

go 1.22
