spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, i INT, m DECIMAL(18,6), n DECIMAL(20,0), d DOUBLE, j INT, f FLOAT, t STRING, s STRING, dt DATE").load(INPUT)
result = df.select(((col("f") == lit(2.0)) & (F.rpad(col("t"), 3, "é") != col("s"))).alias("c1"), (F.concat(F.when((col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("s")).when(lit(True), lit("42")).when(col("t").isNotNull(), col("t")).otherwise(col("s")), (col("t") > lit("2024-02-29")).cast("string")).endswith(" ") | F.when((col("s") <= lit("é")), (col("id") < lit(1000).cast("bigint"))).when(col("t").isNotNull(), (col("f") <= lit(0.001))).when((col("m") <= lit(12.345).cast("decimal(5,3)")), (col("t") <= lit("x-y"))).otherwise(col("t").isNotNull())).alias("c2"), F.substring_index(F.sha2(col("s"), 0), "o", 2).rlike("[0-9]+").alias("c3"), F.isnan(col("d")))
OUTPUT_MODE = "append"
