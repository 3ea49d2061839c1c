from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("k") != lit(3).cast("bigint")) | col("b"))).groupBy((F.to_date(lit("2023-12-31")) + expr("INTERVAL '1-1' YEAR TO MONTH")).alias("k1")).agg(F.max(col("id")).alias("a1"), expr("(max((m + 0.1D)) - min((m + 0.1D))) AS a2"))
OUTPUT_MODE = "update"
