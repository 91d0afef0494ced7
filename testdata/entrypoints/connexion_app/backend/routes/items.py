def list_items():  # entry: connexion-operation
    return []


def get_item(item_id):  # entry: connexion-operation
    return {"id": item_id}


def _shape(item):
    return item


def create_item(body):  # entry: connexion-operation
    return _shape(body)
