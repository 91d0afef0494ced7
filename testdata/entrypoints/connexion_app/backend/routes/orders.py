def list_orders():  # entry: connexion-operation
    return []
