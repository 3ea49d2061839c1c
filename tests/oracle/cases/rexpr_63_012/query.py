from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("i") >= lit(5))).withColumn("c1", expr("round(m)")).withColumn("c2", expr("add_months(CAST(CASE WHEN true THEN ts WHEN true THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (d < 0.5D) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE TIMESTAMP'1999-12-31 23:59:59.999' END AS DATE), i)")).drop("i", "k", "d", "m", "s", "t").filter(F.coalesce((F.when((col("c1") < expr("-3.10")), lit(False)).when((col("dt") < F.to_date(lit("2000-01-01"))), col("id").isNotNull()).when(col("id").isNotNull(), (col("c1") < lit(.001).cast("decimal(4,3)"))) & (col("dt") > F.to_date(lit("2000-01-01")))), lit(True)))
OUTPUT_MODE = "append"
