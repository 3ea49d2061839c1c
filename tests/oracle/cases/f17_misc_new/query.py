df = spark.readStream.format("json").schema("s STRING, d DOUBLE, h INT, m INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.collation("s"), F.collate("s", "UTF8_BINARY").alias("c"), F.make_dt_interval("h", "m").cast("string").alias("dt"),
                   F.make_dt_interval(F.lit(1), "h", "m", "d").cast("string").alias("dt4"), F.make_dt_interval().cast("string").alias("dt0"),
                   F.call_function("upper", "s"), F.call_function("concat_ws", F.lit("-"), "s", "s"))
OUTPUT_MODE = "append"
