def fetch_setting(name):
    return name
