from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("s") != lit(" ")), (F.second(F.to_timestamp(lit("1999-12-31 23:59:59.999"))) - col("id"))).otherwise(col("id"))).withColumn("c2", (F.when((col("f") >= lit(-1.5)), (col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999")))).when((~col("t").isNotNull()), (col("m") < lit(12.345).cast("decimal(5,3)"))).otherwise(lit(True)) | (col("s") <= lit("a")))).withColumn("c3", expr("(array_join(split(sha1(s), ','), '/') LIKE '%o%')")).drop("i", "j", "d", "m", "s", "dt", "ts")
OUTPUT_MODE = "append"
