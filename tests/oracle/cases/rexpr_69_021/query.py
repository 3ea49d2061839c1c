from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(F.min(F.md5(lit("é"))).alias("a1"), expr("min(length(s)) AS a2"), expr("count_if((CASE WHEN b THEN s WHEN (b IS NOT NULL) THEN s WHEN b THEN s ELSE s END ILIKE '%e')) AS a3"))
OUTPUT_MODE = "update"
