package libraries

// Boto3 is the AWS SDK: a client or resource holds its connections.
func Boto3() Library {
	return Library{
		Name:            "boto3",
		ClientFactories: []string{"boto3.client", "boto3.resource", "boto3.session.Session", "boto3.Session"},
		// It connects on first use; what each build pays is the
		// service's model and the credentials, loaded again.
		ClientCost: "loads the service's model and resolves the credentials again, and gets a connection pool of its own",
		// A botocore session given to boto3.Session carries the
		// credentials (a token provider) its clients sign with.
		Credentials: []string{"aws_access_key_id", "aws_secret_access_key", "aws_session_token", "botocore_session"},
		// They sign with the client's credentials, locally.
		OfflineMethods: []string{"generate_presigned_url", "generate_presigned_post", "generate_db_auth_token"},
	}
}
