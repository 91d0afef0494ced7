ROOT_URLCONF = "lab.urls"
INSTALLED_APPS = ["lab", "lab.kiosk"]
