from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(dt <> DATE'2024-02-29')").select("id", F.when(col("id").isNotNull(), col("id")).when((col("s") > lit("")), col("id")).otherwise(col("id")), expr("(m * m * m * m * m)").alias("c2"), (expr("100BD") - (lit(100.0) + F.log(10.0, lit(0.001)))).alias("c3"), F.isnan(F.bround(col("f"), 1)).alias("c4"), expr("regexp_replace(concat_ws('|', substring(t, 2, 3), string(dt), s), '(a|b)', '<>')").alias("c5"))
OUTPUT_MODE = "append"
