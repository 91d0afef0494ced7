package libraries

// Aioboto3 is boto3 for asyncio: a session loads botocore's service
// models and credentials, as boto3's does, each time one is built.
func Aioboto3() Library {
	return Library{
		Name: "aioboto3",
		// Its credential keywords are boto3's.
		ClientFactories: []string{"aioboto3.Session", "aioboto3.session.Session"},
	}
}
