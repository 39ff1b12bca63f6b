module example.com/engine-integration

go 1.22
