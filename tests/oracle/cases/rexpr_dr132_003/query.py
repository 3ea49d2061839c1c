from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.to_date(lit("2025-03-01")).alias("k1")).agg(expr("round(regr_syy((i - ascii(s)), i), 6)").alias("a1"), expr("round(regr_r2(i, negative(i)), 6)").alias("a2"))
OUTPUT_MODE = "update"
