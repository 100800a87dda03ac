print("pkg init", __name__, __package__)
from .sub import twice
from . import sub as sub_alias
