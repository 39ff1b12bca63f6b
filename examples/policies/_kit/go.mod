module example.com/policies/kit

go 1.22
