import import os
