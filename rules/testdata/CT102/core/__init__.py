from .base import BaseHandler as Handler
from .registry import Registry
