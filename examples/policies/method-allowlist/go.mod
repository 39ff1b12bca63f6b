module example.com/policies/method-allowlist

go 1.22

require example.com/policies/kit v0.0.0

replace example.com/policies/kit => ../_kit
