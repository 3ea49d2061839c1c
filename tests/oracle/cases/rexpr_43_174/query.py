from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, k BIGINT, s STRING, d DOUBLE, n DECIMAL(20,0), i INT, m DECIMAL(10,2), dt DATE, t STRING").json(INPUT)
result = df.groupBy(expr("(m BETWEEN -3.10 AND 0.5) AS k1")).agg(expr("min(ts) AS a1"), expr("round(avg(CASE WHEN b THEN i WHEN b THEN i ELSE i END), 0) AS a2"), F.min(col("s")).alias("a3"), F.count_if(F.regexp_replace(lit(""), "[0-9]+", "#").isNull()).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
