module example.com/policies/input-validator/v2

go 1.22
