from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(i AND b)")).withColumn("c2", expr("(i * months_between(date_trunc('QUARTER', ts), ts, false))")).withColumn("c3", (col("m") * col("m"))).withColumn("n", expr("TRY_CAST(1000L AS DECIMAL(38,18))")).withColumn("c5", F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3)))).withColumn("c6", expr("CAST(b AS DOUBLE)")).drop("d", "m", "s", "b", "ts").where((((F.to_date(lit("2024-02-29")) >= F.to_date(lit("2023-12-31"))) | col("d").isNotNull()) | lit("").isNull()))
OUTPUT_MODE = "append"
