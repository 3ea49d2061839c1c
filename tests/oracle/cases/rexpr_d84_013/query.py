from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("abs(i) AS k1"), expr("tanh(2.0D) AS k2")).agg(F.sum(F.when(F.isnan(F.when(col("b"), col("d")).when(col("b"), col("d")).when(col("b"), col("d")).otherwise(col("d"))), F.round(expr("99.99"), 3)).otherwise(lit(0))).alias("a1"), expr("bool_or((d <= i)) AS a2"), expr("datediff(max(nullif(dt, to_date('2025-03-01'))), min(nullif(dt, to_date('2025-03-01')))) AS a3"), expr("min(abs(i)) AS a4"))
OUTPUT_MODE = "update"
