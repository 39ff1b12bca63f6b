module example.com/policies/slow

go 1.22
