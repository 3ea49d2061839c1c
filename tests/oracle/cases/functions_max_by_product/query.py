df = spark.readStream.format("json").schema("g STRING, name STRING, v INT, w DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.groupBy("g").agg(F.max_by("name", "v"), F.min_by("name", "v"), F.product("w"), F.max_by("w", "name"),
                             F.expr("min_by(v, w)").alias("mv"))
OUTPUT_MODE = "complete"
