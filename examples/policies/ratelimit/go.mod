module example.com/policies/ratelimit

go 1.22

require golang.org/x/time v0.10.0
