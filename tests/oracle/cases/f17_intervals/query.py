df = spark.readStream.format("json").schema("y INT, m INT, s DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.make_dt_interval().cast("string"), F.make_dt_interval("y", "m").cast("string"), F.make_dt_interval("y", "m", "m", "s").cast("string"),
                   F.make_ym_interval("y", "m").cast("string"), F.make_ym_interval().cast("string"), F.make_ym_interval("y").cast("string"))
OUTPUT_MODE = "append"
