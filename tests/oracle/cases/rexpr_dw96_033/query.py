from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(0.001D * d) AS k1"), F.exists(F.split(lit("o"), " "), lambda x: x == lit("a")).alias("k2")).agg(expr("(max(round(m, 1)) - min(round(m, 1))) AS a1"), expr("bool_and(((id IS NOT NULL) AND (ts <> TIMESTAMP'1999-12-31 23:59:59.999'))) AS a2")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
