from pyspark.sql import functions as F, Observation
df = spark.readStream.format("json").schema("ts TIMESTAMP, word STRING, n BIGINT, price DOUBLE, day DATE, amount DECIMAL(10,2)").load(INPUT)
result = df.observe(Observation("obs"), F.count(F.lit(1)).alias("rows"))
OUTPUT_MODE = "append"
