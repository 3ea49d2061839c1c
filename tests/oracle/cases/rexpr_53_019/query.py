from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.when(col("m").isNotNull(), col("ts")).otherwise((col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).alias("c1"), F.least((col("i") - col("i")), (col("i") + col("i"))).alias("c2"), F.add_months(col("dt"), lit(10)).alias("c3"), expr("TRY_CAST(s AS INT) AS c4"), F.date_add(F.date_add(F.least(col("dt"), F.to_date(lit("2024-02-29")), col("dt")), col("i")), F.nullif(col("i"), lit(-1))).alias("c5")).where(((lit(1).cast("bigint") - lit(-2).cast("bigint")).isNotNull() | col("c1").isNotNull()))
OUTPUT_MODE = "append"
