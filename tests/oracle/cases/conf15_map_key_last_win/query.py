from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
spark.conf.set("spark.sql.mapKeyDedupPolicy", "LAST_WIN")
result = df.select("id", F.map_concat("m", F.create_map(F.lit("x"), F.col("id").cast("int"))).alias("mm"), F.map_from_arrays(F.array(F.lit("a"), F.lit("a")), F.array(F.lit(1), F.lit(2))).alias("ma"))
OUTPUT_MODE = "append"
