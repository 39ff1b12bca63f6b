module example.com/policies/header-claims

go 1.22
