from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("b").groupBy(F.add_months(F.date_from_unix_date(col("i")), F.octet_length(col("t"))).alias("k1")).agg(expr("max(nullif(t, 'é')) AS a1"), F.datediff(F.max(F.when(col("b"), F.date_add(col("dt"), col("i"))).when((col("i") < lit(3)), F.next_day(col("dt"), "TU")).otherwise(col("dt"))), F.min(F.when(col("b"), F.date_add(col("dt"), col("i"))).when((col("i") < lit(3)), F.next_day(col("dt"), "TU")).otherwise(col("dt")))).alias("a2"), F.min(F.date_add(col("dt"), col("i"))).alias("a3"), F.min(col("ts")).alias("a4"))
OUTPUT_MODE = "update"
