from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(col("n").try_cast("int").between(lit(5), lit(2)), lit(False)))).withColumn("c1", F.ceil((expr("12.345") * lit(3)))).withColumn("c2", col("ts").cast("bigint")).withColumn("c3", expr("substring(translate(format_string('%e', d), 'abc', ''), -3, 1)")).withColumn("c4", F.trunc(F.trunc(F.add_months(col("dt"), lit(0)), "Q"), "MM").cast("timestamp")).withColumn("c5", expr("(n / nullif(j, 0))")).drop("i", "j", "k", "n", "s", "ts")
OUTPUT_MODE = "append"
