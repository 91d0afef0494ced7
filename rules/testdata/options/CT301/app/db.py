def make_engine(url):
    return url
