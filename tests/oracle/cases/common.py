import os, json, shutil, time, uuid
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import *

def session():
    spark = (SparkSession.builder.master("local[2]")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.sql.shuffle.partitions", "1")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "1g")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark

SCHEMA = StructType([StructField("k", StringType()), StructField("ts", TimestampType()), StructField("v", LongType())])

class Src:
    def __init__(self, base, name):
        self.dir = os.path.join(base, name); os.makedirs(self.dir, exist_ok=True); self.n = 0
    def add(self, rows):
        self.n += 1
        tmp = os.path.join(self.dir, f".tmp{self.n}")
        with open(tmp, "w") as f:
            for r in rows: f.write(json.dumps(r) + "\n")
        os.rename(tmp, os.path.join(self.dir, f"f{self.n:04d}.json"))

def fresh(name):
    base = f"/tmp/ssj/run_{name}_{uuid.uuid4().hex[:6]}"
    os.makedirs(base)
    return base
